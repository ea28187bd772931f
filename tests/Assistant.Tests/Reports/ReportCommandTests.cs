using Assistant.Bot.Cli;
using Assistant.Bot.Reports.Writers;
using Assistant.Bot.Reports;
using Assistant.Tests.Clock;
using Assistant.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Reports;

/// <summary>The `report` verb against a real (SQLite) database.</summary>
public sealed class ReportCommandTests : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("assistant-report-cmd-").FullName;
    private Bot.Storage.AssistantDbContext? _db;

    [Fact]
    public async Task Markdown_goes_to_stdout_by_default()
    {
        var (code, stdout, stderr) = await RunAsync("--as-of", "2024-12-31");
        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.StartsWith("# Uppföljning – status per 31 december 2024", stdout, StringComparison.Ordinal);
        Assert.Contains("## Kompetensplan 2021", stdout, StringComparison.Ordinal);
        Assert.Contains("## Verksamhetsplan 2024 för Testnämnden", stdout, StringComparison.Ordinal);
        Assert.Contains("| Klart | 3 | 50,0 % |", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_on_stdout_has_no_BOM_and_one_line_per_activity_of_the_plan()
    {
        var ids = await SeedAsync();
        var (code, stdout, _) = await RunSeededAsync("--plan", ids.Plan2024.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "csv", "--as-of", "2024-12-31");
        Assert.Equal(0, code);
        Assert.False(stdout.StartsWith('\uFEFF'));
        Assert.StartsWith("Plan-id;Plan;Perspektiv", stdout, StringComparison.Ordinal);
        Assert.Contains("'=Budget i balans", stdout, StringComparison.Ordinal);
        Assert.Contains("\"Start \"\"i höst\"\"; enkät\nsedan intervjuer\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_and_xlsx_are_written_to_out_and_hold_every_activity()
    {
        var ids = await SeedAsync();
        var docx = Path.Combine(_dir, "r.docx");
        var xlsx = Path.Combine(_dir, "r.xlsx");
        var plan = ids.Plan2024.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, (await RunSeededAsync("--plan", plan, "--format", "docx", "--out", docx, "--as-of", "2024-12-31")).Code);
        var (code, stdout, _) = await RunSeededAsync("--plan", plan, "--format", "xlsx", "--out", xlsx, "--as-of", "2024-12-31", "--since", "2024-09-01");
        Assert.Equal(0, code);
        Assert.Contains("6 aktiviteter", stdout, StringComparison.Ordinal);

        using (var word = WordprocessingDocument.Open(docx, false))
        {
            OfficeAssertions.Valid(word);
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Referenskostnader egen regi", text, StringComparison.Ordinal);
            Assert.Contains("Eva Ekonom 2024-09-20", text, StringComparison.Ordinal);
        }

        using var excel = SpreadsheetDocument.Open(xlsx, false);
        OfficeAssertions.Valid(excel);
        var rows = XlsxReader.Rows(XlsxReader.Sheet(excel, XlsxReportWriter.ActivitiesSheet));
        Assert.Equal(7, rows.Count);
        Assert.Equal(["Klart", "Eva Ekonom", "kort", "Ja"], new[] { 9, 11, 13, 15 }.Select(i => rows.Single(r => r[5] == "Referenskostnader egen regi")[i]));
    }

    [Fact]
    public async Task Unknown_plan_lists_the_plans_and_exits_2()
    {
        var ids = await SeedAsync();
        var (code, stdout, stderr) = await RunSeededAsync("--plan", "999");
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains("ingen plan med id 999", stderr, StringComparison.Ordinal);
        Assert.Contains($"--plan {ids.Plan2024}  Verksamhetsplan 2024 för Testnämnden, 2024 (6 aktiviteter)", stderr, StringComparison.Ordinal);
        Assert.Contains($"--plan {ids.Plan2021}  Kompetensplan 2021", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format docx", "--out")]
    [InlineData("--format xlsx", "--out")]
    [InlineData("--format pdf", "md, csv, docx eller xlsx")]
    [InlineData("--plan tre", "plan-id")]
    [InlineData("--as-of 2024-13-01", "YYYY-MM-DD")]
    [InlineData("--as-of 2024-09-01 --since 2024-10-01", "efter --as-of")]
    [InlineData("--format md --out /no/such/folder/r.md", "finns inte")]
    [InlineData("extra", "bara flaggor")]
    public async Task Bad_input_gets_a_clear_message_exit_2_and_writes_nothing(string args, string message)
    {
        await SeedAsync();
        var (code, stdout, stderr) = await RunSeededAsync(args.Split(' '));
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }

        Directory.Delete(_dir, recursive: true);
    }

    private async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        await SeedAsync();
        return await RunSeededAsync(args);
    }

    private async Task<ReportTestData.Ids> SeedAsync()
    {
        _db = await TestDatabase.CreateSqliteAsync();
        return await ReportTestData.SeedAsync(_db);
    }

    // The same path the executable takes: CommandLine turns a CommandLineException into its message and exit 2.
    private async Task<(int Code, string Stdout, string Stderr)> RunSeededAsync(params string[] args)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 15, 9, 0, 0, TimeSpan.Zero));
        var command = new ReportCommand(new ReportBuilder(_db!, LocalClockTests.For(time)), [new MarkdownReportWriter(), new CsvReportWriter(), new DocxReportWriter(), new XlsxReportWriter()], LocalClockTests.For(time));
        var services = new ServiceCollection().AddSingleton<ICommand>(command).BuildServiceProvider();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(services, ["report", .. args], stdout, stderr, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
