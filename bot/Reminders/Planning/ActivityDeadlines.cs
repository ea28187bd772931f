using Assistant.Bot.Plans;

namespace Assistant.Bot.Reminders.Planning;

/// <summary>Which quarter an activity is due at (the reminders' windows); last day and overdue are the domain's (<see cref="PlanActivity.LastDay"/>, <see cref="Overdue"/>).</summary>
public static class ActivityDeadlines
{
    /// <summary>
    /// True when the activity must be done by the end of that quarter: its deadline quarters contain it ("Q3 Q4" is due
    /// at Q3 and at Q4), or a deadline given only as a year (or year range) ends with that year's Q4.
    /// </summary>
    public static bool IsDueAt(this PlanActivity activity, int year, int quarter)
    {
        if (activity.DeadlineYear is not { } from)
        {
            return false;
        }

        var lastYear = activity.DeadlineYearTo ?? from;
        return activity.DeadlineQuarters.Count > 0
            ? lastYear == year && activity.DeadlineQuarters.Contains(quarter)
            : lastYear == year && quarter == 4;
    }
}
