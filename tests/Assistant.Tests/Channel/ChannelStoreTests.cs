using Assistant.Bot.Channel;
using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Channel.State;
using Assistant.Bot.Storage;
using Assistant.Tests.Channel.Infrastructure;
using Assistant.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Channel;

/// <summary>The processed-activity and conversation-reference stores on both databases.</summary>
[Collection(PostgresCollection.Name)]
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
}
