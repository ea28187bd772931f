using Assistant.Bot.Plans;
using Assistant.Bot.StatusUpdates;
using Assistant.Bot.Storage;
using Assistant.Tests.Infrastructure;
using Assistant.Tests.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.StatusUpdates;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class StatusRecorderTests(PostgresServer postgres)
{
    private const string Director = "11111111-1111-1111-1111-111111111111";
    private const string Stranger = "44444444-4444-4444-4444-444444444444";
    private const string Admin = "99999999-9999-9999-9999-999999999999";

    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Owners:Direktör:0"] = Director,
        ["Admins:0"] = Admin,
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_owner_records_a_change_and_the_history_keeps_who_when_from_to_and_channel(string provider)
    {
        await using var db = await CreateAsync(provider);
        var activity = (await TestPlans.StoreAsync(db, TestPlans.Activity("Revidera riktlinjer FAS2", "Direktören", "Q3 2024", ActivityStatus.InProgress)))[0];
        await using var app = ReminderHarness.Create(db, Settings);
        app.SetLocal(new DateOnly(2024, 9, 18), 9);

        var result = await RecordAsync(app, activity.Id, ActivityStatus.Done, "Klar enligt plan", Director, "k1");

        Assert.Equal(StatusRecordOutcome.Recorded, result.Outcome);
        await using var check = TestDatabase.Reopen(db);
        var stored = await check.Activities.Include(a => a.History).SingleAsync(a => a.Id == activity.Id, TestContext.Current.CancellationToken);
        Assert.Equal((ActivityStatus.Done, "Klart", "Klar enligt plan", "Test Person"), (stored.Status!.Value, stored.StatusRaw, stored.Comment, stored.StatusChangedBy));
        var change = Assert.Single(stored.History);
        Assert.Equal((ActivityStatus.InProgress, ActivityStatus.Done, "Klar enligt plan", Director, "Test Person", StatusChannel.Card, "k1"), (change.From!.Value, change.To!.Value, change.Comment, change.UserId, change.UserName, change.Channel, change.SubmissionKey));
        Assert.Equal(app.Time.GetUtcNow(), change.At);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Someone_who_is_neither_owner_nor_admin_is_refused_and_nothing_changes(string provider)
    {
        await using var db = await CreateAsync(provider);
        var activity = (await TestPlans.StoreAsync(db, TestPlans.Activity("Revidera riktlinjer FAS2", "Direktör", "Q3 2024", ActivityStatus.InProgress)))[0];
        await using var app = ReminderHarness.Create(db, Settings);

        var result = await RecordAsync(app, activity.Id, ActivityStatus.Done, "Jag tycker den är klar", Stranger, "k1");

        Assert.Equal(StatusRecordOutcome.Refused, result.Outcome);
        await using var check = TestDatabase.Reopen(db);
        var stored = await check.Activities.Include(a => a.History).SingleAsync(a => a.Id == activity.Id, TestContext.Current.CancellationToken);
        Assert.Equal(ActivityStatus.InProgress, stored.Status);
        Assert.Null(stored.Comment);
        Assert.Empty(stored.History);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_admin_may_change_any_activity(string provider)
    {
        await using var db = await CreateAsync(provider);
        var activity = (await TestPlans.StoreAsync(db, TestPlans.Activity("Korttidsvistelse", "", "Q4 2024", ActivityStatus.StartingUp)))[0];
        await using var app = ReminderHarness.Create(db, Settings);

        Assert.Equal(StatusRecordOutcome.Recorded, (await RecordAsync(app, activity.Id, ActivityStatus.InProgress, null, Admin, null)).Outcome);
        Assert.Equal(StatusRecordOutcome.Refused, (await RecordAsync(app, activity.Id, ActivityStatus.Done, null, Director, null)).Outcome);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_same_submission_is_recorded_once_even_when_it_arrives_concurrently(string provider)
    {
        await using var db = await CreateAsync(provider);
        var activity = (await TestPlans.StoreAsync(db, TestPlans.Activity("Revidera riktlinjer FAS2", "Direktör", "Q3 2024", ActivityStatus.InProgress)))[0];
        await using var app = ReminderHarness.Create(db, Settings);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => RecordAsync(app, activity.Id, ActivityStatus.Done, "Klart", Director, "card:r7:1:abc")));
        var again = await RecordAsync(app, activity.Id, ActivityStatus.Done, "Klart", Director, "card:r7:1:abc");

        Assert.Single(results, r => r.Outcome == StatusRecordOutcome.Recorded);
        Assert.All(results.Append(again), r => Assert.True(r.Succeeded));
        Assert.Equal(StatusRecordOutcome.Duplicate, again.Outcome);
        await using var check = TestDatabase.Reopen(db);
        Assert.Equal(1, await check.StatusChanges.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_unknown_activity_is_not_found()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        await using var app = ReminderHarness.Create(db, Settings);
        Assert.Equal(StatusRecordOutcome.NotFound, (await RecordAsync(app, 4711, ActivityStatus.Done, null, Admin, null)).Outcome);
    }

    private async Task<AssistantDbContext> CreateAsync(string provider) =>
        provider == "postgres" ? await TestDatabase.CreatePostgresAsync(postgres) : await TestDatabase.CreateSqliteAsync();

    private static Task<StatusRecordResult> RecordAsync(ReminderHarness app, int id, ActivityStatus status, string? comment, string user, string? key) =>
        app.InScopeAsync(s => s.GetRequiredService<IStatusRecorder>()
            .RecordAsync(id, status, comment, ReminderHarness.User(user), StatusChannel.Card, key, TestContext.Current.CancellationToken));
}
