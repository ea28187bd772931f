using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.Answering;

public sealed class KnowledgeCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Snapshot_is_kept_between_questions_within_the_freshness_window()
    {
        await using var host = await AnsweringHost.CreateAsync(freshnessSeconds: 60);
        await host.SeedAsync();
        var cache = host.Services.GetRequiredService<IKnowledgeCache>();

        var first = await cache.GetAsync(Ct);
        var second = await cache.GetAsync(Ct);

        Assert.Same(first, second);
        Assert.Equal(126, first.Forecasts.Count);
    }

    [Fact]
    public async Task A_change_in_the_database_is_seen_after_the_freshness_window()
    {
        await using var host = await AnsweringHost.CreateAsync(freshnessSeconds: 5);
        await host.SeedAsync();
        var engine = host.Services.GetRequiredService<IAnswerEngine>();
        var question = new Question("Vilken status har aktiviteten om FAS2?", new DateOnly(2024, 9, 16));
        Assert.Contains("Pågår", (await engine.AnswerAsync(question, Ct)).Text, StringComparison.Ordinal);

        var activity = await host.Db.Activities.SingleAsync(a => a.Title.Contains("FAS2"), Ct);
        activity.Status = Bot.Plans.ActivityStatus.Done;
        host.Db.StatusChanges.Add(new Bot.Plans.StatusChange { ActivityId = activity.Id, UserId = "u1", From = Bot.Plans.ActivityStatus.InProgress, To = Bot.Plans.ActivityStatus.Done, At = host.Time.GetUtcNow() });
        await host.Db.SaveChangesAsync(Ct);

        Assert.Contains("Pågår", (await engine.AnswerAsync(question, Ct)).Text, StringComparison.Ordinal);
        host.Time.Advance(TimeSpan.FromSeconds(6));
        Assert.Contains("Klart", (await engine.AnswerAsync(question, Ct)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalidate_makes_the_next_question_reload_at_once()
    {
        await using var host = await AnsweringHost.CreateAsync(freshnessSeconds: 3600);
        var cache = host.Services.GetRequiredService<IKnowledgeCache>();
        Assert.True((await cache.GetAsync(Ct)).IsEmpty);

        await host.SeedAsync();
        Assert.True((await cache.GetAsync(Ct)).IsEmpty);

        cache.Invalidate();
        var snapshot = await cache.GetAsync(Ct);
        Assert.False(snapshot.IsEmpty);
        Assert.Equal(3, snapshot.Documents.Count);
    }

    [Fact]
    public async Task Engine_answers_from_the_database_with_the_source()
    {
        await using var host = await AnsweringHost.CreateAsync();
        await host.SeedAsync();
        var engine = host.Services.GetRequiredService<IAnswerEngine>();

        var answer = await engine.AnswerAsync(new Question("Vad är personalbehovet för undersköterskor 2021?", new DateOnly(2024, 9, 16)), Ct);

        Assert.Equal(AnswerKind.Figure, answer.Kind);
        Assert.Contains("759", answer.Text, StringComparison.Ordinal);
        var source = Assert.Single(answer.Sources);
        Assert.Equal("Personal- och kompetensförsörjningsplan 2021", source.DocumentTitle);
        Assert.Equal(SampleKnowledge.ForecastTable, source.Table);
    }

    [Fact]
    public async Task Empty_database_says_nothing_is_imported()
    {
        await using var host = await AnsweringHost.CreateAsync();
        var answer = await host.Services.GetRequiredService<IAnswerEngine>().AnswerAsync(new Question("personalbehov 2025", new DateOnly(2024, 9, 16)), Ct);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.DoesNotMatch(@"\d", answer.Text);
    }

    [Fact]
    public async Task A_reimported_document_replaces_the_old_figures()
    {
        await using var host = await AnsweringHost.CreateAsync(freshnessSeconds: 0);
        await host.SeedAsync();
        var engine = host.Services.GetRequiredService<IAnswerEngine>();
        var question = new Question("rekryteringsbehov totalt 2027", new DateOnly(2024, 9, 16));
        Assert.Contains("263", (await engine.AnswerAsync(question, Ct)).Text, StringComparison.Ordinal);

        var cell = await host.Db.Forecasts.SingleAsync(f => f.Group == "Totalt" && f.Year == 2027 && f.Measure == "Rekryteringsbehov", Ct);
        host.Db.Forecasts.Remove(cell);
        host.Db.Forecasts.Add(new ForecastValue { DocumentId = cell.DocumentId, Measure = cell.Measure, Group = cell.Group, Year = 2027, Value = 270, Table = cell.Table });
        await host.Db.SaveChangesAsync(Ct);

        var text = (await engine.AnswerAsync(question, Ct)).Text;
        Assert.Contains("270", text, StringComparison.Ordinal);
        Assert.DoesNotContain("263", text, StringComparison.Ordinal);
    }
}
