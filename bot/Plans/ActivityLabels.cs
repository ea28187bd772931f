using System.Globalization;
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

    /// <summary>"Q3 2024", "Q3 Q4 2024", "2025/2026" (as written when only a year range); null when no deadline.</summary>
    public static string? DeadlineText(PlanActivity activity)
    {
        if (activity.DeadlineYear is not { } year)
        {
            return string.IsNullOrWhiteSpace(activity.DeadlineText) ? null : activity.DeadlineText.Trim();
        }

        var lastYear = activity.DeadlineYearTo ?? year;
        if (activity.DeadlineQuarters.Count > 0)
        {
            var quarters = string.Join(' ', activity.DeadlineQuarters.Order().Select(q => "Q" + q.ToString(CultureInfo.InvariantCulture)));
            return string.Create(CultureInfo.InvariantCulture, $"{quarters} {lastYear}");
        }

        return lastYear == year
            ? year.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{year}/{lastYear}");
    }

    public static ActivityView View(PlanActivity activity, bool overdue) => new(
        activity.Id,
        activity.Title,
        activity.Owners,
        DeadlineText(activity),
        Style(activity.Status),
        activity.Comment,
        overdue)
    {
        Goal = activity.Goal,
        ChangedBy = activity.StatusChangedBy,
        ChangedAt = activity.StatusChangedAt,
    };
}
