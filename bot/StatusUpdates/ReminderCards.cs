using Assistant.Bot.Clock;
using Assistant.Bot.Plans;
using Assistant.Cards.Model;
using Assistant.Cards.Reminders;
using Assistant.Cards.Text;

namespace Assistant.Bot.StatusUpdates;

/// <summary>
/// THE status/reminder card for plan activities, built here only: the reminders' card to an owner, its refresh when
/// Teams asks for the user's view, and "mina aktiviteter" all show the same activities the same way (the one
/// <see cref="ActivityLabels.View"/> mapping, overdue by the one <see cref="Overdue"/> rule on <c>today</c>).
/// </summary>
public static class ReminderCards
{
    /// <param name="reminderId">The dispatch id the card's actions carry back (0 when the card is not a sent reminder).</param>
    /// <param name="ownerName">How the owner is greeted.</param>
    /// <param name="recipientUserIds">Teams user ids the card refreshes for.</param>
    /// <param name="activities">The activities, in the order shown; at most <see cref="ReminderCard.MaxActivities"/> are.</param>
    /// <param name="today">The day overdue is judged on (the reminder window's date, or the turn's date).</param>
    /// <param name="periodText">The deadline the reminder is about ("Q3 2024"); null for a general list.</param>
    public static AdaptiveCard Build(
        long reminderId,
        string ownerName,
        IReadOnlyList<string> recipientUserIds,
        IEnumerable<PlanActivity> activities,
        DateOnly today,
        string? periodText,
        CardLanguage language,
        ILocalClock clock) =>
        ReminderCard.Build(
            new ReminderCardModel(
                reminderId,
                ownerName,
                recipientUserIds,
                [.. activities.Take(ReminderCard.MaxActivities).Select(a => ActivityLabels.View(a, today, clock))],
                periodText),
            language);
}
