using Assistant.Bot.Conversation;
using Assistant.Bot.Reports;
using Assistant.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Reports;

public sealed class ReportChatHandlerTests
{
    private static readonly UserRef Anna = new("29:anna", "aad-anna", "Anna Admin", "tenant");
    private static readonly UserRef Olle = new("29:olle", "aad-olle", "Olle Owner", "tenant");

    [Theory]
    [InlineData("rapport", null, false)]
    [InlineData("Rapport 2024", 2024, false)]
    [InlineData("report", null, true)]
    [InlineData("report for 2024", 2024, true)]
    [InlineData("uppföljning", null, false)]
    [InlineData("Uppföljningen för 2024.", 2024, false)]
    [InlineData("visa rapporten", null, false)]
    [InlineData("follow-up 2024?", 2024, true)]
    public void Report_requests_are_recognised(string text, int? year, bool english) =>
        Assert.Equal(new ReportChatRequest(year, english), ReportChatRequest.TryParse(text));

    [Theory]
    [InlineData("vad står i rapporten om sjukfrånvaro?")]
    [InlineData("rapportera FAS2 som klart")]
    [InlineData("Hur många aktiviteter är klara?")]
    [InlineData("rapport 24")]
    public void Other_messages_are_not_taken(string text) => Assert.Null(ReportChatRequest.TryParse(text));

    [Fact]
    public async Task Rapport_gives_counts_per_status_and_the_overdue_list_per_plan()
    {
        var (handler, _) = await CreateAsync();
        var reply = Assert.Single((await handler.TryHandleAsync(Message("rapport", Olle, new DateOnly(2024, 10, 1)), TestContext.Current.CancellationToken))!);

        var text = reply.Text;
        Assert.Contains("Uppföljning per 1 oktober 2024: Kompetensplan 2021 (2 aktiviteter)", text, StringComparison.Ordinal);
        Assert.Contains("Uppföljning per 1 oktober 2024: Verksamhetsplan 2024 för Testnämnden (6 aktiviteter)", text, StringComparison.Ordinal);
        Assert.Contains("Klart 2 · Pågår 1 · Kvarstår 1 · Uppstart 1 · Utan status 1", text, StringComparison.Ordinal);
        Assert.Contains("Försenade (2):", text, StringComparison.Ordinal);
        Assert.Contains("- Digital tillsyn; pilot (Q3, Pågår, Biträdande direktör)", text, StringComparison.Ordinal);
        Assert.Contains("- Ny rutin för larm (Q1, Kvarstår)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("--format docx", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_picks_that_plan_and_an_admin_gets_the_command_for_the_document()
    {
        var (handler, ids) = await CreateAsync();
        var reply = Assert.Single((await handler.TryHandleAsync(Message("rapport 2024", Anna, new DateOnly(2024, 12, 31)), TestContext.Current.CancellationToken))!);

        Assert.DoesNotContain("Kompetensplan 2021", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Klart 3 · Pågår 0 · Kvarstår 1 · Uppstart 1 · Utan status 1", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"report --plan {ids.Plan2024} --as-of 2024-12-31 --format docx --out uppfoljning.docx", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_request_gets_an_English_reply_and_an_unknown_year_names_the_years_there_are()
    {
        var (handler, _) = await CreateAsync();
        var english = Assert.Single((await handler.TryHandleAsync(Message("report 2024", Olle, new DateOnly(2024, 12, 31), locale: "en-US"), TestContext.Current.CancellationToken))!);
        Assert.Contains("Follow-up as of 31 December 2024", english.Text, StringComparison.Ordinal);
        Assert.Contains("Done 3 · In progress 0 · Remains 1 · Starting up 1 · No status 1", english.Text, StringComparison.Ordinal);

        var missing = Assert.Single((await handler.TryHandleAsync(Message("rapport 2030", Olle, new DateOnly(2024, 12, 31)), TestContext.Current.CancellationToken))!);
        Assert.Equal("Det finns ingen plan för 2030. Planer finns för: 2021, 2024.", missing.Text);
    }

    [Fact]
    public async Task Other_messages_pass_on_and_an_empty_database_says_so()
    {
        var (handler, _) = await CreateAsync();
        Assert.Null(await handler.TryHandleAsync(Message("Vem ansvarar för FAS2?", Olle, new DateOnly(2024, 12, 31)), TestContext.Current.CancellationToken));

        await using var empty = await TestDatabase.CreateSqliteAsync();
        var time = new FakeTimeProvider();
        var emptyHandler = new ReportChatHandler(new ReportBuilder(empty, time), Admins(), NullLogger<ReportChatHandler>.Instance);
        var reply = Assert.Single((await emptyHandler.TryHandleAsync(Message("rapport", Olle, new DateOnly(2024, 12, 31)), TestContext.Current.CancellationToken))!);
        Assert.Contains("Inga planer med aktiviteter är importerade än", reply.Text, StringComparison.Ordinal);
    }

    private static IncomingMessage Message(string text, UserRef user, DateOnly today, string? locale = "sv-SE") => new(text, user, today, locale);

    private static ReportAdmins Admins() =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Admins:0"] = "aad-anna" }).Build());

    private static async Task<(ReportChatHandler Handler, ReportTestData.Ids Ids)> CreateAsync()
    {
        var db = await TestDatabase.CreateSqliteAsync();
        var ids = await ReportTestData.SeedAsync(db);
        var handler = new ReportChatHandler(new ReportBuilder(db, new FakeTimeProvider()), Admins(), NullLogger<ReportChatHandler>.Instance);
        return (handler, ids);
    }
}
