using Assistant.Bot.Plans;
using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Conversation;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Storage;
using Assistant.Cards.Rendering;
using Assistant.Tests.Cards;
using Assistant.Tests.Clock;
using Assistant.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Conversation;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class AnswerPresenterTests(PostgresServer postgres)
{
    private static readonly SourceRef Plan = new(1, "Personal- och kompetensförsörjningsplan", "Social- och omsorgsnämnden", 2021, "Rekryteringsbehov");
    private static readonly DateOnly Today = new(2024, 9, 16);

    [Fact]
    public async Task A_series_becomes_a_chart_card_whose_text_leaves_the_values_to_the_chart()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var text = "**Rekryteringsbehov för Vårdare/undersköterska/assistent, 2019–2021:**\n- 2019: 96\n- 2020: 101\n- 2021: 112\n\nKälla: Personal- och kompetensförsörjningsplan (tabell: Rekryteringsbehov)";
        var answer = new Answer(text, AnswerLanguage.Swedish, AnswerKind.Series, [Plan])
        {
            Series = new Series("Rekryteringsbehov för Vårdare/undersköterska/assistent", "personer", [new("2019", 96), new("2020", 101), new("2021", 112)]),
        };

        var message = await Presenter(db).PresentAsync(answer, TestContext.Current.CancellationToken);

        Assert.Equal(text, message.Text);
        var card = message.Card!;
        var chart = Assert.Single(CardQuery.OfType(card, "Chart.VerticalBar"));
        Assert.Equal(3, chart["data"]!.AsArray().Count);
        var texts = CardQuery.Texts(card);
        Assert.Equal("**Rekryteringsbehov för Vårdare/undersköterska/assistent, 2019–2021:**", texts[0]);
        Assert.DoesNotContain(texts, t => t.Contains("- 2019", StringComparison.Ordinal));
        Assert.Single(texts, t => t.StartsWith("Källa:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sqlite_one_activity_becomes_its_card_with_history() =>
        await One_activity_becomes_its_card_with_history(await TestDatabase.CreateSqliteAsync());

    [Fact]
    public async Task Postgres_one_activity_becomes_its_card_with_history() =>
        await One_activity_becomes_its_card_with_history(await TestDatabase.CreatePostgresAsync(postgres));

    [Fact]
    public async Task A_list_becomes_a_table_in_the_answers_order_skipping_unknown_ids()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var (first, second) = await SeedAsync(db);
        var answer = new Answer("**2** aktiviteter (försenade):\n- …", AnswerLanguage.Swedish, AnswerKind.ActivityList, [Plan]) { ActivityIds = [second, 9999, first] };

        var message = await Presenter(db).PresentAsync(answer, Today, TestContext.Current.CancellationToken);

        var rows = Assert.Single(CardQuery.OfType(message.Card!, "Table"))["rows"]!.AsArray();
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("Ta fram en plan för bemanningspool", CardQuery.Texts(rows[1]!)[0], StringComparison.Ordinal);
        Assert.StartsWith("Revidera riktlinjer", CardQuery.Texts(rows[2]!)[0], StringComparison.Ordinal);
        Assert.Equal(@"**2** aktiviteter \(försenade\):", CardQuery.Texts(message.Card!)[0]);
    }

    [Fact]
    public async Task A_list_card_keeps_what_the_answer_says_around_its_items_and_drops_the_item_lines()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var (first, second) = await SeedAsync(db);
        var text = "Planens text anger förändringen så här:\n\n> Behovet ökar med 17 %.\n\n"
            + "2 i Plan A\n\nAktiviteter om det (status; ansvarig; klart):\n"
            + "- Revidera riktlinjer — Pågår; Direktör; Q2 2024\n- Ta fram en plan — Klart; HR-chef; 2025\n"
            + "Ingen av dem är klar.\n\nKälla: Plan A (inläst 2026-12-07)";
        var answer = new Answer(text, AnswerLanguage.Swedish, AnswerKind.ActivityList, [Plan]) { ActivityIds = [first, second] };

        var card = (await Presenter(db).PresentAsync(answer, Today, TestContext.Current.CancellationToken)).Card!;

        var texts = CardQuery.Texts(card);
        Assert.Equal("Planens text anger förändringen så här:", texts[0]);
        Assert.Equal(["”Behovet ökar med 17 %.”", "2 i Plan A", "Ingen av dem är klar."], texts.Skip(1).Take(3));
        Assert.DoesNotContain(texts, t => t.Contains(" — ", StringComparison.Ordinal) || t.Contains("(status; ansvarig; klart)", StringComparison.Ordinal));
        Assert.Single(CardQuery.OfType(card, "Table"));
    }

    [Fact]
    public async Task One_activity_card_shows_what_the_answer_says_besides_the_fields_it_shows_itself()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var (first, _) = await SeedAsync(db);
        var text = "**Revidera riktlinjer**\nDe ska gälla från årsskiftet.\nStatus: Pågår (tidpunkten har passerat)\nAnsvarig: Direktör, HR-chef\n"
            + "Ska vara klar: Q2 2024\nKommentar: Startat\nPrognosen: rekryteringsbehov för Ledning 2024: 15.\n\nKälla: Verksamhetsplan 2024";
        var answer = new Answer(text, AnswerLanguage.Swedish, AnswerKind.Activity, [Plan]) { ActivityIds = [first] };

        var card = (await Presenter(db).PresentAsync(answer, Today, TestContext.Current.CancellationToken)).Card!;

        var texts = CardQuery.Texts(card);
        Assert.Equal(["De ska gälla från årsskiftet.", "Prognosen: rekryteringsbehov för Ledning 2024: 15."], texts.Skip(1).Take(2));
        Assert.Contains("Startat", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("Status:", StringComparison.Ordinal) || t.StartsWith("Kommentar:", StringComparison.Ordinal) || t.StartsWith("Källa:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_list_answer_with_nothing_but_its_first_line_and_items_gets_no_more_text()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var (first, second) = await SeedAsync(db);
        var answer = new Answer("**2** aktiviteter:\n- A — Pågår; X; Q2 2024\n- B — Klart; Y; 2025\n\nKälla: Plan A", AnswerLanguage.Swedish, AnswerKind.ActivityList, [Plan]) { ActivityIds = [first, second] };

        var card = (await Presenter(db).PresentAsync(answer, Today, TestContext.Current.CancellationToken)).Card!;

        var texts = CardQuery.Texts(card);
        Assert.Equal("**2** aktiviteter:", texts[0]);
        Assert.Equal("2 aktiviteter", texts[1]);
    }

    [Fact]
    public async Task Help_uses_the_engines_examples_as_buttons_in_english()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var answer = new Answer("Hi! …", AnswerLanguage.English, AnswerKind.Help, []) { Suggestions = ["Which activities are overdue?", "What was the sick leave in 2015?"] };

        var message = await Presenter(db).PresentAsync(answer, TestContext.Current.CancellationToken);

        Assert.Equal("How to ask", CardQuery.Texts(message.Card!)[0]);
        var buttons = CardQuery.OfType(message.Card!, "Action.Submit").Select(b => (string?)b["title"]).ToList();
        Assert.Equal(["Which activities are overdue?", "What was the sick leave in 2015?", "Vad är rekryteringsbehovet för undersköterskor 2025?"], buttons);
    }

    [Fact]
    public async Task Suggestions_of_a_clarification_become_buttons()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var answer = new Answer("Menar du personalbehov eller rekryteringsbehov?", AnswerLanguage.Swedish, AnswerKind.Clarification, [])
        {
            Suggestions = ["Personalbehov 2025", "Rekryteringsbehov 2025"],
        };

        var message = await Presenter(db).PresentAsync(answer, TestContext.Current.CancellationToken);

        Assert.Equal(2, CardQuery.OfType(message.Card!, "Action.Submit").Count());
    }

    [Theory]
    [InlineData(AnswerKind.Figure)]
    [InlineData(AnswerKind.Passage)]
    [InlineData(AnswerKind.NotFound)]
    [InlineData(AnswerKind.Activity)]
    public async Task Other_answers_are_text_only(AnswerKind kind)
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var answer = new Answer("112 personer.\n\nKälla: Plan", AnswerLanguage.Swedish, kind, [Plan]) { ActivityIds = kind == AnswerKind.Activity ? [424242] : [] };

        var message = await Presenter(db).PresentAsync(answer, TestContext.Current.CancellationToken);

        Assert.Equal("112 personer.\n\nKälla: Plan", message.Text);
        Assert.Null(message.Card);
    }

    [Fact]
    public async Task Every_card_the_presenter_makes_passes_the_official_library()
    {
        var root = NodeTool.RepositoryRoot();
        NodeTool.SkipUnlessAvailable(root);
        await using var db = await TestDatabase.CreateSqliteAsync();
        var (first, second) = await SeedAsync(db);
        var series = new Series("Personalbehov", "personer", [new("2021", 1422), new("2027", 1527)]);
        Answer[] answers =
        [
            new("Personalbehov 2021–2027.", AnswerLanguage.Swedish, AnswerKind.Series, [Plan]) { Series = series },
            new("Staffing need.", AnswerLanguage.English, AnswerKind.Figure, [Plan]) { Series = series },
            new("Status.", AnswerLanguage.Swedish, AnswerKind.Activity, [Plan]) { ActivityIds = [first] },
            new("Two.", AnswerLanguage.English, AnswerKind.ActivityList, [Plan]) { ActivityIds = [first, second] },
            new("Hej!", AnswerLanguage.Swedish, AnswerKind.Help, []) { Suggestions = ["Vilka aktiviteter ligger efter?"] },
        ];
        var directory = Directory.CreateTempSubdirectory("assistant-presenter-cards-").FullName;
        try
        {
            for (var i = 0; i < answers.Length; i++)
            {
                var message = await Presenter(db).PresentAsync(answers[i], Today, TestContext.Current.CancellationToken);
                await File.WriteAllTextAsync(Path.Combine(directory, $"card-{i}.json"), message.Card!.ToJsonString(), TestContext.Current.CancellationToken);
            }

            var result = await NodeTool.RunAsync(Path.Combine(root, "tests", "node"), "cardcheck-all.js", [directory], TestContext.Current.CancellationToken);

            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Contains($"cards: {answers.Length} checked", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task One_activity_becomes_its_card_with_history(AssistantDbContext db)
    {
        await using var _ = db;
        var (first, _) = await SeedAsync(db);
        var answer = new Answer("Revidera riktlinjer: Pågår.", AnswerLanguage.Swedish, AnswerKind.Activity, [Plan]) { ActivityIds = [first] };

        var message = await Presenter(db).PresentAsync(answer, Today, TestContext.Current.CancellationToken);

        Assert.Equal("Revidera riktlinjer: Pågår.", message.Text);
        var card = message.Card!;
        var text = PlainTextRenderer.Render(card);
        Assert.Contains("Revidera riktlinjer [x](https://evil.example)", text, StringComparison.Ordinal);
        Assert.Contains("Ansvariga:      Direktör, HR-chef", text, StringComparison.Ordinal);
        Assert.Contains("Slutförs:       Q2 2024", text, StringComparison.Ordinal);
        Assert.Contains("Försenad", text, StringComparison.Ordinal);
        Assert.Contains("Senast ändrad:  Anna Andersson, 2024-08-07 14:05", text, StringComparison.Ordinal);
        var history = CardQuery.Texts(CardQuery.ById(card, $"history-{first}"));
        Assert.Equal(
            ["Senaste ändringar", "2024-08-07 14:05 Anna Andersson: Ej påbörjad → Pågår", "Startat", "2024-01-10 10:00 Import: Ingen status → Ej påbörjad"],
            history);
    }

    private static AnswerPresenter Presenter(AssistantDbContext db) =>
        new(new DatabaseKnowledge(db), LocalClockTests.For(new FakeTimeProvider(new DateTimeOffset(2024, 9, 16, 10, 0, 0, TimeSpan.Zero))));

    /// <summary>The knowledge as the database holds it now: every call reads it again.</summary>
    private sealed class DatabaseKnowledge(AssistantDbContext db) : IKnowledgeCache
    {
        public async ValueTask<KnowledgeSnapshot> GetAsync(CancellationToken cancellationToken) => await KnowledgeLoader.LoadAsync(db, cancellationToken);

        public void Invalidate()
        {
            // Nothing is kept.
        }
    }

    private static async Task<(int First, int Second)> SeedAsync(AssistantDbContext db)
    {
        var ct = TestContext.Current.CancellationToken;
        var document = new KnowledgeDocument { Title = "Verksamhetsplan 2024", SourceFile = "plan.txt", ContentHash = Guid.NewGuid().ToString("N"), Year = 2024 };
        var first = new PlanActivity
        {
            Document = document,
            ExternalKey = "a1",
            Title = "Revidera riktlinjer [x](https://evil.example)",
            Owners = ["Direktör", "HR-chef"],
            OwnerKeys = ["direktör", "hr-chef"],
            Deadline = new Deadline("Q2", 2024, null, [2]),
            Status = ActivityStatus.InProgress,
            Comment = "Startat",
            StatusChangedBy = "Anna Andersson",
            StatusChangedAt = new DateTimeOffset(2024, 8, 7, 12, 5, 0, TimeSpan.Zero),
        };
        var second = new PlanActivity
        {
            Document = document,
            ExternalKey = "a2",
            Title = "Ta fram en plan för bemanningspool",
            Owners = ["Avd- HR och kompetensförsörjning"],
            OwnerKeys = ["avd- hr och kompetensförsörjning"],
            Deadline = new Deadline("Q3", 2024, null, [3]),
            Status = ActivityStatus.StartingUp,
        };
        db.Activities.AddRange(first, second);
        await db.SaveChangesAsync(ct);
        db.StatusChanges.AddRange(
            new StatusChange { ActivityId = first.Id, From = null, To = ActivityStatus.NotStarted, UserId = "Import", At = new DateTimeOffset(2024, 1, 10, 9, 0, 0, TimeSpan.Zero), Channel = StatusChannel.Import },
            new StatusChange { ActivityId = first.Id, From = ActivityStatus.NotStarted, To = ActivityStatus.InProgress, Comment = "Startat", UserId = "aad-1", UserName = "Anna Andersson", At = new DateTimeOffset(2024, 8, 7, 12, 5, 0, TimeSpan.Zero), Channel = StatusChannel.Card });
        await db.SaveChangesAsync(ct);
        return (first.Id, second.Id);
    }
}
