using System.Net;
using System.Text.Json.Nodes;
using Assistant.Bot.Conversation;
using Assistant.Bot.DevChat;
using Assistant.Tests.DevChat.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.DevChat;

/// <summary>The embedded Direct Line over real HTTP, with the real channel and connector client behind it.</summary>
[Trait("Category", "Integration")]
public sealed class DirectLineEndpointTests : IAsyncLifetime
{
    private readonly CardRoundTripFeature _feature = new();
    private DirectLineHost _host = null!;

    public async ValueTask InitializeAsync() =>
        _host = await DirectLineHost.StartAsync(services: s =>
        {
            s.AddSingleton<IChatHandler>(_feature);
            s.AddSingleton<ICardActionHandler>(_feature);
        });

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Start_FirstTime_CreatesTheTokensConversation_AndTheBotWelcomesTheUser()
    {
        var client = _host.NewClient();
        var generated = await client.GenerateAsync();

        var (status, started) = await client.StartAsync();

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(generated["conversationId"]!.GetValue<string>(), started!["conversationId"]!.GetValue<string>());
        Assert.Equal(client.Token, started["token"]!.GetValue<string>());
        Assert.InRange(started["expires_in"]!.GetValue<int>(), 1700, 1800);
        var welcome = await client.WaitForAsync(a => Role(a) == "bot");
        Assert.Contains("Hej", (welcome["text"] ?? welcome["summary"])!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("directline", welcome["channelId"]!.GetValue<string>());

        var (again, _) = await client.StartAsync();
        Assert.Equal(HttpStatusCode.OK, again);
    }

    [Fact]
    public async Task Post_IsEchoedAsTheTokensUser_ThenTheReplyArrives_AndTheWatermarkMovesOn()
    {
        var client = _host.NewClient();
        await client.GenerateAsync(WebChatPerson.AdminId);
        await client.StartAsync();
        await client.WaitForAsync(a => Role(a) == "bot");

        var id = await client.SayAsync("ping");
        var seen = new List<JsonObject>();
        var reply = await client.WaitForAsync(a => Role(a) == "bot" && a["replyToId"]?.GetValue<string>() == id, seen);

        var echo = Assert.Single(seen, a => a["id"]!.GetValue<string>() == id);
        Assert.Equal(WebChatPerson.AdminId, echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("user", Role(echo));
        Assert.NotNull(echo["channelData"]!["clientActivityId"]);
        Assert.True(seen.IndexOf(echo) < seen.IndexOf(reply));
        Assert.Equal($"pong Admin {WebChatPerson.AdminId} {WebChatPerson.Admin.AadObjectId}", reply["text"]!.GetValue<string>());
        Assert.StartsWith(client.ConversationId + "|", reply["id"]!.GetValue<string>(), StringComparison.Ordinal);

        var watermark = client.Watermark;
        Assert.Empty(await client.PollAsync());
        Assert.Equal(watermark, client.Watermark);
    }

    [Fact]
    public async Task CardSubmit_ReachesTheOwningFeature_WithTheCardsMessage_AndTheCardIsReplacedInPlace()
    {
        var client = _host.NewClient();
        await client.GenerateAsync();
        await client.StartAsync();
        await client.SayAsync("kort");
        var card = await client.WaitForAsync(a => a["attachments"]?.ToJsonString().Contains(CardRoundTripFeature.Verb, StringComparison.Ordinal) == true);
        var cardId = card["id"]!.GetValue<string>();

        // What Web Chat posts for the Action.Submit fallback: the data merged with the inputs, no text, no replyToId.
        await client.PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["value"] = new JsonObject { ["verb"] = CardRoundTripFeature.Verb, ["ticket"] = 7, ["note"] = "klart i oktober" },
            ["channelData"] = new JsonObject { ["postBack"] = true, ["clientActivityId"] = "c-1" },
        });
        var updated = await client.WaitForAsync(a => a["id"]!.GetValue<string>() == cardId);

        var action = Assert.Single(_feature.Actions);
        Assert.Equal(cardId, action.CardMessageId);
        Assert.False(action.IsInvoke);
        Assert.Equal("Sparat: klart i oktober", updated["attachments"]![0]!["content"]!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(card["timestamp"]!.GetValue<string>(), updated["timestamp"]!.GetValue<string>());
    }

    [Fact]
    public async Task TeamsImBack_FromACard_ArrivesAsTheTypedText()
    {
        var client = _host.NewClient();
        await client.GenerateAsync();
        await client.StartAsync();

        var id = await client.PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["value"] = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = "ping" } },
        });

        var reply = await client.WaitForAsync(a => a["replyToId"]?.GetValue<string>() == id);
        Assert.StartsWith("pong ", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostSentAgain_WithTheSameClientActivityId_IsHandledOnce()
    {
        var client = _host.NewClient();
        await client.GenerateAsync();
        await client.StartAsync();
        var ping = new JsonObject { ["type"] = "message", ["text"] = "ping", ["channelData"] = new JsonObject { ["clientActivityId"] = "retry-1" } };

        var first = await client.PostAsync(ping);
        var again = await client.PostAsync(ping);

        Assert.Equal(first, again);
        var seen = new List<JsonObject>();
        await client.WaitForAsync(a => a["replyToId"]?.GetValue<string>() == first, seen);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        seen.AddRange(await client.PollAsync());
        Assert.Single(seen, a => a["text"]?.GetValue<string>() == "ping");
        Assert.Single(seen, a => a["replyToId"]?.GetValue<string>() == first);
    }

    [Fact]
    public async Task AnActivityDeliveredTwice_IsAnsweredOnce_AsOnApiMessages()
    {
        var client = _host.NewClient();
        await client.GenerateAsync();
        await client.StartAsync();
        var id = await client.SayAsync("ping");
        var seen = new List<JsonObject>();
        await client.WaitForAsync(a => a["replyToId"]?.GetValue<string>() == id, seen);
        var posted = Assert.Single(seen, a => a["id"]!.GetValue<string>() == id);

        // The same activity (same id) handed to the bot again, as a redelivery would: the turn runner's claim refuses it.
        var again = await _host.Services.GetRequiredService<DirectLineBot>().DeliverAsync(posted.DeepClone().AsObject(), TestContext.Current.CancellationToken);

        Assert.Null(again);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        seen.AddRange(await client.PollAsync());
        Assert.Single(seen, a => a["replyToId"]?.GetValue<string>() == id);
    }

    [Fact]
    public async Task SamePerson_GetsTheSameConversation_WithItsHistory()
    {
        var first = _host.NewClient();
        await first.GenerateAsync(WebChatPerson.AdminId);
        await first.StartAsync();
        await first.SayAsync("ping");

        var second = _host.NewClient();
        await second.GenerateAsync(WebChatPerson.AdminId);

        Assert.Equal(first.ConversationId, second.ConversationId);
        Assert.NotEqual(first.Token, second.Token);
        await second.WaitForAsync(a => a["text"]?.GetValue<string>() == "ping");
    }

    [Fact]
    public async Task Refresh_GivesANewTokenForTheSameConversation()
    {
        var client = _host.NewClient();
        await client.GenerateAsync();
        var (status, refreshed) = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(client.ConversationId, refreshed!["conversationId"]!.GetValue<string>());
        client.Token = refreshed["token"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Created, (await client.StartAsync()).Status);
    }

    [Fact]
    public async Task BadRequests_AreRefusedWithAClearError_AndChangeNothing()
    {
        var a = _host.NewClient();
        await a.GenerateAsync();
        var b = _host.NewClient();
        await b.GenerateAsync();
        var path = $"/v3/directline/conversations/{a.ConversationId}/activities";
        var message = new JsonObject { ["type"] = "message", ["text"] = "ping" };

        var noToken = new DirectLineTestClient(_host.Client);
        Assert.Equal(HttpStatusCode.Unauthorized, (await noToken.SendAsync(HttpMethod.Post, path, message)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await b.SendAsync(HttpMethod.Post, path, message)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await new DirectLineTestClient(_host.Client) { Token = "forged" }.SendAsync(HttpMethod.Get, path, null)).Status);
        var (noType, error) = await a.SendAsync(HttpMethod.Post, path, new JsonObject { ["text"] = "ping" });
        Assert.Equal(HttpStatusCode.BadRequest, noType);
        Assert.Equal("MissingProperty", error!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await a.SendAsync(HttpMethod.Post, path, new JsonObject { ["type"] = "invoke", ["name"] = "adaptiveCard/action" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await a.SendAsync(HttpMethod.Get, path + "?watermark=abc", null)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await noToken.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", new JsonObject { ["user"] = new JsonObject { ["id"] = "29:someone-in-teams" } }, authorize: false)).Status);

        Assert.Empty(await a.PollAsync());
    }

    private static string? Role(JsonObject activity) => activity["from"]?["role"]?.GetValue<string>();
}
