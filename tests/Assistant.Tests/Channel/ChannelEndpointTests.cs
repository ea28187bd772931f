using System.Net;
using System.Text.Json.Nodes;
using Assistant.Bot.Channel;
using Assistant.Bot.Storage;
using Assistant.Tests.Channel.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Tests.Channel;

/// <summary>POST /api/messages as the SDK's CloudAdapter answers it: bad input is a 4xx, never a 500.</summary>
[Trait("Category", "Integration")]
public sealed class ChannelEndpointTests : IAsyncLifetime
{
    private BotHost _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await BotHost.StartAsync(new() { ["MaxRequestBodyBytes"] = "65536" });

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string, int> MalformedBodies() => new()
    {
        { string.Empty, 400 },
        { "{", 400 },
        { "not json at all", 400 },
        { "null", 400 },
        { "[]", 400 },
        { "\"message\"", 400 },
        { "42", 400 },
        { "{}", 400 },
        { "{\"text\":\"no type\"}", 400 },
        { "{\"type\":\"\"}", 400 },
        { "{\"type\":7}", 400 },
        { "{\"type\":\"message\",\"from\":\"not an object\"}", 400 },
        { "{\"type\":\"message\",\"membersAdded\":{}}", 400 },
        { new string('[', 5000) + new string(']', 5000), 400 },
        { "{\"type\":\"message\",\"text\":\"" + new string('x', 70_000) + "\"}", 413 },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task A_malformed_body_gets_a_4xx_sends_nothing_and_the_bot_keeps_answering(string body, int expected)
    {
        var response = await _bot.PostRawAsync(body, "Bearer " + _bot.TokenFor(_bot.Fixture("message-personal")));

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Empty(_bot.Connector.Requests);
        var answered = await _bot.SendAsync(_bot.Fixture("message-personal"));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Single(_bot.Connector.Messages);
    }

    [Fact]
    public async Task Only_POST_is_served()
    {
        var response = await _bot.Client.GetAsync("/api/messages", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_fields_and_unknown_activity_types_are_accepted_and_ignored()
    {
        var activity = _bot.Fixture("message-personal");
        activity["type"] = "somethingNew";
        activity["brandNewField"] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3) };

        var response = await _bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_bot.Connector.Requests);
    }

    [Fact]
    public async Task A_redelivered_activity_is_answered_once()
    {
        var activity = _bot.Fixture("message-personal");

        var first = await _bot.SendAsync(activity);
        var again = await _bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(_bot.Connector.Messages);
        Assert.Single(_bot.Engine.Questions);
    }

    [Fact]
    public async Task Concurrent_redeliveries_are_answered_once()
    {
        var activity = _bot.Fixture("message-groupchat");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _bot.SendAsync(activity)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(_bot.Connector.Messages);
    }

    [Fact]
    public async Task A_redelivery_after_a_restart_is_still_recognised()
    {
        var activity = _bot.Fixture("message-channel");
        await _bot.SendAsync(activity);
        await _bot.DisposeAsync();
        var first = _bot;
        _bot = await BotHost.StartAsync(databasePath: first.DatabasePath);

        activity["serviceUrl"] = _bot.Connector.ServiceUrl;
        var again = await _bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Empty(_bot.Connector.Requests);
        var fresh = await _bot.SendAsync(_bot.Fixture("message-personal"));
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Single(_bot.Connector.Messages);
    }

    [Fact]
    public async Task Every_inbound_activity_stores_the_senders_conversation_reference()
    {
        await _bot.SendAsync(_bot.Fixture("message-personal"));
        await _bot.SendAsync(_bot.Fixture("message-channel"));

        await using var scope = _bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssistantDbContext>();
        var references = await db.ConversationReferences.OrderBy(r => r.UserName).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, references.Count);
        var anna = references[0];
        Assert.Equal("Anna Lindqvist", anna.UserName);
        Assert.Equal("3f1d7c2a-9b8e-4d6f-a1c3-5e7b9d0f2a4c", anna.AadObjectId);
        Assert.Equal(BotHost.TenantId, anna.TenantId);
        Assert.Equal(_bot.Connector.ServiceUrl, anna.ServiceUrl);
        Assert.Equal("personal", anna.ConversationType);
        Assert.Equal(BotHost.BotId, anna.BotId);
        Assert.Equal("sv-SE", anna.Locale);
        Assert.Equal("1726472472593", anna.LastActivityId);
        Assert.Equal("channel", references[1].ConversationType);
    }

    [Fact]
    public async Task The_log_holds_no_token_and_no_message_text_above_trace()
    {
        var activity = _bot.Fixture("message-personal");
        var token = _bot.TokenFor(activity);
        await _bot.PostAsync(activity, token);
        await _bot.PostAsync(_bot.Fixture("message-groupchat"), _bot.TokenFor(activity, s => s with { Audience = "someone-else" }));

        var entries = _bot.Logs.Entries.ToList();
        Assert.Contains(entries, e => e.Message.Contains("Unauthorized", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Level == LogLevel.Trace && e.Message.Contains("rekryteringsbehovet", StringComparison.Ordinal));
        var connectorToken = Assert.Single(_bot.Issuer.IssuedAccessTokens);
        foreach (var entry in entries.Where(e => e.Level > LogLevel.Trace))
        {
            var text = entry.Message + entry.Exception + string.Join(";", entry.Scopes);
            Assert.DoesNotContain(token[..40], text, StringComparison.Ordinal);
            Assert.DoesNotContain(connectorToken, text, StringComparison.Ordinal);
            Assert.DoesNotContain("test-secret", text, StringComparison.Ordinal);
            Assert.DoesNotContain("rekryteringsbehovet", text, StringComparison.Ordinal);
            Assert.DoesNotContain("ligger efter", text, StringComparison.Ordinal);
        }

        Assert.Contains(entries, e => e.Scopes.Any(s => s.Contains("ActivityId=1726472472593", StringComparison.Ordinal)));
    }
}
