using System.Globalization;
using Assistant.Bot.Plans;
using Assistant.Bot.Channel;
using Assistant.Bot.Reminders;
using Assistant.Bot.Storage;
using Assistant.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Reminders;

/// <summary>
/// Exactly once: two instances on one database, a crash in the middle of a fan-out, and a connector that refuses for a
/// while. Counted at a recording messenger: every (owner, window) sent once, none lost.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ReminderExactlyOnceTests(PostgresServer postgres)
{
    private const int Owners = 120;
    private static readonly DateOnly WindowDay = new(2024, 9, 16);

    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_instances_running_the_same_window_at_once_send_each_owner_exactly_once(string provider)
    {
        await using var db = await CreateAsync(provider);
        var settings = await SeedOwnersAsync(db, Owners);
        await using var first = Instance(db, settings);
        await using var second = Instance(db, settings);
        // Each instance's sends wait until the other has begun sending too, so the two really overlap however the
        // machine schedules them (otherwise one fast instance may send everything before the other starts).
        var started = new[] { new TaskCompletionSource(), new TaskCompletionSource() };
        foreach (var (app, index) in new[] { (first, 0), (second, 1) })
        {
            app.Messenger.Before = async (_, ct) =>
            {
                started[index].TrySetResult();
                await started[1 - index].Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
                await Task.Delay(Random.Shared.Next(0, 4), ct);
                return null;
            };
        }

        var ct = TestContext.Current.CancellationToken;
        await Task.WhenAll(first.Runner.RunAsync(ct), second.Runner.RunAsync(ct), first.Runner.RunAsync(ct), second.Runner.RunAsync(ct));

        var sent = first.Messenger.Sends.Concat(second.Messenger.Sends).Select(s => s.User).ToList();
        Assert.Equal(Owners, sent.Count);
        Assert.Equal(Owners, sent.Distinct().Count());
        Assert.True(first.Messenger.Sends.Count > 0 && second.Messenger.Sends.Count > 0, $"both instances should have sent some: {first.Messenger.Sends.Count}/{second.Messenger.Sends.Count}");
        await AssertAllSentAsync(db);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_crash_in_the_middle_of_a_fan_out_loses_nothing_and_doubles_nothing_after_a_restart(string provider)
    {
        await using var db = await CreateAsync(provider);
        var settings = await SeedOwnersAsync(db, Owners);
        var ct = TestContext.Current.CancellationToken;

        // The first process hangs on its 31st send (as if killed mid-request) and is abandoned.
        using var crash = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var crashed = Instance(db, settings);
        var calls = 0;
        crashed.Messenger.Before = async (_, token) =>
        {
            if (Interlocked.Increment(ref calls) > 30)
            {
                await crash.CancelAsync();
                await Task.Delay(Timeout.Infinite, token);
            }

            return null;
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => crashed.Runner.RunAsync(crash.Token));
        var before = crashed.Messenger.Sends.Select(s => s.User).ToList();
        await crashed.DisposeAsync();
        Assert.InRange(before.Count, 1, 30);

        // The restarted process runs at once: rows held by the dead process wait for their lease.
        await using var restarted = Instance(db, settings);
        await restarted.Runner.RunAsync(ct);
        var early = restarted.Messenger.Sends.Count;

        // After the lease (15 minutes) the next tick sends the rest.
        restarted.Time.Advance(TimeSpan.FromMinutes(16));
        await restarted.Runner.RunAsync(ct);

        var all = before.Concat(restarted.Messenger.Sends.Select(s => s.User)).ToList();
        Assert.Equal(Owners, all.Distinct().Count());
        Assert.Equal(Owners, all.Count);
        Assert.True(early < Owners - before.Count, "the rows in flight when it crashed wait for their lease");
        await AssertAllSentAsync(db);
    }

    [Fact]
    public async Task A_connector_refusing_for_a_while_delays_reminders_without_losing_or_doubling_them()
    {
        await using var db = await TestDatabase.CreatePostgresAsync(postgres);
        var settings = await SeedOwnersAsync(db, 40);
        await using var app = Instance(db, settings);
        var refusals = 0;
        app.Messenger.Before = (_, _) => Task.FromResult(Interlocked.Increment(ref refusals) switch
        {
            <= 25 => new SendResult(false, null, 429, "Throttled"),
            <= 55 => new SendResult(false, null, 503, "ServiceUnavailable"),
            _ => (SendResult?)null,
        });

        var ct = TestContext.Current.CancellationToken;
        var first = await app.Runner.RunAsync(ct);
        Assert.Equal((0, 0, 40), (first.Dispatch.Sent, first.Dispatch.Failed, first.Dispatch.Deferred)); // all refused once
        for (var tick = 0; tick < 8 && app.Messenger.Sends.Count < 40; tick++)
        {
            app.Time.Advance(TimeSpan.FromMinutes(15));
            await app.Runner.RunAsync(ct);
        }

        Assert.Equal(40, app.Messenger.Sends.Select(s => s.User).Distinct().Count());
        Assert.Equal(40, app.Messenger.Sends.Count);
        await AssertAllSentAsync(db);
    }

    [Fact]
    public async Task A_recipient_the_bot_cannot_reach_is_reported_failed_not_retried_forever()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var settings = await SeedOwnersAsync(db, 2);
        await db.ConversationReferences.Where(r => r.AadObjectId == Id(2)).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        // A new 1:1 chat takes its tenant from configuration, never from someone else's reference.
        settings["Reminders:TenantId"] = "tenant-1";
        await using var app = Instance(db, settings);

        var summary = await app.Runner.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal((1, 1), (summary.Dispatch.Sent, summary.Dispatch.Failed));
        Assert.Equal([Id(2)], app.Messenger.Created); // it tried to open a 1:1 chat (the app is not installed: null)
        await using var check = TestDatabase.Reopen(db);
        var failed = await check.ReminderDispatches.SingleAsync(d => d.State == DispatchState.Failed, TestContext.Current.CancellationToken);
        Assert.Contains("not installed", failed.LastError, StringComparison.Ordinal);
    }

    private async Task<AssistantDbContext> CreateAsync(string provider) =>
        provider == "postgres" ? await TestDatabase.CreatePostgresAsync(postgres) : await TestDatabase.CreateSqliteAsync();

    private static ReminderHarness Instance(AssistantDbContext db, Dictionary<string, string?> settings)
    {
        var time = new FakeTimeProvider();
        var harness = ReminderHarness.Create(db, settings, time);
        harness.SetLocal(WindowDay, 8);
        return harness;
    }

    private static string Id(int i) => $"00000000-0000-0000-0000-{i.ToString("000000000000", CultureInfo.InvariantCulture)}";

    /// <summary>One Q3 2024 activity per owner "Enhetschef NNN", each owner mapped to one person with a conversation.</summary>
    private static async Task<Dictionary<string, string?>> SeedOwnersAsync(AssistantDbContext db, int count)
    {
        var settings = new Dictionary<string, string?> { ["Reminders:EscalateAfterDays"] = "0" };
        var activities = new List<PlanActivity>();
        for (var i = 1; i <= count; i++)
        {
            var owner = $"Enhetschef {i:000}";
            settings[$"Owners:{owner}:0"] = Id(i);
            activities.Add(TestPlans.Activity($"Aktivitet {i}", owner, "Q3 2024", ActivityStatus.InProgress));
        }

        await TestPlans.StoreAsync(db, [.. activities]);
        await ReminderHarness.SeedReferencesAsync(db, [.. Enumerable.Range(1, count).Select(Id)]);
        return settings;
    }

    private static async Task AssertAllSentAsync(AssistantDbContext db)
    {
        await using var check = TestDatabase.Reopen(db);
        var rows = await check.ReminderDispatches.Where(d => d.OwnerKey != "*").ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(rows, r => Assert.Equal(DispatchState.Sent, r.State));
        Assert.All(rows, r => Assert.NotNull(r.MessageId));
        Assert.Equal(rows.Count, rows.Select(r => (r.OwnerKey, r.WindowKey)).Distinct().Count());
    }
}
