using Assistant.Bot.Conversation;
using Assistant.Bot.Reports.Chat;
using Assistant.Bot.Reports;
using Assistant.Tests.Cards;
using Assistant.Tests.Clock;
using Assistant.Tests.Infrastructure;
using Assistant.Bot.People;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Reports;

[Trait("Category", "Integration")]
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
        var replies = (await handler.TryHandleAsync(Message("rapport", Olle, new DateOnly(2024, 10, 1)), TestContext.Current.CancellationToken))!;

        Assert.Equal(2, replies.Count);
        Assert.StartsWith("Uppföljning per 1 oktober 2024: Kompetensplan 2021 (2 aktiviteter)", replies[0].Text, StringComparison.Ordinal);
        var text = replies[1].Text;
        Assert.StartsWith("Uppföljning per 1 oktober 2024: Verksamhetsplan 2024 för Testnämnden (6 aktiviteter)", text, StringComparison.Ordinal);
        Assert.Contains("Klart 2 · Pågår 1 · Kvarstår 1 · Uppstart 1 · Ingen status 1", text, StringComparison.Ordinal);
        Assert.Contains("Försenade (2):", text, StringComparison.Ordinal);
        Assert.Contains("- Digital tillsyn; pilot (Q3 2024, Pågår, Biträdande direktör)", text, StringComparison.Ordinal);
        Assert.Contains("- Ny rutin för larm (Q1 2024, Kvarstår)", text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, r => r.Text.Contains("--format docx", StringComparison.Ordinal));

        // The same in the summary card: a donut per status in the shared colours, the overdue activities in a table.
        var card = replies[1].Card!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        var donut = Assert.Single(CardQuery.OfType(card, "Chart.Donut"));
        Assert.Equal(["Klart (2)", "Pågår (1)", "Kvarstår (1)", "Uppstart (1)", "Ingen status (1)"], donut["data"]!.AsArray().Select(d => (string?)d!["legend"]));
        var texts = CardQuery.Texts(card);
        Assert.Contains("Uppföljning: Verksamhetsplan 2024 för Testnämnden, status per 1 oktober 2024", texts);
        Assert.Contains("Ny rutin för larm", texts);
        Assert.Contains(@"Digital tillsyn; pilot", texts);
    }

    [Fact]
    public async Task A_year_picks_that_plan_and_the_reply_says_how_to_get_the_file_in_chat_not_a_server_command()
    {
        var (handler, _) = await CreateAsync();
        var replies = (await handler.TryHandleAsync(Message("rapport 2024", Anna, new DateOnly(2024, 12, 31)), TestContext.Current.CancellationToken))!;

        var reply = Assert.Single(replies);
        Assert.DoesNotContain("Kompetensplan 2021", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Klart 3 · Pågår 0 · Kvarstår 1 · Uppstart 1 · Ingen status 1", reply.Text, StringComparison.Ordinal);
        Assert.NotNull(reply.Card);
        Assert.EndsWith("Hela uppföljningen som fil: skriv \"skicka uppföljningen som Word\" eller \"skicka uppföljningen som Excel\".", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("--format", reply.Text, StringComparison.Ordinal);
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
        var emptyHandler = new ReportChatHandler(new ReportBuilder(empty, LocalClockTests.For(time)), Admins(), NullLogger<ReportChatHandler>.Instance);
        var reply = Assert.Single((await emptyHandler.TryHandleAsync(Message("rapport", Olle, new DateOnly(2024, 12, 31)), TestContext.Current.CancellationToken))!);
        Assert.Contains("Inga planer med aktiviteter är importerade än", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_cards_pass_the_official_adaptivecards_library()
    {
        var root = NodeTool.RepositoryRoot();
        NodeTool.SkipUnlessAvailable(root);
        var (handler, _) = await CreateAsync();
        var dir = Directory.CreateTempSubdirectory("assistant-report-cards-").FullName;
        try
        {
            foreach (var (text, locale, i) in new[] { ("rapport", "sv-SE", 0), ("report", "en-US", 1) })
            {
                var replies = (await handler.TryHandleAsync(Message(text, Anna, new DateOnly(2024, 10, 1), locale), TestContext.Current.CancellationToken))!;
                var cards = new System.Text.Json.Nodes.JsonArray([.. replies.Where(r => r.Card is not null).Select(r => r.Card!.DeepClone())]);
                Assert.Equal(2, cards.Count);
                await File.WriteAllTextAsync(Path.Combine(dir, $"cards{i}.json"), cards.ToJsonString(), TestContext.Current.CancellationToken);
            }

            var result = await NodeTool.RunAsync(Path.Combine(root, "tests", "node"), "cardcheck-all.js", [dir], TestContext.Current.CancellationToken);
            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Contains("cards: 4 checked", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static IncomingMessage Message(string text, UserRef user, DateOnly today, string? locale = "sv-SE") => new(text, user, today, locale);

    /// <summary>The real owner directory with Anna listed in Admins (by her Teams user id).</summary>
    private static OwnerDirectory Admins() =>
        new(
            new StaticOptionsMonitor<DirectoryOptions>(new DirectoryOptions { Admins = ["29:anna"] }),
            Options.Create(new GraphOptions()),
            new MemoryCache(new MemoryCacheOptions()),
            NullLogger<OwnerDirectory>.Instance);

    private static async Task<(ReportChatHandler Handler, ReportTestData.Ids Ids)> CreateAsync()
    {
        var db = await TestDatabase.CreateSqliteAsync();
        var ids = await ReportTestData.SeedAsync(db);
        var handler = new ReportChatHandler(new ReportBuilder(db, LocalClockTests.For(new FakeTimeProvider())), Admins(), NullLogger<ReportChatHandler>.Instance);
        return (handler, ids);
    }
}
