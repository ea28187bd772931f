using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Assistant.Bot.Reports.Writers.DocxParts;

namespace Assistant.Bot.Reports.Writers;

/// <summary>
/// The report as a Word document laid out like a committee document: title and dates, then per plan a summary
/// (counts per status and per goal), the overdue activities, what changed, and per perspective and goal a table
/// whose status cell is shaded in the status colour. A4 landscape, so the tables have room.
/// </summary>
internal sealed class DocxReportWriter : IReportWriter
{
    // A4 landscape with 2 cm margins: 16 838 - 2 x 1 134 twips of text width.
    private const int PageWidth = 16838;
    private const int PageHeight = 11906;
    private const int Margin = 1134;
    private const int TextWidth = PageWidth - (2 * Margin);
    private static readonly int[] ActivityWidths = [500, 4300, 900, 2300, 1100, 3470, 2000];

    public ReportFormat Format => ReportFormat.Docx;

    public bool IsBinary => true;

    public string Extension => ".docx";

    public async Task WriteAsync(Report report, Stream output, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            Build(document, report);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static void Build(WordprocessingDocument document, Report report)
    {
        var title = report.Plans.Count == 1 ? $"{ReportText.Title}: {report.Plans[0].Title}" : ReportText.Title;
        document.PackageProperties.Title = ReportText.XmlSafe(title);
        document.PackageProperties.Creator = "Assistant";
        document.PackageProperties.Language = "sv-SE";
        document.PackageProperties.Created = report.GeneratedAt.UtcDateTime;

        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var footer = AddFooter(main, $"{ReportText.Title} per {ReportText.Date(report.AsOf)}");
        var body = new Body();
        main.Document = new Document(body);

        body.Append(Paragraph(ReportText.Title, "Title"));
        if (report.Plans.Count == 1)
        {
            body.Append(Paragraph(report.Plans[0].Title, bold: true));
            body.Append(Paragraph(ReportText.PlanLine(report.Plans[0])));
        }

        body.Append(Paragraph($"Status per {ReportText.LongDate(report.AsOf)}"));
        if (report.Since is { } since)
        {
            body.Append(Paragraph($"Ändringar sedan {ReportText.LongDate(since)}"));
        }

        body.Append(Paragraph($"Framtagen {ReportText.DateTime(report.GeneratedAt)} ur de registrerade statusarna."));
        if (report.Plans.Count == 0)
        {
            body.Append(Paragraph("Inga planer med aktiviteter finns."));
        }

        foreach (var plan in report.Plans)
        {
            AppendPlan(body, plan, report.Since, withHeading: report.Plans.Count > 1);
        }

        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footer },
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 567, Footer = 567, Gutter = 0 }));
        main.Document.Save();
    }

    /// <param name="withHeading">Several plans: each opens with its title; one plan: the title block already names it.</param>
    private static void AppendPlan(Body body, PlanReport plan, DateOnly? since, bool withHeading)
    {
        if (withHeading)
        {
            body.Append(Paragraph(plan.Title, "Heading1"));
            body.Append(Paragraph(ReportText.PlanLine(plan)));
        }

        AppendSummary(body, plan.Summary);
        if (since is { } day)
        {
            AppendChanges(body, plan, day);
        }

        foreach (var perspective in plan.Perspectives)
        {
            body.Append(Paragraph(ReportText.Perspective(perspective.Name), "Heading2"));
            foreach (var goal in perspective.Goals)
            {
                body.Append(Paragraph(ReportText.Goal(goal.Name), "Heading3"));
                body.Append(Table(ActivityWidths, [.. ReportText.ActivityColumns], null, goal.Activities.Select(ActivityRow)));
                body.Append(Paragraph(string.Empty));
            }
        }
    }

    private static TableRow ActivityRow(ActivityRow a)
    {
        var w = ActivityWidths;
        return Row(
        [
            Cell(ReportText.Number(a.Number), w[0], right: true),
            Cell(a.ReportText, w[1]),
            Cell(ReportText.Deadline(a), w[2]),
            Cell(ReportText.Owners(a.Owners), w[3]),
            Cell(a.StatusText, w[4], ReportStatuses.FillHex(a.Status)),
            Cell(a.Comment ?? string.Empty, w[5]),
            Cell(ReportText.Reported(a), w[6]),
        ]);
    }

    private static void AppendSummary(Body body, ReportSummary summary)
    {
        body.Append(Paragraph("Sammanfattning", "Heading2"));
        int[] statusWidths = [3000, 1200, 1200];
        var statusRows = summary.ByStatus
            .Select(c => Row([
                Cell(ReportStatuses.Word(c.Status), statusWidths[0], ReportStatuses.FillHex(c.Status)),
                Cell(ReportText.Number(c.Count), statusWidths[1], right: true),
                Cell(ReportText.Percent(c.Count, summary.Total), statusWidths[2], right: true)]))
            .Append(Row(
                [Cell("Totalt", statusWidths[0]), Cell(ReportText.Number(summary.Total), statusWidths[1], right: true), Cell(ReportText.Percent(summary.Total, summary.Total), statusWidths[2], right: true)],
                bold: true));
        body.Append(Table(statusWidths, ["Status", "Antal", "Andel"], null, statusRows));
        body.Append(Paragraph(string.Empty));

        var statuses = summary.ByStatus.Select(c => c.Status).ToList();
        const int countWidth = 1150;
        var perspectiveWidth = 2200;
        var goalWidth = TextWidth - perspectiveWidth - ((statuses.Count + 1) * countWidth);
        int[] goalWidths = [perspectiveWidth, goalWidth, .. statuses.Select(_ => countWidth), countWidth];
        string?[] fills = [null, null, .. statuses.Select(ReportStatuses.FillHex), null];
        var goalRows = summary.ByGoal.Select(g => Row([
            Cell(ReportText.Perspective(g.Perspective), perspectiveWidth),
            Cell(ReportText.Goal(g.Goal), goalWidth),
            .. statuses.Select(s => Cell(ReportText.Number(g.Count(s)), countWidth, right: true)),
            Cell(ReportText.Number(g.Total), countWidth, right: true)]));
        body.Append(Table(goalWidths, ["Perspektiv", "Nämndmål", .. statuses.Select(ReportStatuses.Word), "Totalt"], fills, goalRows));

        body.Append(Paragraph($"Försenade aktiviteter: {ReportText.Number(summary.Overdue.Count)}", bold: true, keepWithNext: summary.Overdue.Count > 0));
        if (summary.Overdue.Count > 0)
        {
            int[] overdueWidths = [500, 6500, 1200, 1300, 3000, 2070];
            var rows = summary.Overdue.Select(a => Row([
                Cell(ReportText.Number(a.Number), overdueWidths[0], right: true),
                Cell(a.ReportTitle, overdueWidths[1]),
                Cell(ReportText.Deadline(a), overdueWidths[2]),
                Cell(a.StatusText, overdueWidths[3], ReportStatuses.FillHex(a.Status)),
                Cell(ReportText.Owners(a.Owners), overdueWidths[4]),
                Cell(ReportText.Reported(a), overdueWidths[5])]));
            body.Append(Table(overdueWidths, ["Nr", "Aktivitet", "Slutfört", "Status", "Ansvarig", "Rapporterad av"], null, rows));
        }
    }

    private static void AppendChanges(Body body, PlanReport plan, DateOnly since)
    {
        body.Append(Paragraph($"Ändringar sedan {ReportText.LongDate(since)}", "Heading2"));
        if (plan.Changes.Count == 0)
        {
            body.Append(Paragraph("Inga statusändringar."));
            return;
        }

        int[] widths = [1700, 5000, 1100, 1100, 2000, 900, 2770];
        var rows = plan.Changes.Select(c => Row([
            Cell(ReportText.DateTime(c.At), widths[0]),
            Cell(c.Title, widths[1]),
            Cell(ReportStatuses.Word(c.From), widths[2], ReportStatuses.FillHex(c.From)),
            Cell(ReportStatuses.Word(c.To), widths[3], ReportStatuses.FillHex(c.To)),
            Cell(c.ChangedBy, widths[4]),
            Cell(ReportText.Channel(c.Channel), widths[5]),
            Cell(c.Comment ?? string.Empty, widths[6])]));
        body.Append(Table(widths, ["Tid", "Aktivitet", "Från", "Till", "Av", "Kanal", "Kommentar"], null, rows));
        body.Append(Paragraph(string.Empty));
    }
}
