using Assistant.Bot.Clock;
using Assistant.Cards.Activities;
using Assistant.Cards.Text;

namespace Assistant.Bot.Plans;

/// <summary>How activities, their statuses and deadlines are shown in cards and text (the cards' status table is the one truth).</summary>
public static class ActivityLabels
{
    public static StatusStyle? Style(ActivityStatus? status) => status is null ? null : StatusStyle.FromCode((int)status.Value);

    public static ActivityStatus ToStatus(StatusStyle style) => (ActivityStatus)style.Code;

    public static string Word(ActivityStatus? status, CardLanguage language) =>
        Style(status)?.Word(language) ?? (language == CardLanguage.English ? "no status" : "ingen status");

    /// <summary>The one mapping of a plan activity to the cards' view: deadline text, status, overdue on
    /// <paramref name="today"/> (<see cref="Overdue"/>) and the last change in local time.</summary>
    public static ActivityView View(PlanActivity activity, DateOnly today, ILocalClock clock) => new(
        activity.Id,
        activity.Title,
        activity.Owners,
        activity.Deadline.DisplayText,
        Style(activity.Status),
        activity.Comment,
        activity.IsOverdueOn(today))
    {
        Goal = activity.Goal,
        ChangedBy = activity.StatusChangedBy,
        ChangedAt = activity.StatusChangedAt is { } at ? clock.ToLocal(at) : null,
    };
}
