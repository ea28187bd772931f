using Assistant.Bot.Channel;
using Assistant.Bot.Plans;
using Assistant.Bot.Conversation;
using Assistant.Tests.Infrastructure;
using Assistant.Tests.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.StatusUpdates.Chat;

/// <summary>Chat as the turn handling asks it: every IChatHandler in Order, the first answer wins.</summary>
public sealed class StatusChatTests
{
    private const string Director = "11111111-1111-1111-1111-111111111111";
    private const string Deputy = "55555555-5555-5555-5555-555555555555";
    private const string Stranger = "44444444-4444-4444-4444-444444444444";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Owners:Direktör:0"] = Director,
        ["Owners:Biträdande direktör:0"] = Deputy,
    };

    private static async Task<(ReminderHarness App, IReadOnlyList<PlanActivity> Activities)> SetUpAsync()
    {
        var db = await TestDatabase.CreateSqliteAsync();
        var activities = await TestPlans.StoreAsync(
            db,
            TestPlans.Activity("Förvaltningschefens aktiviteter - Revidering av riktlinjer FAS2", "Direktör", "Q3 2024", ActivityStatus.InProgress),
            TestPlans.Activity("Utveckling av organisering och arbetssätt utifrån PM3", "Biträdande direktör", "Q2 2024", ActivityStatus.InProgress),
            TestPlans.Activity("Utreda en bemanningspool med fasta anställningar", "Direktören", "Q2 2024", ActivityStatus.InProgress),
            TestPlans.Activity("Revidering av riktlinjer för hemtjänst", "Avd- c ÖVF", "Q4 2024", ActivityStatus.InProgress),
            TestPlans.Activity("Revidering av riktlinjer för särskilt boende", "Avd- c VB", "Q4 2024", ActivityStatus.Done));
        var app = ReminderHarness.Create(db, Settings);
        await db.DisposeAsync();
        return (app, activities);
    }

    [Fact]
    public async Task An_owner_writes_a_status_in_swedish_and_it_is_recorded_with_the_comment()
    {
        var (app, a) = await SetUpAsync();
        await using var _ = app;

        var reply = await SayAsync(app, "FAS2 pågår, klar i oktober", Director);

        Assert.Contains("Sparat", reply.Text, StringComparison.Ordinal);
        var change = await app.InScopeAsync(s => s.GetRequiredService<Bot.Storage.AssistantDbContext>().StatusChanges.SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal((a[0].Id, ActivityStatus.InProgress, "klar i oktober", StatusChannel.Chat), (change.ActivityId, change.To!.Value, change.Comment, change.Channel));
    }

    [Fact]
    public async Task The_same_chat_message_delivered_twice_is_recorded_once()
    {
        var (app, _) = await SetUpAsync();
        await using var __ = app;

        await SayAsync(app, "status för bemanningspoolen: klart", Director, activityId: "m1");
        var again = await SayAsync(app, "status för bemanningspoolen: klart", Director, activityId: "m1");

        Assert.Contains("Redan sparat", again.Text, StringComparison.Ordinal);
        Assert.Equal(1, await app.InScopeAsync(s => s.GetRequiredService<Bot.Storage.AssistantDbContext>().StatusChanges.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Someone_else_is_refused_in_their_language_and_nothing_changes()
    {
        var (app, _) = await SetUpAsync();
        await using var __ = app;

        var reply = await SayAsync(app, "set PM3 to done", Stranger);

        Assert.StartsWith("You cannot change the status", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.InScopeAsync(s => s.GetRequiredService<Bot.Storage.AssistantDbContext>().StatusChanges.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Words_that_fit_several_activities_get_a_confirm_card()
    {
        var (app, a) = await SetUpAsync();
        await using var __ = app;

        var reply = await SayAsync(app, "Revidering av riktlinjer: klart", Stranger);

        var json = reply.Card!.ToJsonString();
        Assert.Contains("confirmStatus", json, StringComparison.Ordinal);
        Assert.Contains($"\"activityId\":{a[3].Id}", json, StringComparison.Ordinal);
        Assert.Contains($"\"activityId\":{a[0].Id}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Among_several_the_writers_own_activity_is_taken()
    {
        var (app, a) = await SetUpAsync();
        await using var __ = app;

        var reply = await SayAsync(app, "Revidering av riktlinjer: klart", Director);

        Assert.Null(reply.Card);
        Assert.Contains("Sparat", reply.Text, StringComparison.Ordinal);
        Assert.Equal(a[0].Id, await app.InScopeAsync(s => s.GetRequiredService<Bot.Storage.AssistantDbContext>().StatusChanges.Select(c => c.ActivityId).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task An_explicit_update_of_an_unknown_activity_says_so_and_a_question_is_left_to_answering()
    {
        var (app, _) = await SetUpAsync();
        await using var __ = app;

        Assert.Contains("ingen aktivitet som matchar", (await SayAsync(app, "status för budgetprocessen: klart", Director)).Text, StringComparison.Ordinal);
        Assert.Null(await TrySayAsync(app, "Vilka aktiviteter är klara?", Director));
        Assert.Null(await TrySayAsync(app, "Budgetprocessen pågår", Director));
    }

    [Fact]
    public async Task Mina_aktiviteter_lists_the_users_open_activities_as_a_form()
    {
        var (app, a) = await SetUpAsync();
        await using var __ = app;

        var reply = await SayAsync(app, "mina aktiviteter", Director);

        Assert.StartsWith("Du (Direktör, Direktören) är ansvarig för 2 aktiviteter: 2 öppna, 0 klara.", reply.Text, StringComparison.Ordinal);
        var json = reply.Card!.ToJsonString();
        Assert.Contains($"status-{a[0].Id}", json, StringComparison.Ordinal);
        Assert.Contains($"status-{a[2].Id}", json, StringComparison.Ordinal);
        Assert.DoesNotContain($"status-{a[1].Id}", json, StringComparison.Ordinal);
        Assert.Contains("I find no activities", (await SayAsync(app, "my activities", Stranger)).Text, StringComparison.Ordinal);
    }

    private static async Task<OutgoingMessage> SayAsync(ReminderHarness app, string text, string user, string? activityId = null) =>
        Assert.Single(await TrySayAsync(app, text, user, activityId) ?? throw new Xunit.Sdk.XunitException($"no handler took \"{text}\""));

    private static Task<IReadOnlyList<OutgoingMessage>?> TrySayAsync(ReminderHarness app, string text, string user, string? activityId = null) =>
        app.InScopeAsync(async s =>
        {
            var message = new IncomingMessage(text, ReminderHarness.User(user), new DateOnly(2024, 9, 18), "sv-SE", $"a:{user}", activityId);
            foreach (var handler in s.GetServices<IChatHandler>().OrderBy(h => h.Order))
            {
                if (await handler.TryHandleAsync(message, TestContext.Current.CancellationToken) is { } reply)
                {
                    return reply;
                }
            }

            return (IReadOnlyList<OutgoingMessage>?)null;
        });
}
