using System.Net;
using Assistant.Bot.Channel;
using Assistant.Bot.Storage;
using Assistant.Tests.Channel.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Tests.Channel;

/// <summary>Development mode (no MicrosoftAppId) and the tenant allow-list.</summary>
[Trait("Category", "Integration")]
public sealed class ChannelPolicyTests
{
    [Fact]
    public async Task Without_an_app_id_an_anonymous_request_is_answered_without_a_token_and_the_mode_is_logged_loudly()
    {
        await using var bot = await BotHost.StartAsync(new() { ["MicrosoftAppId"] = null, ["MicrosoftAppPassword"] = null });

        var response = await bot.PostAsync(bot.Fixture("message-personal"), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(bot.Connector.Messages);
        Assert.Equal(string.Empty, reply.Authorization);
        Assert.Empty(bot.Issuer.TokenRequests);
        Assert.Contains(bot.Logs.Entries, e => e.Level == LogLevel.Critical && e.Message.Contains("ANONYMOUS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_an_app_id_a_request_that_carries_a_token_is_still_validated()
    {
        await using var bot = await BotHost.StartAsync(new() { ["MicrosoftAppId"] = null, ["MicrosoftAppPassword"] = null });
        var activity = bot.Fixture("message-personal");

        var forged = await bot.PostAsync(activity, bot.TokenFor(activity, s => s with { SignWithKeyOf = LocalIssuer.RogueKey }));
        var valid = await bot.PostAsync(activity, bot.TokenFor(activity));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, valid.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    [Fact]
    public async Task A_tenant_outside_the_allow_list_is_refused_and_nothing_is_stored_or_sent()
    {
        await using var bot = await BotHost.StartAsync(new() { ["AllowedTenants:0"] = "0a1b2c3d-0000-4000-8000-000000000001" });

        var refused = await bot.SendAsync(bot.Fixture("message-personal"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(bot.Connector.Requests);
        await using var scope = bot.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AssistantDbContext>().ConversationReferences.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_tenant_on_the_allow_list_is_answered()
    {
        await using var bot = await BotHost.StartAsync(new() { ["AllowedTenants:0"] = "0a1b2c3d-0000-4000-8000-000000000001", ["AllowedTenants:1"] = BotHost.TenantId.ToUpperInvariant() });

        var response = await bot.SendAsync(bot.Fixture("message-personal"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Connector.Messages);
    }

    [Fact]
    public async Task Signing_keys_that_cannot_be_fetched_give_503_not_401_or_500()
    {
        await using var bot = await BotHost.StartAsync(new() { ["ToBotFromChannelOpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration" });

        var response = await bot.SendAsync(bot.Fixture("message-personal"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }
}
