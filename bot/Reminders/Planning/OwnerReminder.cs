using Assistant.Bot.Plans;
using Assistant.Bot.Reminders.Calendar;

namespace Assistant.Bot.Reminders.Planning;

/// <param name="Overdue">The deadline has passed (the card marks it).</param>
public sealed record ReminderItem(PlanActivity Activity, bool Overdue);

/// <summary>What one owner is reminded of in one window: one card.</summary>
/// <param name="OwnerKey">Normalised (see OwnerName); empty for activities nobody owns.</param>
/// <param name="OwnerName">As written in the plan (the shortest spelling when several).</param>
public sealed record OwnerReminder(string OwnerKey, string OwnerName, ReminderWindow Window, IReadOnlyList<ReminderItem> Items)
{
    /// <summary>The key of activities without an owner: never sent to anyone, listed to admins.</summary>
    public const string NoOwnerKey = "";

    public bool HasOwner => OwnerKey.Length > 0;
}
