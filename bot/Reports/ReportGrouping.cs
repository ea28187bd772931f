namespace Assistant.Bot.Reports;

/// <summary>
/// Groups rows as the source plan does: perspectives in the order they first appear, goals inside each perspective
/// in the order they first appear, activities in source order. A goal that comes back later in the plan stays one group.
/// </summary>
internal static class ReportGrouping
{
    public static IReadOnlyList<PerspectiveSection> Group(IReadOnlyList<ActivityRow> rowsInSourceOrder)
    {
        var perspectives = new List<(string? Name, List<(string? Goal, List<ActivityRow> Rows)> Goals)>();
        foreach (var row in rowsInSourceOrder)
        {
            var perspectiveIndex = perspectives.FindIndex(p => Same(p.Name, row.Perspective));
            if (perspectiveIndex < 0)
            {
                perspectives.Add((row.Perspective, []));
                perspectiveIndex = perspectives.Count - 1;
            }

            var goals = perspectives[perspectiveIndex].Goals;
            var goalIndex = goals.FindIndex(g => Same(g.Goal, row.Goal));
            if (goalIndex < 0)
            {
                goals.Add((row.Goal, []));
                goalIndex = goals.Count - 1;
            }

            goals[goalIndex].Rows.Add(row);
        }

        var number = 0;
        return [.. perspectives.Select(p => new PerspectiveSection(
            p.Name,
            [.. p.Goals.Select(g => new GoalSection(p.Name, g.Goal, [.. g.Rows.Select(r => r with { Number = ++number })]))]))];
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
