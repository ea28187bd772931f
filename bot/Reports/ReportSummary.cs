using Assistant.Bot.Plans;

namespace Assistant.Bot.Reports;

/// <summary>Counts for a plan: per status (in <see cref="ReportStatuses.Order"/>, null = no status) and per goal.</summary>
public sealed record ReportSummary(int Total, IReadOnlyList<StatusCount> ByStatus, IReadOnlyList<GoalCount> ByGoal, IReadOnlyList<ActivityRow> Overdue)
{
    public int Count(ActivityStatus? status) => ByStatus.FirstOrDefault(c => c.Status == status)?.Count ?? 0;

    public static ReportSummary From(IReadOnlyList<GoalSection> goals)
    {
        var rows = goals.SelectMany(g => g.Activities).ToList();
        return new ReportSummary(
            rows.Count,
            Counts(rows),
            [.. goals.Select(g => new GoalCount(g.Perspective, g.Name, g.Activities.Count, Counts(g.Activities)))],
            [.. rows.Where(r => r.Overdue)]);
    }

    /// <summary>Every canonical status (zero included), then "no status" only when some activity has none.</summary>
    private static List<StatusCount> Counts(IReadOnlyCollection<ActivityRow> rows)
    {
        var counts = ReportStatuses.Order.Select(s => new StatusCount(s, rows.Count(r => r.Status == s))).ToList();
        var none = rows.Count(r => r.Status is null);
        if (none > 0)
        {
            counts.Add(new StatusCount(null, none));
        }

        return counts;
    }
}

public sealed record StatusCount(ActivityStatus? Status, int Count);

public sealed record GoalCount(string? Perspective, string? Goal, int Total, IReadOnlyList<StatusCount> ByStatus)
{
    public int Count(ActivityStatus? status) => ByStatus.FirstOrDefault(c => c.Status == status)?.Count ?? 0;
}
