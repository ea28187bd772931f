using System.Globalization;
using System.Text;
using Assistant.Bot.Plans;

namespace Assistant.Bot.Reports.Chat;

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

    /// <summary>How to get the whole report as a file in the chat (the file consent flow, for everyone).</summary>
    public static string FileHint(bool english) => english
        ? "The whole follow-up as a file: write \"send the report as Word\" or \"send the report as Excel\"."
        : "Hela uppföljningen som fil: skriv \"skicka uppföljningen som Word\" eller \"skicka uppföljningen som Excel\".";

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
