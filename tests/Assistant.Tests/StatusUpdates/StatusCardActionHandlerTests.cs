using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Plans;
using Assistant.Bot.Clock;
using Assistant.Bot.Conversation;
using Assistant.Bot.StatusUpdates;
using Assistant.Cards.Model;
using Assistant.Tests.Infrastructure;
using Assistant.Tests.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.StatusUpdates;

/// <summary>The reminder card's save (Action.Execute or its Action.Submit fallback) and the confirm card, end to end on SQLite.</summary>
public sealed class StatusCardActionHandlerTests
{
    private const string Director = "11111111-1111-1111-1111-111111111111";
    private const string Finance = "22222222-2222-2222-2222-222222222222";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Owners:Direktör:0"] = Director,
        ["Owners:Ekonomichef:0"] = Finance,
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_owner_saves_statuses_and_gets_a_receipt_that_replaces_the_card(bool isInvoke)
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var a = await TestPlans.StoreAsync(
            db,
            TestPlans.Activity("Revidera riktlinjer FAS2", "Direktör", "Q3 2024", ActivityStatus.InProgress),
            TestPlans.Activity("Uppdrag 43", "Direktören", "Q3 2024", ActivityStatus.InProgress));
        await using var app = ReminderHarness.Create(db, Settings);
        var data = Data(7, a, (a[0].Id, "Done", "Klart i september"), (a[1].Id, "Remains", "Väntar på MBL"));

        var result = await HandleAsync(app, "saveStatus", data, Director, isInvoke);

        Assert.Equal(200, result.StatusCode);
        Assert.True(result.UpdateOriginal);
        Assert.Contains("Klart i september", result.Message.Card!.ToJsonString(), StringComparison.Ordinal);
        await using var check = TestDatabase.Reopen(db);
        var statuses = await check.Activities.OrderBy(x => x.Id).Select(x => x.Status).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([ActivityStatus.Done, ActivityStatus.Remains], statuses);
        Assert.All(await check.StatusChanges.ToListAsync(TestContext.Current.CancellationToken), c => Assert.Equal(StatusChannel.Card, c.Channel));
    }

    [Fact]
    public async Task A_second_delivery_of_the_same_save_records_nothing_new()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var a = await TestPlans.StoreAsync(db, TestPlans.Activity("Revidera riktlinjer FAS2", "Direktör", "Q3 2024", ActivityStatus.InProgress));
        await using var app = ReminderHarness.Create(db, Settings);
        var data = Data(7, a, (a[0].Id, "Done", "Klart"));

        var first = await HandleAsync(app, "saveStatus", data, Director, isInvoke: true);
        var second = await HandleAsync(app, "saveStatus", data, Director, isInvoke: false);

        Assert.Equal((200, 200), (first.StatusCode, second.StatusCode));
        await using var check = TestDatabase.Reopen(db);
        Assert.Equal(1, await check.StatusChanges.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_save_listing_an_activity_the_user_does_not_own_is_refused_whole_and_changes_nothing()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var a = await TestPlans.StoreAsync(
            db,
            TestPlans.Activity("Referenskostnader", "Ekonomichef", "Q3 2024", ActivityStatus.InProgress),
            TestPlans.Activity("Revidera riktlinjer FAS2", "Direktör", "Q3 2024", ActivityStatus.InProgress));
        await using var app = ReminderHarness.Create(db, Settings);

        var result = await HandleAsync(app, "saveStatus", Data(7, a, (a[0].Id, "Done", null), (a[1].Id, "Done", null)), Finance, isInvoke: true);

        Assert.Equal(403, result.StatusCode);
        Assert.False(result.UpdateOriginal);
        Assert.Contains("Revidera riktlinjer FAS2", result.Message.Text, StringComparison.Ordinal);
        Assert.Contains("Inget har ändrats", result.Message.Text, StringComparison.Ordinal);
        await using var check = TestDatabase.Reopen(db);
        Assert.Equal(0, await check.StatusChanges.CountAsync(TestContext.Current.CancellationToken));
        Assert.All(await check.Activities.ToListAsync(TestContext.Current.CancellationToken), x => Assert.Equal(ActivityStatus.InProgress, x.Status));
    }

    [Theory]
    [InlineData("""{"verb":"saveStatus"}""")]
    [InlineData("""{"verb":"saveStatus","reminderId":7,"activityIds":[1],"status-1":"Nästan"}""")]
    [InlineData("""{"verb":"saveStatus","reminderId":7,"activityIds":[1]}""")]
    public async Task Bad_card_data_gets_a_clear_400(string json)
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        await using var app = ReminderHarness.Create(db, Settings);
        var result = await HandleAsync(app, "saveStatus", JsonNode.Parse(json)!.AsObject(), Director, isInvoke: true);
        Assert.Equal(400, result.StatusCode);
        Assert.NotNull(result.Message.Card);
    }

    [Fact]
    public async Task The_confirm_card_records_the_picked_activity_through_the_chat_channel()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var a = await TestPlans.StoreAsync(db, TestPlans.Activity("Revidera riktlinjer FAS2", "Direktör", "Q3 2024", ActivityStatus.InProgress));
        await using var app = ReminderHarness.Create(db, Settings);
        var data = new JsonObject { ["verb"] = "confirmStatus", ["activityId"] = a[0].Id, ["status"] = "Done", ["comment"] = "klar i oktober" };

        var result = await HandleAsync(app, "confirmStatus", data, Director, isInvoke: true);

        Assert.Equal(200, result.StatusCode);
        await using var check = TestDatabase.Reopen(db);
        var change = await check.StatusChanges.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((ActivityStatus.Done, "klar i oktober", StatusChannel.Chat), (change.To!.Value, change.Comment, change.Channel));
    }

    [Fact]
    public async Task The_refreshed_card_is_the_card_that_was_sent_greeting_the_owner_and_naming_the_period()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var a = await TestPlans.StoreAsync(
            db,
            TestPlans.Activity("Revidera riktlinjer FAS2", "Direktör", "Q3 2024", ActivityStatus.InProgress),
            TestPlans.Activity("Uppdrag 43", "Direktör", "Q3 2024", null));
        await using var app = ReminderHarness.Create(db, Settings);
        var today = new DateOnly(2024, 9, 18);
        var sent = await app.InScopeAsync(s => Task.FromResult(ReminderCards.Build(
            7, "Direktör", [ReminderHarness.User(Director).Id], a, today, "Q3 2024", Assistant.Cards.Text.CardLanguage.Swedish, s.GetRequiredService<ILocalClock>()).ToJsonObject()));
        var refreshData = sent["refresh"]!["action"]!["data"]!.AsObject().DeepClone().AsObject();

        // The clicking user's display name is "Test Person", not the owner as the plan names it: the card still greets the owner.
        var result = await HandleAsync(app, "refreshReminder", refreshData, Director, isInvoke: true);

        Assert.Equal(200, result.StatusCode);
        Assert.True(JsonNode.DeepEquals(sent, result.Message.Card), $"sent:    {sent.ToJsonString()}\nrefresh: {result.Message.Card!.ToJsonString()}");
        Assert.Contains("Q3 2024", result.Message.Card!.ToJsonString(), StringComparison.Ordinal);
    }

    private static JsonObject Data(long reminderId, IReadOnlyList<PlanActivity> activities, params (int Id, string? Status, string? Comment)[] answers)
    {
        var data = new JsonObject
        {
            ["verb"] = "saveStatus",
            ["reminderId"] = reminderId,
            ["activityIds"] = new JsonArray([.. activities.Select(x => (JsonNode)x.Id)]),
        };
        foreach (var (id, status, comment) in answers)
        {
            data[$"status-{id}"] = status;
            data[$"comment-{id}"] = comment;
        }

        return data;
    }

    private static Task<CardActionResult> HandleAsync(ReminderHarness app, string verb, JsonObject data, string user, bool isInvoke) =>
        app.InScopeAsync(s =>
        {
            var handler = s.GetServices<ICardActionHandler>().Single(h => h.CanHandle(verb));
            var action = new CardAction(verb, JsonSerializer.SerializeToElement(data), ReminderHarness.User(user), new DateOnly(2024, 9, 18), "sv-SE", $"a:{user}", "card-msg-1", isInvoke ? "invoke-1" : "submit-1", isInvoke);
            return handler.HandleAsync(action, TestContext.Current.CancellationToken);
        });
}
