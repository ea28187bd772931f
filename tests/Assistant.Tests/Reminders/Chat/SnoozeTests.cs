using Assistant.Bot.Plans;
using Assistant.Bot.Conversation;
using Assistant.Bot.Reminders.Chat;
using Assistant.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.Reminders.Chat;

public sealed class SnoozeTests
{
    private const string Director = "11111111-1111-1111-1111-111111111111";

    [Fact]
    public async Task A_snoozed_reminder_waits_until_that_morning_and_then_goes_out_once()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        await TestPlans.StoreAsync(db, TestPlans.Activity("Revidera riktlinjer FAS2", "Direktör", "Q3 2024", ActivityStatus.InProgress));
        await ReminderHarness.SeedReferencesAsync(db, Director);
        await using var app = ReminderHarness.Create(db, new Dictionary<string, string?> { ["Owners:Direktör:0"] = Director });
        var ct = TestContext.Current.CancellationToken;

        // Friday 13 September: "påminn mig på onsdag" — the 14-day window (Monday 16th) must wait until Wednesday 18th.
        app.SetLocal(new DateOnly(2024, 9, 13), 15);
        var reply = await app.InScopeAsync(s => s.GetServices<IChatHandler>().OfType<SnoozeChatHandler>().Single()
            .TryHandleAsync(new IncomingMessage("påminn mig på onsdag", ReminderHarness.User(Director), new DateOnly(2024, 9, 13), "sv-SE"), ct));
        Assert.Contains("onsdag 18 september", Assert.Single(reply!).Text, StringComparison.Ordinal);

        foreach (var day in new[] { 16, 17 })
        {
            app.SetLocal(new DateOnly(2024, 9, day), 8);
            var run = await app.Runner.RunAsync(ct);
            Assert.Equal(1, run.Dispatch.Deferred);
        }

        Assert.Empty(app.Messenger.Sends);
        app.SetLocal(new DateOnly(2024, 9, 18), 7, 45);
        await app.Runner.RunAsync(ct);
        await app.Runner.RunAsync(ct);
        var sent = Assert.Single(app.Messenger.Sends);
        Assert.Equal(Director, sent.User);
    }

    [Fact]
    public async Task A_snooze_without_a_day_asks_when()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        await using var app = ReminderHarness.Create(db, new Dictionary<string, string?>());
        var reply = await app.InScopeAsync(s => s.GetServices<IChatHandler>().OfType<SnoozeChatHandler>().Single()
            .TryHandleAsync(new IncomingMessage("remind me later", ReminderHarness.User(Director), new DateOnly(2024, 9, 13), "en-GB"), TestContext.Current.CancellationToken));
        Assert.StartsWith("When should I remind you again?", Assert.Single(reply!).Text, StringComparison.Ordinal);
    }
}
