using System.Globalization;
using Assistant.Bot.Plans;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static Assistant.Bot.Reports.Writers.XlsxParts;

namespace Assistant.Bot.Reports.Writers;

/// <summary>
/// The report as an Excel workbook: sheet "Aktiviteter" with one row per activity (header row frozen, autofilter,
/// column widths, status cells in the status colour, real dates), and sheet "Sammanfattning" with the counts per goal.
/// </summary>
internal sealed class XlsxReportWriter : IReportWriter
{
    public const string ActivitiesSheet = "Aktiviteter";
    public const string SummarySheet = "Sammanfattning";

    private static readonly double[] ActivityWidths = [8, 40, 16, 40, 6, 70, 12, 12, 28, 12, 50, 22, 17, 8, 10, 12];

    public ReportFormat Format => ReportFormat.Xlsx;

    public bool IsBinary => true;

    public string Extension => ".xlsx";

    public async Task WriteAsync(Report report, Stream output, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            Build(document, report);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static void Build(SpreadsheetDocument document, Report report)
    {
        document.PackageProperties.Title = $"{ReportText.Title} per {ReportText.Date(report.AsOf)}";
        document.PackageProperties.Creator = "Assistant";
        document.PackageProperties.Language = "sv-SE";
        document.PackageProperties.Created = report.GeneratedAt.UtcDateTime;

        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
        var activities = workbookPart.AddNewPart<WorksheetPart>();
        var lastRow = WriteActivities(activities, report);
        var summary = workbookPart.AddNewPart<WorksheetPart>();
        WriteSummary(summary, report);

        var lastColumn = Column(CsvReportWriter.Columns.Count - 1);
        workbookPart.Workbook = new Workbook(
            new Sheets(
                new Sheet { Name = ActivitiesSheet, SheetId = 1, Id = workbookPart.GetIdOfPart(activities) },
                new Sheet { Name = SummarySheet, SheetId = 2, Id = workbookPart.GetIdOfPart(summary) }),
            new DefinedNames(new DefinedName($"'{ActivitiesSheet}'!$A$1:${lastColumn}${lastRow}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = 0,
                Hidden = true,
            }));
    }

    /// <returns>The last row used.</returns>
    private static uint WriteActivities(WorksheetPart part, Report report)
    {
        var data = new SheetData();
        data.Append(HeaderRow(CsvReportWriter.Columns));
        uint r = 1;
        foreach (var plan in report.Plans)
        {
            foreach (var a in plan.Activities)
            {
                r++;
                var row = new Row { RowIndex = r };
                row.Append(
                    Number("A", r, plan.DocumentId, TopAligned),
                    Text("B", r, plan.Title, TopAligned),
                    Text("C", r, ReportText.Perspective(a.Perspective), Wrapped),
                    Text("D", r, ReportText.Goal(a.Goal), Wrapped),
                    Number("E", r, a.Number, TopAligned),
                    Text("F", r, a.ReportText, Wrapped),
                    Text("G", r, a.Deadline ?? string.Empty, Wrapped),
                    a.LastDay is { } day ? Date("H", r, day.ToDateTime(TimeOnly.MinValue), DateStyle) : Text("H", r, string.Empty, TopAligned),
                    Text("I", r, ReportText.Owners(a.Owners), Wrapped),
                    Text("J", r, a.StatusText, StatusStyle(a.Status)),
                    Text("K", r, a.Comment ?? string.Empty, Wrapped),
                    Text("L", r, a.ReportedBy, Wrapped),
                    a.ReportedAt is { } at ? Date("M", r, at.DateTime, DateTimeStyle) : Text("M", r, string.Empty, TopAligned),
                    Text("N", r, ReportText.Channel(a.Channel), TopAligned),
                    Text("O", r, ReportText.YesNo(a.Overdue), TopAligned),
                    Text("P", r, report.Since is null ? string.Empty : ReportText.YesNo(a.ChangedSince), TopAligned));
                row.Height = RowHeight(row, ActivityWidths);
                row.CustomHeight = true;
                data.Append(row);
            }
        }

        var range = $"A1:{Column(CsvReportWriter.Columns.Count - 1)}{r.ToString(CultureInfo.InvariantCulture)}";
        part.Worksheet = new Worksheet(
            FitToPageWidth(),
            FrozenHeader(selected: true),
            Widths(ActivityWidths),
            data,
            new AutoFilter { Reference = range },
            Margins(),
            LandscapeFitToWidth());
        return r;
    }

    private static void WriteSummary(WorksheetPart part, Report report)
    {
        var statuses = ReportStatuses.Order.Select(s => (ActivityStatus?)s).Append(null).ToList();
        var data = new SheetData();
        data.Append(HeaderRow(["Plan-id", "Plan", "Perspektiv", "Nämndmål", .. statuses.Select(ReportStatuses.Word), "Totalt", "Försenade"]));
        uint r = 1;
        foreach (var plan in report.Plans)
        {
            foreach (var goal in plan.Summary.ByGoal)
            {
                r++;
                var overdue = plan.Summary.Overdue.Count(a => a.Perspective == goal.Perspective && a.Goal == goal.Goal);
                data.Append(CountRow(r, plan, ReportText.Perspective(goal.Perspective), ReportText.Goal(goal.Goal), [.. statuses.Select(goal.Count)], goal.Total, overdue, Plain));
            }

            r++;
            data.Append(CountRow(r, plan, "Totalt", string.Empty, [.. statuses.Select(plan.Summary.Count)], plan.Summary.Total, plan.Summary.Overdue.Count, BoldStyle));
        }

        part.Worksheet = new Worksheet(
            FitToPageWidth(),
            FrozenHeader(selected: false),
            Widths([8, 40, 20, 50, .. statuses.Select(_ => 12.0), 10, 11]),
            data,
            Margins(),
            LandscapeFitToWidth());
    }

    private static Row CountRow(uint r, PlanReport plan, string perspective, string goal, IReadOnlyList<int> counts, int total, int overdue, uint style)
    {
        var row = new Row { RowIndex = r };
        row.Append(Number("A", r, plan.DocumentId, style), Text("B", r, plan.Title, style), Text("C", r, perspective, style), Text("D", r, goal, style));
        for (var i = 0; i < counts.Count; i++)
        {
            row.Append(Number(Column(4 + i), r, counts[i], style));
        }

        row.Append(Number(Column(4 + counts.Count), r, total, style), Number(Column(5 + counts.Count), r, overdue, style));
        return row;
    }

    private static Row HeaderRow(IReadOnlyList<string> headings)
    {
        var row = new Row { RowIndex = 1 };
        for (var i = 0; i < headings.Count; i++)
        {
            row.Append(Text(Column(i), 1, headings[i], HeaderStyle));
        }

        return row;
    }
}
