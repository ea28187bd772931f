using Assistant.Bot.Plans;

namespace Assistant.Bot.Reminders.Planning;

/// <summary>When an activity is due: the reading of <see cref="Deadline"/> the reminders use.</summary>
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

    public static bool IsOpen(this PlanActivity activity) => activity.Status != ActivityStatus.Done;

    /// <summary>Open, and its last deadline day is before <paramref name="date"/>.</summary>
    public static bool IsOverdueOn(this PlanActivity activity, DateOnly date) =>
        activity.IsOpen() && activity.LastDay() is { } last && last < date;

    /// <summary>The last day of the deadline (<see cref="Deadline.LastDay"/>), null when absent or not a real date.</summary>
    public static DateOnly? LastDay(this PlanActivity activity)
    {
        var year = activity.DeadlineYearTo ?? activity.DeadlineYear;
        if (year is not (>= 1900 and <= 2200) || activity.DeadlineQuarters.Any(q => q is < 1 or > 4))
        {
            return null;
        }

        return activity.Deadline.LastDay;
    }

    /// <summary>The owners of an activity as (normalised key, as written) pairs; empty when it has none.</summary>
    public static IEnumerable<(string Key, string Name)> OwnerEntries(this PlanActivity activity)
    {
        for (var i = 0; i < activity.Owners.Count; i++)
        {
            var name = activity.Owners[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var key = activity.OwnerKeys.Count == activity.Owners.Count && !string.IsNullOrWhiteSpace(activity.OwnerKeys[i])
                ? activity.OwnerKeys[i]
                : OwnerName.Normalize(name);
            yield return (key, name.Trim());
        }
    }
}
