using Assistant.Bot.Reports.Writers;
using Assistant.Bot.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Assistant.Tests.Reports;

public sealed class XlsxReportWriterTests
{
    [Fact]
    public async Task Workbook_is_valid_Open_XML()
    {
        using var document = await WriteAsync(SampleReports.WithTwoPlans());
        OfficeAssertions.Valid(document);
    }

    [Fact]
    public async Task Activities_sheet_has_a_header_one_row_per_activity_and_the_same_statuses()
    {
        var report = SampleReports.Create(since: new DateOnly(2024, 9, 1));
        using var document = await WriteAsync(report);
        var sheet = XlsxReader.Sheet(document, XlsxReportWriter.ActivitiesSheet);
        var rows = XlsxReader.Rows(sheet);

        Assert.Equal(CsvReportWriter.Columns, rows[0]);
        Assert.Equal(6, rows.Count);
        var expected = report.Plans[0].Activities.ToList();
        Assert.Equal(expected.Select(a => a.Title), rows.Skip(1).Select(r => r[5]));
        Assert.Equal(expected.Select(a => a.StatusText), rows.Skip(1).Select(r => r[9]));
        Assert.Equal("=SUM(A1:A9)", rows[4][5]);
        Assert.Equal("Sidabrytning från PDF", rows[4][10]);
        Assert.Equal(["Ja", "Nej", "Nej", "Nej", "Nej"], rows.Skip(1).Select(r => r[15]));

        // The reported time is a real date cell (Excel serial, local Swedish time) with a date format.
        var reported = sheet.Descendants<Cell>().Single(c => c.CellReference == "M2");
        Assert.Equal(new DateTime(2024, 9, 20, 12, 15, 0), DateTime.FromOADate(double.Parse(reported.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("yyyy-mm-dd hh:mm", XlsxReader.NumberFormat(document, reported));
    }

    [Fact]
    public async Task Header_is_frozen_filterable_and_columns_have_widths()
    {
        using var document = await WriteAsync(SampleReports.Create());
        var sheet = XlsxReader.Sheet(document, XlsxReportWriter.ActivitiesSheet);

        Assert.Equal("A1:P6", sheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((1.0, "A2", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value!, pane.State!.Value));
        var columns = sheet.GetFirstChild<Columns>()!.Elements<Column>().ToList();
        Assert.Equal(CsvReportWriter.Columns.Count, columns.Count);
        Assert.All(columns, c => Assert.True(c.CustomWidth!.Value && c.Width!.Value >= 6));
        var filterName = document.WorkbookPart!.Workbook!.DefinedNames!.Elements<DefinedName>().Single();
        Assert.Equal(("_xlnm._FilterDatabase", "'Aktiviteter'!$A$1:$P$6"), (filterName.Name!.Value!, filterName.Text));
    }

    [Fact]
    public async Task Rows_are_as_high_as_their_longest_wrapped_text_and_print_on_the_page_width()
    {
        var report = SampleReports.Create();
        var plan = report.Plans[0];
        var longTitle = string.Concat(Enumerable.Repeat("Lång aktivitetstext ", 20));
        var rows = plan.Perspectives[0].Goals[0].Activities.Select((a, i) => i == 0 ? a with { Title = longTitle } : a).ToList();
        var changed = report with { Plans = [plan with { Perspectives = [plan.Perspectives[0] with { Goals = [plan.Perspectives[0].Goals[0] with { Activities = rows }] }] }] };
        using var document = await WriteAsync(changed);
        var sheet = XlsxReader.Sheet(document, XlsxReportWriter.ActivitiesSheet);
        var heights = sheet.Descendants<Row>().Skip(1).Select(r => r.Height!.Value).ToList();

        // 400 characters in a 70 wide column: 6 lines; the comment "Rad ett\nrad två" is 2 lines.
        Assert.Equal([90.0, 30.0], heights);
        Assert.True(sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        var setup = sheet.GetFirstChild<PageSetup>()!;
        Assert.Equal((OrientationValues.Landscape, 1u, 0u), (setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
    }

    [Fact]
    public async Task Status_cells_are_filled_in_the_status_colour()
    {
        using var document = await WriteAsync(SampleReports.Create());
        var sheet = XlsxReader.Sheet(document, XlsxReportWriter.ActivitiesSheet);
        var fills = Enumerable.Range(2, 5).Select(r => XlsxReader.Fill(document, sheet.Descendants<Cell>().Single(c => c.CellReference == $"J{r}"))).ToList();
        Assert.Equal(["FF92D050", "FFFFD966", "FFFF7C80", "FFD9D9D9", null], fills);
    }

    [Fact]
    public async Task Summary_sheet_counts_per_goal_and_plan()
    {
        using var document = await WriteAsync(SampleReports.WithTwoPlans());
        var rows = XlsxReader.Rows(XlsxReader.Sheet(document, XlsxReportWriter.SummarySheet));

        Assert.Equal(["Plan-id", "Plan", "Perspektiv", "Nämndmål", "Klart", "Pågår", "Kvarstår", "Uppstart", "Ej påbörjad", "Ingen status", "Totalt", "Försenade"], rows[0]);
        Assert.Equal(9, rows.Count);
        Assert.Equal(["7", "Verksamhetsplan 2024 – Testnämnden", "Medarbetare", "Goda arbetsplatser", "0", "0", "1", "1", "0", "0", "2", "1"], rows[2]);
        Assert.Equal(["7", "Verksamhetsplan 2024 – Testnämnden", "Totalt", "", "1", "1", "1", "1", "0", "1", "5", "1"], rows[4]);
        Assert.Equal("8", rows[8][0]);
    }

    private static async Task<SpreadsheetDocument> WriteAsync(Report report)
    {
        var stream = new MemoryStream();
        await new XlsxReportWriter().WriteAsync(report, stream, TestContext.Current.CancellationToken);
        stream.Position = 0;
        return SpreadsheetDocument.Open(stream, false);
    }
}
