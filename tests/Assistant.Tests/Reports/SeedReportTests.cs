using System.Text.RegularExpressions;
using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Reports.Writers;
using Assistant.Bot.Reports;
using Assistant.Tests.Clock;
using Assistant.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Reports;

/// <summary>Acceptance on the 003 seed (Uppföljning av verksamhetsplan 2024): imported, then reported in every format.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed partial class SeedReportTests(PostgresServer postgres)
{
    private static readonly DateOnly AsOf = new(2024, 8, 31);
    private static readonly Dictionary<string, int> Expected = new() { ["Klart"] = 34, ["Pågår"] = 17, ["Kvarstår"] = 1, ["Uppstart"] = 1 };

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task The_003_report_lists_all_53_activities_with_34_17_1_1_in_md_docx_and_xlsx(string provider)
    {
        var seed = SeedFiles.Find("003_*.txt");
        await using var db = await ReportTestData.OpenAsync(provider, postgres);
        var report = await ImportAndReportAsync(db, seed);

        var plan = Assert.Single(report.Plans);
        Assert.Equal(53, plan.Summary.Total);
        Assert.Equal([34, 17, 1, 1, 0], ReportStatuses.Order.Select(s => plan.Summary.Count(s)));
        Assert.Equal(0, plan.Summary.Count(null));
        Assert.Equal(Enumerable.Range(1, 53), plan.Activities.Select(a => a.Number));
        Assert.Equal(["Medborgare", "Ekonomi", "Verksamhet", "Medarbetare"], plan.Perspectives.Select(p => p.Name));

        // Markdown: 53 activity rows with the same statuses, and the summary counts.
        var md = MarkdownReportWriter.Render(report);
        var rows = md.Split('\n').Where(l => ActivityRow().IsMatch(l)).ToList();
        Assert.Equal(53, rows.Count);
        foreach (var (word, count) in Expected)
        {
            Assert.Contains($"| {word} | {count} |", md, StringComparison.Ordinal);
            Assert.Equal(count, rows.Count(r => r.Split(" | ")[4] == word));
        }

        // Word: valid, 53 rows in the goal tables with the same statuses, each shaded.
        using var docx = await WriteAsync<WordprocessingDocument>(new DocxReportWriter(), report, s => WordprocessingDocument.Open(s, false));
        OfficeAssertions.Valid(docx);
        var cells = docx.MainDocumentPart!.Document!.Body!.Elements<Table>()
            .Where(t => t.Elements<TableRow>().First().InnerText.StartsWith("NrAktivitetSlutförtAnsvarig", StringComparison.Ordinal))
            .SelectMany(t => t.Elements<TableRow>().Skip(1))
            .Select(r => r.Elements<TableCell>().ElementAt(4))
            .ToList();
        Assert.Equal(53, cells.Count);
        Assert.Equal(plan.Activities.Select(a => a.StatusText), cells.Select(c => c.InnerText));
        Assert.All(cells, c => Assert.NotNull(c.TableCellProperties?.Shading?.Fill));
        foreach (var (word, count) in Expected)
        {
            Assert.Equal(count, cells.Count(c => c.InnerText == word));
        }

        // Excel: valid, 53 rows under the header with the same titles and statuses.
        using var xlsx = await WriteAsync<SpreadsheetDocument>(new XlsxReportWriter(), report, s => SpreadsheetDocument.Open(s, false));
        OfficeAssertions.Valid(xlsx);
        var sheet = XlsxReader.Rows(XlsxReader.Sheet(xlsx, XlsxReportWriter.ActivitiesSheet));
        Assert.Equal(54, sheet.Count);
        Assert.Equal(plan.Activities.Select(a => a.ReportText), sheet.Skip(1).Select(r => r[5]));
        foreach (var (word, count) in Expected)
        {
            Assert.Equal(count, sheet.Count(r => r[9] == word));
        }
    }

    /// <summary>Texts of the 003 plan that sit in sub-activities, at the end of a long title, or in a comment.</summary>
    private static readonly string[] PlanTexts =
    [
        "fortsatt verksamhetsutveckling och effektivisering",   // end of a title longer than 200 characters
        "Genomföra implementering av BEATA",                    // the sub-activity after that long title
        "Samordna kontinuitetsplaner i den nya förvaltningen",  // second bulleted sub-activity of one row
        "Kvalitetssäkra det systematiska arbetsmiljöarbetets samtliga delmoment",
        "Utveckla egenregins nya roll att utgöra referens",
        "Ny krisledning under förslag, fastställs i maj",       // the comment
    ];

    [Fact]
    public async Task Every_report_format_holds_the_full_titles_sub_activities_and_comments_of_the_003_plan()
    {
        var seed = SeedFiles.Find("003_*.txt");
        await using var db = await TestDatabase.CreateSqliteAsync();
        var report = await ImportAndReportAsync(db, seed);

        var md = MarkdownReportWriter.Render(report);
        var csv = CsvReportWriter.Render(report);
        using var docx = await WriteAsync<WordprocessingDocument>(new DocxReportWriter(), report, s => WordprocessingDocument.Open(s, false));
        OfficeAssertions.Valid(docx);
        var word = string.Join('\n', docx.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        using var xlsx = await WriteAsync<SpreadsheetDocument>(new XlsxReportWriter(), report, s => SpreadsheetDocument.Open(s, false));
        OfficeAssertions.Valid(xlsx);
        var excel = string.Join('\n', XlsxReader.Rows(XlsxReader.Sheet(xlsx, XlsxReportWriter.ActivitiesSheet)).SelectMany(r => r));

        foreach (var text in PlanTexts)
        {
            Assert.True(md.Contains(text, StringComparison.Ordinal), $"md lacks \"{text}\"");
            Assert.True(csv.Contains(text, StringComparison.Ordinal), $"csv lacks \"{text}\"");
            Assert.True(word.Contains(text, StringComparison.Ordinal), $"docx lacks \"{text}\"");
            Assert.True(excel.Contains(text, StringComparison.Ordinal), $"xlsx lacks \"{text}\"");
        }

        // Only the chat may shorten: no activity cell of a file report ends in the extraction's "…".
        Assert.DoesNotContain(" … |", md, StringComparison.Ordinal);
        Assert.All(plan(report).Activities, a => Assert.False(a.ReportText.EndsWith('…'), a.ReportText));

        // Both sub-activities of the civil-preparedness row stay in that row, each on its own line.
        var row = plan(report).Activities.Single(a => a.ReportText.Contains("krisledning", StringComparison.Ordinal));
        Assert.Equal(["Aktivitet: Bygga en krisledning i den nya förvaltningen.", "Aktivitet: Samordna kontinuitetsplaner i den nya förvaltningen"], row.SubActivities);

        static PlanReport plan(Report r) => Assert.Single(r.Plans);
    }

    [Fact]
    public async Task After_a_status_is_changed_the_seed_report_shows_the_new_status_who_and_when()
    {
        var seed = SeedFiles.Find("003_*.txt");
        await using var db = await TestDatabase.CreateSqliteAsync();
        var before = await ImportAndReportAsync(db, seed);
        var target = before.Plans[0].Activities.First(a => a.Status == ActivityStatus.InProgress && a.Title.Contains("FAS2", StringComparison.Ordinal));
        Assert.Equal("import", target.ReportedBy);

        // What the status recorder does when the owner answers the reminder card.
        var at = new DateTimeOffset(2024, 10, 3, 7, 45, 0, TimeSpan.Zero);
        var activity = await db.Activities.Include(a => a.History).SingleAsync(a => a.Id == target.Id, TestContext.Current.CancellationToken);
        ReportTestData.Change(activity, ActivityStatus.InProgress, ActivityStatus.Done, "Riktlinjerna beslutade", "aad-dir", "Diana Direktör", at, StatusChannel.Card);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var after = await new ReportBuilder(db, LocalClockTests.For(new FakeTimeProvider())).BuildAsync(new ReportRequest(null, new DateOnly(2024, 10, 31), new DateOnly(2024, 10, 1)), TestContext.Current.CancellationToken);
        var plan = after!.Plans[0];
        var row = plan.Activities.Single(a => a.Id == target.Id);
        Assert.Equal(("Klart", "Diana Direktör", at, "Riktlinjerna beslutade"), (row.StatusText, row.ReportedBy, row.ReportedAt!.Value, row.Comment!));
        Assert.Equal([35, 16, 1, 1], ReportStatuses.Order.Take(4).Select(s => plan.Summary.Count(s)));
        var change = Assert.Single(plan.Changes);
        Assert.Equal((target.Id, "Diana Direktör", StatusChannel.Card), (change.ActivityId, change.ChangedBy, change.Channel));
        Assert.Contains("| 2024-10-03 09:45 | ", MarkdownReportWriter.Render(after), StringComparison.Ordinal);
    }

    private static async Task<Report> ImportAndReportAsync(Bot.Storage.AssistantDbContext db, string seed)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 9, 5, 10, 0, 0, TimeSpan.Zero));
        var result = await new DocumentImporter(db, time, NullLogger<DocumentImporter>.Instance).ImportFileAsync(seed, TestContext.Current.CancellationToken);
        Assert.False(result.Failed, result.Summary());
        Assert.Equal(53, result.Activities);
        return (await new ReportBuilder(db, LocalClockTests.For(time)).BuildAsync(new ReportRequest(null, AsOf), TestContext.Current.CancellationToken))!;
    }

    private static async Task<T> WriteAsync<T>(IReportWriter writer, Report report, Func<Stream, T> open)
    {
        var stream = new MemoryStream();
        await writer.WriteAsync(report, stream, TestContext.Current.CancellationToken);
        stream.Position = 0;
        return open(stream);
    }

    [GeneratedRegex(@"^\| \d+ \| ")]
    private static partial Regex ActivityRow();
}
