namespace Assistant.Bot.Plans;

/// <summary>
/// The one rule for "overdue" (försenad) that the chat answers, the cards, the reminders and the reports all ask:
/// an activity is overdue on a day when it is not marked Klart (<see cref="ActivityStatus.Done"/>) and the last day
/// of its deadline (<see cref="Deadline.LastDayIn"/>) is before that day. Without a known last day nothing is overdue.
/// <para>
/// An activity with no status counts as not done, so it is overdue once its deadline has passed. That is what a user
/// expects: nobody has reported it finished, and a plan row that was never followed up is the one an owner most needs
/// to be reminded of and a reader asking "vilka aktiviteter är försenade?" most needs to see. Counting only rows with
/// a status would make the unreported ones look on time (the chat once answered so while the reminders and the
/// report did not).
/// </para>
/// </summary>
public static class Overdue
{
    public static bool On(DateOnly day, ActivityStatus? status, DateOnly? lastDay) =>
        status != ActivityStatus.Done && lastDay is { } last && last < day;
}
