using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json.Nodes;
using Assistant.Bot.Channel;
using Assistant.Bot.Channel.Connector;
using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Conversation;
using Assistant.Tests.Channel.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.Channel;

/// <summary>
/// The connector client against the recording connector over real HTTP: retries on 429 (Retry-After), 412, 502, 503,
/// 504 and nothing else; bounded; one token for many calls; outbound only to allowed service URLs.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string Conversation = "a:1bQ5oTzX3nU8yR0wK2vH6jL4pM9cF7dS1aE5gB3iN8tY0uO2qW6eZ4xC9vR7mK1lJ3hG5fD8sA0pI2oU4yT6rE9wQ1zX7cV3bN5";
    private BotHost _bot = null!;
    private AsyncServiceScope _scope;

    public async ValueTask InitializeAsync()
    {
        var connector = await RecordingConnector.StartAsync();
        _bot = await BotHost.StartAsync(new() { ["ServiceUrls:0"] = connector.ServiceUrl, ["Connector:MaxRetries"] = "3" }, connector: connector);
        _scope = _bot.Services.CreateAsyncScope();
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _bot.DisposeAsync();
    }

    private IConnectorClient Client => _scope.ServiceProvider.GetRequiredService<IConnectorClient>();

    private static Activity Message(string text) => ActivityFactory.Message(new OutgoingMessage(text), "sv-SE");

    [Fact]
    public async Task A_429_is_retried_after_Retry_After()
    {
        _bot.Connector.Script(new ScriptedResponse(429, "{\"error\":{\"code\":\"Throttled\",\"message\":\"slow down\"}}", RetryAfter: "1"));
        var clock = Stopwatch.StartNew();

        var result = await Client.SendToConversationAsync(_bot.Connector.ServiceUrl, Conversation, Message("hej"), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(2, _bot.Connector.Requests.Count);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(10));
        Assert.Equal("activity-1", result.Value!.Id);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_transient_failure_is_retried_until_success(int status)
    {
        _bot.Connector.Script(new ScriptedResponse(status), new ScriptedResponse(status));

        var result = await Client.ReplyToActivityAsync(_bot.Connector.ServiceUrl, Conversation, "1726472472593", Message("hej"), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, _bot.Connector.Requests.Count);
    }

    [Theory]
    [InlineData(400, "BadArgument")]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(413, "MessageSizeTooBig")]
    [InlineData(500, "InternalServerError")]
    public async Task Other_failures_are_not_retried_and_come_back_with_the_connectors_error(int status, string code)
    {
        _bot.Connector.Script(new ScriptedResponse(status, $"{{\"error\":{{\"code\":\"{code}\",\"message\":\"nej\"}}}}"));

        var result = await Client.SendToConversationAsync(_bot.Connector.ServiceUrl, Conversation, Message("hej"), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(code, result.ErrorCode);
        Assert.Equal("nej", result.ErrorMessage);
        Assert.Single(_bot.Connector.Requests);
    }

    [Fact]
    public async Task A_401_drops_the_cached_token_and_is_tried_once_more_with_a_new_one()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True((await Client.SendToConversationAsync(_bot.Connector.ServiceUrl, Conversation, Message("först"), ct)).Succeeded);
        var tokensBefore = _bot.Issuer.IssuedAccessTokens.Count;
        _bot.Connector.Script(new ScriptedResponse(401, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"token revoked\"}}"));

        var result = await Client.SendToConversationAsync(_bot.Connector.ServiceUrl, Conversation, Message("hej"), ct);

        Assert.True(result.Succeeded);
        Assert.Equal(3, _bot.Connector.Requests.Count);
        Assert.Equal(tokensBefore + 1, _bot.Issuer.IssuedAccessTokens.Count);
    }

    [Fact]
    public async Task A_second_401_is_not_retried_again()
    {
        _bot.Connector.Script(new ScriptedResponse(401, "{\"error\":{\"code\":\"BotNotRegistered\",\"message\":\"nej\"}}"), new ScriptedResponse(401, "{\"error\":{\"code\":\"BotNotRegistered\",\"message\":\"nej\"}}"));

        var result = await Client.SendToConversationAsync(_bot.Connector.ServiceUrl, Conversation, Message("hej"), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(401, result.StatusCode);
        Assert.Equal("BotNotRegistered", result.ErrorCode);
        Assert.Equal(2, _bot.Connector.Requests.Count);
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        _bot.Connector.Script([.. Enumerable.Repeat(new ScriptedResponse(503), 10)]);

        var result = await Client.SendToConversationAsync(_bot.Connector.ServiceUrl, Conversation, Message("hej"), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(503, result.StatusCode);
        Assert.Equal(4, _bot.Connector.Requests.Count);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_allowed_is_not_waited_for()
    {
        _bot.Connector.Script(new ScriptedResponse(429, RetryAfter: "3600"));

        var result = await Client.SendToConversationAsync(_bot.Connector.ServiceUrl, Conversation, Message("hej"), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(429, result.StatusCode);
        Assert.Single(_bot.Connector.Requests);
    }

    [Fact]
    public async Task Many_calls_share_one_token_and_ids_are_escaped()
    {
        const string channelThread = "19:b7d1f3a5c9e2b4d6f8a0c2e4b6d8f0a2@thread.tacv2;messageid=1726575303401";
        var client = Client;

        var sent = await client.SendToConversationAsync(_bot.Connector.ServiceUrl, channelThread, Message("ett"), TestContext.Current.CancellationToken);
        var updated = await client.UpdateActivityAsync(_bot.Connector.ServiceUrl, channelThread, sent.Value!.Id!, Message("två"), TestContext.Current.CancellationToken);
        var deleted = await client.DeleteActivityAsync(_bot.Connector.ServiceUrl, channelThread, sent.Value!.Id!, BotHost.TenantId, TestContext.Current.CancellationToken);

        Assert.True(sent.Succeeded && updated.Succeeded && deleted.Succeeded);
        Assert.Single(_bot.Issuer.TokenRequests);
        var requests = _bot.Connector.Requests.ToList();
        Assert.Equal(["POST", "PUT", "DELETE"], requests.Select(r => r.Method));
        Assert.All(requests, r => Assert.Equal(channelThread, r.ConversationId));
        Assert.All(requests, r => Assert.Contains("19%3Ab7d1f3a5c9e2b4d6f8a0c2e4b6d8f0a2%40thread.tacv2%3Bmessageid%3D1726575303401", r.RawTarget, StringComparison.Ordinal));
        Assert.All(requests, r => Assert.Equal("Bearer connector-token-1", r.Authorization));
    }

    [Fact]
    public async Task A_serviceUrl_never_seen_nor_configured_gets_nothing_not_even_the_token()
    {
        var result = await Client.SendToConversationAsync("https://evil.example.com/teams/", Conversation, Message("hej"), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(LocalErrorCodes.ServiceUrlNotAllowed, result.ErrorCode);
        Assert.Empty(_bot.Issuer.TokenRequests);
    }

    [Fact]
    public async Task Plain_http_is_refused_except_on_loopback()
    {
        var result = await Client.SendToConversationAsync("http://smba.trafficmanager.net/teams/", Conversation, Message("hej"), TestContext.Current.CancellationToken);

        Assert.Equal(LocalErrorCodes.ServiceUrlNotAllowed, result.ErrorCode);
    }

    [Fact]
    public async Task A_proactive_1_to_1_conversation_is_created_stored_and_used()
    {
        var messenger = _scope.ServiceProvider.GetRequiredService<IProactiveMessenger>();

        var reference = await messenger.CreatePersonalConversationAsync("29:1Lp5oK9iJ3uH7yG1tF5rD9eS3wA7qZ1xC5vB9nM3", BotHost.TenantId, _bot.Connector.ServiceUrl, TestContext.Current.CancellationToken);
        Assert.NotNull(reference);
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray() };
        var sent = await messenger.SendAsync(reference, new OutgoingMessage("Påminnelse: två aktiviteter", card), TestContext.Current.CancellationToken);
        var updated = await messenger.UpdateAsync(reference, sent.ActivityId!, new OutgoingMessage("Tack!"), TestContext.Current.CancellationToken);

        Assert.Equal("a:new-personal-conversation", reference.ConversationId);
        Assert.True(sent.Succeeded);
        Assert.True(updated.Succeeded);
        var requests = _bot.Connector.Requests.ToList();
        var create = requests[0].Body!;
        Assert.Equal(BotHost.BotId, create["bot"]!["id"]!.GetValue<string>());
        Assert.Equal("29:1Lp5oK9iJ3uH7yG1tF5rD9eS3wA7qZ1xC5vB9nM3", create["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(BotHost.TenantId, create["tenantId"]!.GetValue<string>());
        Assert.Equal(BotHost.TenantId, create["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.False(create["isGroup"]!.GetValue<bool>());
        var message = requests[1].Body!;
        Assert.Equal("a:new-personal-conversation", requests[1].ConversationId);
        Assert.Equal("Påminnelse: två aktiviteter", message["summary"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", message["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal(BotHost.TenantId, message["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("PUT", requests[2].Method);
        Assert.Equal(sent.ActivityId, requests[2].ActivityId);
    }

    [Fact]
    public async Task A_proactive_send_to_a_user_who_has_not_installed_the_app_says_so()
    {
        var messenger = _scope.ServiceProvider.GetRequiredService<IProactiveMessenger>();
        var reference = await messenger.CreatePersonalConversationAsync("29:someone", BotHost.TenantId, _bot.Connector.ServiceUrl, TestContext.Current.CancellationToken);
        _bot.Connector.Script(new ScriptedResponse(403, "{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"The bot is not part of the conversation roster.\"}}"));

        var sent = await messenger.SendAsync(reference!, new OutgoingMessage("hej"), TestContext.Current.CancellationToken);

        Assert.False(sent.Succeeded);
        Assert.True(sent.NotInstalled);
        Assert.Equal("BotNotInConversationRoster", sent.ErrorCode);
    }
}
