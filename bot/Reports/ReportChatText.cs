using System.Globalization;
using System.Text;
using Assistant.Bot.Activities;

namespace Assistant.Bot.Reports;

/// <summary>The chat summary of a report as plain text: counts per status and the overdue activities, per plan.</summary>
internal static class ReportChatText
{
    public const int MaxOverdueListed = 10;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Summary(Report report, bool english)
    {
        var text = new StringBuilder();
        foreach (var plan in report.Plans)
        {
            if (text.Length > 0)
            {
                text.AppendLine();
            }

            AppendPlan(text, plan, report.AsOf, english);
        }

        return text.ToString().TrimEnd();
    }

    public static string Counts(ReportSummary summary, bool english) => string.Join(
        " · ",
        summary.ByStatus.Where(c => c.Count > 0 || (c.Status is { } s && s != ActivityStatus.NotStarted))
            .Select(c => $"{(english ? ReportStatuses.EnglishWord(c.Status) : ReportStatuses.Word(c.Status))} {ReportText.Number(c.Count)}"));

    /// <summary>The command an administrator runs for the document.</summary>
    public static string AdminHint(Report report, bool english)
    {
        var plan = report.Plans.Count == 1 ? $" --plan {report.Plans[0].DocumentId.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        var command = $"report{plan} --as-of {ReportText.Date(report.AsOf)} --format docx --out uppfoljning.docx";
        return english
            ? $"Admin: the full report as a Word document: `{command}` on the server (--format xlsx for Excel, md or csv for a quick look)."
            : $"Admin: hela rapporten som Word-dokument: `{command}` på servern (--format xlsx för Excel, md eller csv för en snabb titt).";
    }

    private static void AppendPlan(StringBuilder text, PlanReport plan, DateOnly asOf, bool english)
    {
        var summary = plan.Summary;
        var date = english ? asOf.ToString("d MMMM yyyy", English) : ReportText.LongDate(asOf);
        text.AppendLine(english
            ? $"Follow-up as of {date}: {plan.Title} ({ReportText.Number(summary.Total)} activities)"
            : $"Uppföljning per {date}: {plan.Title} ({ReportText.Number(summary.Total)} aktiviteter)");
        text.AppendLine(Counts(summary, english));
        if (summary.Overdue.Count == 0)
        {
            text.AppendLine(english ? "No activity is overdue." : "Inga aktiviteter är försenade.");
            return;
        }

        text.AppendLine(english ? $"Overdue ({summary.Overdue.Count}):" : $"Försenade ({summary.Overdue.Count}):");
        foreach (var a in summary.Overdue.Take(MaxOverdueListed))
        {
            var status = english && a.Status is not null ? ReportStatuses.EnglishWord(a.Status) : a.StatusText;
            var owners = a.Owners.Count > 0 ? ", " + ReportText.Owners(a.Owners) : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"- {a.Title} ({ReportText.Deadline(a)}, {status}{owners})");
        }

        if (summary.Overdue.Count > MaxOverdueListed)
        {
            var more = summary.Overdue.Count - MaxOverdueListed;
            text.AppendLine(english ? $"… and {more} more." : $"… och {more} till.");
        }
    }
}
