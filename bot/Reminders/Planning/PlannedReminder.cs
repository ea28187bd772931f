using Assistant.Bot.People;

namespace Assistant.Bot.Reminders.Planning;

/// <summary>One owner's reminder in one window, with who gets it.</summary>
/// <param name="Recipients">The owner's people (deadline and overdue windows) or their manager / stand-in (escalations);
/// only people the bot can reach (an AAD object id or a Teams user id).</param>
/// <param name="Problem">Why nobody gets it, when <see cref="Recipients"/> is empty.</param>
public sealed record PlannedReminder(OwnerReminder Reminder, OwnerResolution Resolution, IReadOnlyList<DirectoryUser> Recipients, string? Problem)
{
    public bool Resolved => Recipients.Count > 0;
}
