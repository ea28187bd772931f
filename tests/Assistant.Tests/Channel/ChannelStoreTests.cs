using Assistant.Bot.Channel;
using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Channel.State;
using Assistant.Bot.Storage;
using Assistant.Tests.Channel.Infrastructure;
using Assistant.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Channel;

/// <summary>
/// The processed-activity and conversation-reference stores on both databases, with the endpoint's fast paths: claims
/// written in batches, and references answered from memory.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ChannelStoreTests(PostgresServer postgres)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 9, 16, 8, 0, 0, TimeSpan.Zero));

    private async Task<AssistantDbContext> DatabaseAsync(string provider) =>
        provider == "sqlite" ? await TestDatabase.CreateSqliteAsync() : await TestDatabase.CreatePostgresAsync(postgres);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task An_activity_is_claimed_once_released_on_failure_and_pruned_when_old(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var store = new ProcessedActivityStore(db, _time);
        var ct = TestContext.Current.CancellationToken;

        Assert.True(await store.TryClaimAsync("msteams|a:1|100", ct));
        await using (var other = TestDatabase.Reopen(db))
        {
            Assert.False(await new ProcessedActivityStore(other, _time).TryClaimAsync("msteams|a:1|100", ct));
        }

        await store.ReleaseAsync("msteams|a:1|100", ct);
        Assert.True(await store.TryClaimAsync("msteams|a:1|100", ct));
        _time.Advance(TimeSpan.FromDays(3));
        Assert.True(await store.TryClaimAsync("msteams|a:1|101", ct));

        Assert.Equal(1, await store.PruneAsync(ProcessedActivityPruner.Retention, ct));
        Assert.Equal(["msteams|a:1|101"], await db.ProcessedActivities.Select(p => p.Key).ToListAsync(ct));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_reference_is_upserted_per_user_and_conversation_and_welcomed_once(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var store = new ConversationReferenceStore(db, _time);
        var ct = TestContext.Current.CancellationToken;
        var activity = System.Text.Json.JsonSerializer.Deserialize(TeamsFixtures.Text("message-personal"), ChannelJsonContext.Default.Activity)!;

        var first = await store.UpsertFromActivityAsync(activity, ct);
        activity.From!.Name = null;
        activity.Id = "1726472999999";
        _time.Advance(TimeSpan.FromMinutes(30));
        var second = await store.UpsertFromActivityAsync(activity, ct);

        Assert.NotNull(first);
        Assert.Equal(first.Id, second!.Id);
        await using var other = TestDatabase.Reopen(db);
        var stored = await other.ConversationReferences.AsNoTracking().SingleAsync(ct);
        Assert.Equal("Anna Lindqvist", stored.UserName);
        Assert.Equal("1726472472593", stored.LastActivityId);
        Assert.Equal(_time.GetUtcNow() - TimeSpan.FromMinutes(30), stored.UpdatedAt);

        // An hour on, or with a changed address, the row is written again.
        _time.Advance(TimeSpan.FromMinutes(31));
        await store.UpsertFromActivityAsync(activity, ct);
        activity.Locale = "en-US";
        await store.UpsertFromActivityAsync(activity, ct);
        stored = await other.ConversationReferences.AsNoTracking().SingleAsync(ct);
        Assert.Equal("1726472999999", stored.LastActivityId);
        Assert.Equal("en-US", stored.Locale);
        Assert.Equal(_time.GetUtcNow(), stored.UpdatedAt);

        var otherStore = new ConversationReferenceStore(other, _time);
        var marks = await Task.WhenAll(store.TryMarkWelcomedAsync(first.Id, ct), otherStore.TryMarkWelcomedAsync(first.Id, ct));
        Assert.Equal(1, marks.Count(m => m));
        Assert.False(await store.TryMarkWelcomedAsync(first.Id, ct));
        await store.UnmarkWelcomedAsync(first.Id, ct);
        Assert.True(await store.TryMarkWelcomedAsync(first.Id, ct));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_chat_the_bot_opened_by_aad_id_stays_one_row_when_the_user_answers(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var store = new ConversationReferenceStore(db, _time);
        var ct = TestContext.Current.CancellationToken;
        var activity = System.Text.Json.JsonSerializer.Deserialize(TeamsFixtures.Text("message-personal"), ChannelJsonContext.Default.Activity)!;
        var aad = activity.From!.AadObjectId!;
        var opened = await store.UpsertAsync(new ConversationReferenceRecord
        {
            UserId = aad,
            AadObjectId = aad,
            ChannelId = "msteams",
            ServiceUrl = activity.ServiceUrl!,
            ConversationId = activity.Conversation!.Id!,
            ConversationType = "personal",
            BotId = activity.Recipient!.Id!,
        }, ct);

        var answered = await store.UpsertFromActivityAsync(activity, ct);

        Assert.Equal(opened.Id, answered!.Id);
        await using var other = TestDatabase.Reopen(db);
        var row = await other.ConversationReferences.AsNoTracking().SingleAsync(ct);
        Assert.Equal(activity.From.Id, row.UserId);
        Assert.Equal(aad, row.AadObjectId);
        Assert.Equal(activity.From.Name, row.UserName);
    }

    [Fact]
    public async Task The_bots_own_activity_and_one_without_a_conversation_store_nothing()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var store = new ConversationReferenceStore(db, _time);
        var activity = System.Text.Json.JsonSerializer.Deserialize(TeamsFixtures.Text("message-personal"), ChannelJsonContext.Default.Activity)!;
        activity.From = activity.Recipient;

        Assert.Null(await store.UpsertFromActivityAsync(activity, TestContext.Current.CancellationToken));
        Assert.Null(await store.UpsertFromActivityAsync(new Activity { Type = "message" }, TestContext.Current.CancellationToken));
        Assert.False(await db.ConversationReferences.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Many_keys_are_claimed_in_one_statement_and_only_new_ones_come_back(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var store = new ProcessedActivityStore(db, _time);
        var ct = TestContext.Current.CancellationToken;
        Assert.True(await store.TryClaimAsync("k|1", ct));

        var claimed = await store.TryClaimManyAsync(["k|1", "k|2", "k|3", "k|2"], ct);

        Assert.Equal(["k|2", "k|3"], claimed.Order(StringComparer.Ordinal));
        Assert.False(await store.TryClaimAsync("k|3", ct));
        Assert.Empty(await store.TryClaimManyAsync(["k|1", "k|2"], ct));

        // Written with the same time format EF uses, so pruning (in SQL or, on SQLite, in memory) reads them back.
        _time.Advance(TimeSpan.FromDays(3));
        Assert.True(await store.TryClaimAsync("k|4", ct));
        Assert.Equal(3, await store.PruneAsync(ProcessedActivityPruner.Retention, ct));
        Assert.Equal(["k|4"], await db.ProcessedActivities.Select(p => p.Key).ToListAsync(ct));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Concurrent_claims_each_key_is_new_exactly_once(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        await using var services = Services(db);
        var claims = services.GetRequiredService<ProcessedActivityClaims>();
        var keys = Enumerable.Range(0, 300).Select(i => $"msteams|a:{i % 150 % 7}|{i % 150}").ToList();

        var results = await Task.WhenAll(keys.Select(async k => (Key: k, New: await Task.Run(() => claims.TryClaimAsync(k)))));

        Assert.Equal(150, results.Count(r => r.New));
        Assert.All(results.GroupBy(r => r.Key), g => Assert.Equal(1, g.Count(r => r.New)));
        Assert.Equal(150, await db.ProcessedActivities.CountAsync(TestContext.Current.CancellationToken));
        Assert.False(await claims.TryClaimAsync(keys[0]));
    }

    [Fact]
    public async Task A_failing_database_fails_the_claim_and_the_next_claim_tries_again()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        await using var services = Services(db);
        var claims = services.GetRequiredService<ProcessedActivityClaims>();
        var ct = TestContext.Current.CancellationToken;
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE processed_activities RENAME TO processed_activities_away", ct);

        await Assert.ThrowsAnyAsync<Exception>(() => claims.TryClaimAsync("msteams|a:1|1"));

        await db.Database.ExecuteSqlRawAsync("ALTER TABLE processed_activities_away RENAME TO processed_activities", ct);
        Assert.True(await claims.TryClaimAsync("msteams|a:1|1"));
    }

    [Fact]
    public async Task A_known_reference_is_answered_from_memory_until_it_changes_or_an_hour_passes()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        using var cache = new ConversationReferenceCache();
        var store = new ConversationReferenceStore(db, _time, cache);
        var ct = TestContext.Current.CancellationToken;
        var activity = System.Text.Json.JsonSerializer.Deserialize(TeamsFixtures.Text("message-personal"), ChannelJsonContext.Default.Activity)!;
        var first = (await store.UpsertFromActivityAsync(activity, ct))!;

        // Changed behind this process's back: a cached, unchanged address is not read again.
        await using var other = TestDatabase.Reopen(db);
        await other.ConversationReferences.ExecuteUpdateAsync(s => s.SetProperty(r => r.UserName, "Changed elsewhere"), ct);
        _time.Advance(TimeSpan.FromMinutes(59));
        var second = (await new ConversationReferenceStore(TestDatabase.Reopen(db), _time, cache).UpsertFromActivityAsync(activity, ct))!;
        Assert.Equal(first.Id, second.Id);
        Assert.Equal("Anna Lindqvist", second.UserName);
        Assert.Equal("Changed elsewhere", (await other.ConversationReferences.AsNoTracking().SingleAsync(ct)).UserName);

        // A changed address is written at once.
        activity.Locale = "en-US";
        var third = (await store.UpsertFromActivityAsync(activity, ct))!;
        Assert.Equal("en-US", third.Locale);
        Assert.Equal("en-US", (await other.ConversationReferences.AsNoTracking().SingleAsync(ct)).Locale);

        // After an hour the row is written again even when nothing changed.
        activity.Id = "later";
        _time.Advance(TimeSpan.FromMinutes(61));
        await store.UpsertFromActivityAsync(activity, ct);
        var stored = await other.ConversationReferences.AsNoTracking().SingleAsync(ct);
        Assert.Equal("later", stored.LastActivityId);
        Assert.Equal(_time.GetUtcNow(), stored.UpdatedAt);
    }

    private ServiceProvider Services(AssistantDbContext db) => new ServiceCollection()
        .AddSingleton<TimeProvider>(_time)
        .AddScoped(_ => TestDatabase.Reopen(db))
        .AddScoped<ProcessedActivityStore>()
        .AddSingleton<ProcessedActivityClaims>()
        .BuildServiceProvider();
}
