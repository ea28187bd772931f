using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.DevChat;
using Assistant.Tests.DevChat.Infrastructure;

namespace Assistant.Tests.DevChat;

/// <summary>
/// The chat page's own scenario over real HTTP, with every real feature behind it (answering, reminders, cards,
/// status recording): an owner asks, the admin panel runs the reminder job, the owner answers the card, and the new
/// status is what the bot then says.
/// </summary>
[Trait("Category", "Integration")]
public sealed class WebChatReminderTests : IAsyncLifetime
{
    private DirectLineHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await DirectLineHost.StartAsync(WebChatScenario.Settings);
        await WebChatScenario.ImportAsync(_host);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Owner_GetsTheReminderCard_AnswersIt_AndTheBotKnowsTheNewStatus()
    {
        var owner = _host.NewClient();
        await owner.GenerateAsync(await WebChatScenario.PersonIdAsync(_host, WebChatScenario.OwnerName));
        await owner.StartAsync();

        var forecast = await owner.WaitForAsync(IsReplyTo(await owner.SayAsync(WebChatScenario.ForecastQuestion)));
        Assert.Contains(WebChatScenario.ForecastAnswer, Text(forecast), StringComparison.Ordinal);

        var run = await RunRemindersAsync(WebChatScenario.ReminderDate);
        Assert.Equal(HttpStatusCode.OK, run.Status);
        var sent = Assert.Single(run.Body["reminders"]!.AsArray(), r => r!["owner"]!.GetValue<string>() == WebChatScenario.OwnerName)!;
        Assert.Equal("Sent", sent["state"]!.GetValue<string>());
        Assert.Equal("2025-Q3-14d", sent["window"]!.GetValue<string>());

        var card = await owner.WaitForAsync(a => a["attachments"] is JsonArray && Json(a["attachments"]).Contains(WebChatScenario.ActivityTitle, StringComparison.Ordinal));
        var content = card["attachments"]![0]!["content"]!.AsObject();
        var submit = CardSubmitMatcher.ActionData(content).First(d => d["verb"]?.GetValue<string>() == "saveStatus");
        var activityId = submit["activityIds"]![0]!.GetValue<int>();
        var value = submit.DeepClone().AsObject();
        value[$"status-{activityId}"] = ChoiceValue(content, $"status-{activityId}", "Pågår");
        value[$"comment-{activityId}"] = "Leverantören är vald, start i oktober";
        await owner.PostAsync(new JsonObject { ["type"] = "message", ["value"] = value, ["channelData"] = new JsonObject { ["postBack"] = true } });

        var receipt = await owner.WaitForAsync(a => a["id"]!.GetValue<string>() == card["id"]!.GetValue<string>());
        Assert.Contains("Pågår", Json(receipt["attachments"]), StringComparison.Ordinal);
        Assert.DoesNotContain("status-", Json(receipt["attachments"]), StringComparison.Ordinal);

        var status = await owner.WaitForAsync(IsReplyTo(await owner.SayAsync(WebChatScenario.StatusQuestion)));
        var said = Text(status);
        Assert.Contains("Pågår", said, StringComparison.Ordinal);
        Assert.Contains("Leverantören är vald", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOwner_PressingTheWelcomeCardsMinaAktiviteter_GetsTheirOwnActivities()
    {
        var owner = _host.NewClient();
        await owner.GenerateAsync(await WebChatScenario.PersonIdAsync(_host, WebChatScenario.OwnerName));
        await owner.StartAsync();

        // What Web Chat posts for the welcome card's Teams imBack button.
        var id = await owner.PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["value"] = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = "Mina aktiviteter" } },
        });

        var reply = await owner.WaitForAsync(IsReplyTo(id));
        Assert.Contains(WebChatScenario.ActivityTitle, Text(reply), StringComparison.Ordinal);
        Assert.DoesNotContain("nattkameror", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReminderRun_WithoutAValidDate_IsRefused()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await RunRemindersAsync("16/9")).Status);
    }

    [Fact]
    public async Task ReminderRun_ForAnOwnerNobodyChatsAs_SaysWhyNothingWasSent()
    {
        var run = await RunRemindersAsync(WebChatScenario.ReminderDate);

        var row = Assert.Single(run.Body["reminders"]!.AsArray(), r => r!["owner"]!.GetValue<string>() == WebChatScenario.OwnerName)!;
        Assert.Equal("Unresolved", row["state"]!.GetValue<string>());
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> RunRemindersAsync(string date)
    {
        using var response = await _host.Client.PostAsJsonAsync("/webchat/api/reminders/run", new { date }, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        return (response.StatusCode, body);
    }

    private static Func<JsonObject, bool> IsReplyTo(string id) => a => a["replyToId"]?.GetValue<string>() == id && a["from"]!["role"]!.GetValue<string>() == "bot";

    // The answer's text, or with a card its summary and the card's text.
    private static string Text(JsonObject activity) =>
        (activity["text"]?.GetValue<string>() ?? string.Empty) + (activity["summary"]?.GetValue<string>() ?? string.Empty) + Json(activity["attachments"]);

    // Readable JSON: "Införa", not "Inf\u00F6ra".
    private static string Json(JsonNode? node) => node?.ToJsonString(Readable) ?? string.Empty;

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string ChoiceValue(JsonNode card, string inputId, string title)
    {
        var input = Find(card, n => n["id"]?.GetValue<string>() == inputId)!;
        return input["choices"]!.AsArray().Single(c => c!["title"]!.GetValue<string>() == title)!["value"]!.GetValue<string>();
    }

    private static JsonObject? Find(JsonNode? node, Func<JsonObject, bool> match) => node switch
    {
        JsonObject o when match(o) => o,
        JsonObject o => o.Select(p => Find(p.Value, match)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(n => Find(n, match)).FirstOrDefault(f => f is not null),
        _ => null,
    };
}
