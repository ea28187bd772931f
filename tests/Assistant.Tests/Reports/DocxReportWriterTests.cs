using Assistant.Bot.Plans;
using Assistant.Bot.Reports.Writers;
using Assistant.Bot.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Tests.Reports;

public sealed class DocxReportWriterTests
{
    [Fact]
    public async Task Document_is_valid_Open_XML()
    {
        using var document = await WriteAsync(SampleReports.Create(since: new DateOnly(2024, 9, 1)));
        OfficeAssertions.Valid(document);
    }

    [Fact]
    public async Task Title_headings_and_summary_are_in_place()
    {
        using var document = await WriteAsync(SampleReports.Create());
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).ToList();

        Assert.Equal(("Title", "Uppföljning"), paragraphs[0]);
        Assert.Contains((null, "Status per 30 september 2024"), paragraphs);
        Assert.Equal(["Samhälle", "Medarbetare"], paragraphs.Where(p => p.Style == "Heading2" && p.Text != "Sammanfattning").Select(p => p.Text));
        Assert.Equal(["Trygg kommun", "Goda arbetsplatser", "Hållbart ledarskap"], paragraphs.Where(p => p.Style == "Heading3").Select(p => p.Text));
        var headingStyles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value).ToList();
        Assert.Contains("Heading1", headingStyles);

        var summary = body.Elements<Table>().First();
        var klart = summary.Elements<TableRow>().Single(r => r.Elements<TableCell>().First().InnerText == "Klart");
        Assert.Equal(["Klart", "1", "20,0 %"], klart.Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal("92D050", klart.Elements<TableCell>().First().TableCellProperties!.Shading!.Fill!.Value);

        var section = body.Elements<SectionProperties>().Single();
        Assert.Equal(PageOrientationValues.Landscape, section.GetFirstChild<PageSize>()!.Orient!.Value);
    }

    [Fact]
    public async Task Every_activity_is_in_a_goal_table_with_its_status_shaded_in_the_status_colour()
    {
        var report = SampleReports.Create();
        using var document = await WriteAsync(report);
        var rows = document.MainDocumentPart!.Document!.Body!.Elements<Table>()
            .Where(t => t.Elements<TableRow>().First().InnerText.StartsWith("NrAktivitetSlutförtAnsvarig", StringComparison.Ordinal))
            .SelectMany(t => t.Elements<TableRow>().Skip(1))
            .Select(r => r.Elements<TableCell>().ToList())
            .ToList();

        var expected = report.Plans[0].Activities.ToList();
        Assert.Equal(expected.Select(a => a.Title), rows.Select(r => r[1].InnerText));
        Assert.Equal(expected.Select(a => a.StatusText), rows.Select(r => r[4].InnerText));
        Assert.Equal(
            ["92D050", "FFD966", "FF7C80", "D9D9D9", null],
            rows.Select(r => r[4].TableCellProperties?.Shading?.Fill?.Value));
        Assert.Equal(expected.Select(ReportStatusColour), rows.Select(r => r[4].TableCellProperties?.Shading?.Fill?.Value));

        // A comment's line break is a Word line break, not lost.
        var miljo = rows.Single(r => r[1].InnerText.StartsWith("Miljöplan", StringComparison.Ordinal));
        Assert.Single(miljo[5].Descendants<Break>());
        Assert.Equal("Avd- c ÖVF, Avd- c VB", miljo[3].InnerText);

        // Control characters from PDF text cannot be in XML: dropped, the rest kept.
        Assert.Equal("Sidabrytning från PDF", rows[3][5].InnerText);
    }

    [Fact]
    public async Task Changes_since_get_their_own_table()
    {
        using var document = await WriteAsync(SampleReports.Create(since: new DateOnly(2024, 9, 1)));
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == "Ändringar sedan 1 september 2024");
        var changes = body.Elements<Table>().Single(t => t.Elements<TableRow>().First().InnerText.StartsWith("TidAktivitetFrån", StringComparison.Ordinal));
        Assert.Equal(["2024-09-20 12:15", "Krisledning; övning", "Pågår", "Klart", "Anna Berg", "kort", "Övning \"Storm\" genomförd"], changes.Elements<TableRow>().ElementAt(1).Elements<TableCell>().Select(c => c.InnerText));
    }

    private static string? ReportStatusColour(ActivityRow row) => row.Status switch
    {
        ActivityStatus.Done => "92D050",
        ActivityStatus.InProgress => "FFD966",
        ActivityStatus.Remains => "FF7C80",
        ActivityStatus.StartingUp => "D9D9D9",
        _ => null,
    };

    private static async Task<WordprocessingDocument> WriteAsync(Report report)
    {
        var stream = new MemoryStream();
        await new DocxReportWriter().WriteAsync(report, stream, TestContext.Current.CancellationToken);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, false);
    }
}
