using System.Text;

namespace Assistant.Bot.Reports.Writers;

/// <summary>The report as Markdown (GitHub tables) for a quick look: UTF-8 without BOM.</summary>
internal sealed class MarkdownReportWriter : IReportWriter
{
    public ReportFormat Format => ReportFormat.Markdown;

    public bool IsBinary => false;

    public string Extension => ".md";

    public async Task WriteAsync(Report report, Stream output, CancellationToken cancellationToken)
    {
        var bytes = new UTF8Encoding(false).GetBytes(Render(report));
        await output.WriteAsync(bytes, cancellationToken);
    }

    public static string Render(Report report)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(ReportText.Title).Append(" – status per ").AppendLine(ReportText.LongDate(report.AsOf)).AppendLine();
        if (report.Since is { } since)
        {
            md.Append("Ändringar sedan ").Append(ReportText.LongDate(since)).AppendLine(".  ");
        }

        md.Append("Framtagen ").Append(ReportText.DateTime(report.GeneratedAt)).AppendLine(".").AppendLine();
        if (report.Plans.Count == 0)
        {
            md.AppendLine("Inga planer med aktiviteter finns.");
        }

        foreach (var plan in report.Plans)
        {
            WritePlan(md, plan, report);
        }

        return md.ToString();
    }

    private static void WritePlan(StringBuilder md, PlanReport plan, Report report)
    {
        md.Append("## ").AppendLine(Cell(plan.Title)).AppendLine();
        md.AppendLine(Cell(ReportText.PlanLine(plan))).AppendLine();
        WriteSummary(md, plan);
        if (report.Since is { } since)
        {
            WriteChanges(md, plan, since);
        }

        foreach (var perspective in plan.Perspectives)
        {
            md.Append("### ").AppendLine(Cell(ReportText.Perspective(perspective.Name))).AppendLine();
            foreach (var goal in perspective.Goals)
            {
                md.Append("#### ").AppendLine(Cell(ReportText.Goal(goal.Name))).AppendLine();
                Row(md, ReportText.ActivityColumns);
                md.AppendLine("|---:|---|---|---|---|---|---|");
                foreach (var a in goal.Activities)
                {
                    Row(md, [ReportText.Number(a.Number), a.ReportText, ReportText.Deadline(a), ReportText.Owners(a.Owners), a.StatusText, a.Comment ?? string.Empty, ReportText.Reported(a)]);
                }

                md.AppendLine();
            }
        }
    }

    private static void WriteSummary(StringBuilder md, PlanReport plan)
    {
        var summary = plan.Summary;
        md.AppendLine("### Sammanfattning").AppendLine();
        md.AppendLine("| Status | Antal | Andel |").AppendLine("|---|---:|---:|");
        foreach (var count in summary.ByStatus)
        {
            Row(md, [ReportStatuses.Word(count.Status), ReportText.Number(count.Count), ReportText.Percent(count.Count, summary.Total)]);
        }

        Row(md, ["Totalt", ReportText.Number(summary.Total), ReportText.Percent(summary.Total, summary.Total)]);
        md.AppendLine();

        var statuses = summary.ByStatus.Select(c => c.Status).ToList();
        Row(md, ["Perspektiv", "Nämndmål", .. statuses.Select(ReportStatuses.Word), "Totalt"]);
        md.Append("|---|---|").Append(string.Concat(Enumerable.Repeat("---:|", statuses.Count + 1))).AppendLine();
        foreach (var goal in summary.ByGoal)
        {
            Row(md, [ReportText.Perspective(goal.Perspective), ReportText.Goal(goal.Goal), .. statuses.Select(s => ReportText.Number(goal.Count(s))), ReportText.Number(goal.Total)]);
        }

        md.AppendLine();
        md.Append("**Försenade aktiviteter:** ").Append(ReportText.Number(summary.Overdue.Count)).AppendLine().AppendLine();
        foreach (var a in summary.Overdue)
        {
            md.Append("- ").Append(ReportText.Number(a.Number)).Append(". ").Append(Cell(a.ReportTitle))
                .Append(" (slutfört ").Append(Cell(ReportText.Deadline(a))).Append(", ").Append(a.StatusText).Append(", ")
                .Append(Cell(ReportText.Owners(a.Owners))).AppendLine(")");
        }

        if (summary.Overdue.Count > 0)
        {
            md.AppendLine();
        }
    }

    private static void WriteChanges(StringBuilder md, PlanReport plan, DateOnly since)
    {
        md.Append("### Ändringar sedan ").AppendLine(ReportText.LongDate(since)).AppendLine();
        if (plan.Changes.Count == 0)
        {
            md.AppendLine("Inga statusändringar.").AppendLine();
            return;
        }

        md.AppendLine("| Tid | Aktivitet | Från | Till | Av | Kanal | Kommentar |").AppendLine("|---|---|---|---|---|---|---|");
        foreach (var c in plan.Changes)
        {
            Row(md, [ReportText.DateTime(c.At), c.Title, ReportStatuses.Word(c.From), ReportStatuses.Word(c.To), c.ChangedBy, ReportText.Channel(c.Channel), c.Comment ?? string.Empty]);
        }

        md.AppendLine();
    }

    private static void Row(StringBuilder md, IEnumerable<string> cells)
    {
        md.Append('|');
        foreach (var cell in cells)
        {
            md.Append(' ').Append(Cell(cell)).Append(" |");
        }

        md.AppendLine();
    }

    // A table cell is one line; a pipe would end it early; markup left in imported text is shown, not rendered.
    // Text from plans and users never becomes markup: every character inline Markdown gives a meaning (emphasis, code,
    // links and images, strikethrough, tables) is escaped, and HTML is written as text.
    internal static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("`", "\\`", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal)
            .Replace("]", "\\]", StringComparison.Ordinal)
            .Replace("~", "\\~", StringComparison.Ordinal)
            .Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\r\n", "<br>", StringComparison.Ordinal)
            .Replace("\n", "<br>", StringComparison.Ordinal)
            .Replace("\r", "<br>", StringComparison.Ordinal)
            .Trim();
}
