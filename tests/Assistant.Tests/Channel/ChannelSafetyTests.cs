using System.Net;
using Assistant.Bot.Channel.Turns;
using Assistant.Bot.Channel;
using Assistant.Bot.Storage;
using Assistant.Tests.Channel.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.Channel;

/// <summary>Issue 16 on /api/messages: Teams only, tenants checked, forged input kept out of logs, failures answered.</summary>
[Trait("Category", "Integration")]
public sealed class ChannelSafetyTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("webchat", HttpStatusCode.Forbidden)]
    [InlineData("emulator", HttpStatusCode.Forbidden)]
    [InlineData("directline", HttpStatusCode.Unauthorized)] // the Teams key is not endorsed for it: refused even earlier
    public async Task An_activity_from_another_channel_is_refused_with_403_even_with_a_valid_token(string channel, HttpStatusCode expected)
    {
        await using var bot = await BotHost.StartAsync();
        var activity = bot.Fixture("message-personal");
        activity["channelId"] = channel;

        var response = await bot.PostAsync(activity, bot.TokenFor(activity, t => t with { KeyId = channel == "webchat" ? LocalIssuer.WebChatKey : LocalIssuer.TeamsKey }));

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
        await using var scope = bot.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AssistantDbContext>().ConversationReferences.AnyAsync(Cancel));
    }

    [Fact]
    public async Task An_anonymous_webchat_activity_is_refused_with_403()
    {
        await using var bot = await BotHost.StartAsync(new() { ["MicrosoftAppId"] = null, ["MicrosoftAppPassword"] = null });
        var activity = bot.Fixture("message-personal");
        activity["channelId"] = "emulator";

        var response = await bot.PostAsync(activity, token: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    [Fact]
    public async Task A_channel_enabled_in_settings_is_served()
    {
        await using var bot = await BotHost.StartAsync(new() { ["Channel:EnabledChannels:0"] = "webchat" });
        var activity = bot.Fixture("message-personal");
        activity["channelId"] = "webchat";

        var response = await bot.PostAsync(activity, bot.TokenFor(activity, t => t with { KeyId = LocalIssuer.WebChatKey }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Connector.Messages);
    }

    [Fact]
    public async Task A_single_tenant_bot_without_AllowedTenants_refuses_other_tenants()
    {
        const string own = "0a1b2c3d-0000-4000-8000-000000000001";
        await using var bot = await BotHost.StartAsync(new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = own });

        var foreign = await bot.SendAsync(bot.Fixture("message-personal"));
        var card = await bot.SendAsync(bot.Fixture("adaptive-card-action"));

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, card.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    [Fact]
    public async Task Outside_development_an_anonymous_turn_is_answered_only_to_a_configured_service_url_and_its_reference_is_never_stored()
    {
        await using var bot = await BotHost.StartAsync(
            new() { ["MicrosoftAppId"] = null, ["MicrosoftAppPassword"] = null, ["Channel:AllowUnauthenticatedOutsideDevelopment"] = "true" },
            environment: "Staging");

        var response = await bot.PostAsync(bot.Fixture("message-personal"), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Connector.Requests); // the forged serviceUrl is not called

        await using var configured = await BotHost.StartAsync(
            new() { ["MicrosoftAppId"] = null, ["MicrosoftAppPassword"] = null, ["Channel:AllowUnauthenticatedOutsideDevelopment"] = "true", ["ServiceUrls:0"] = bot.Connector.ServiceUrl },
            sharing: bot,
            environment: "Staging");
        Assert.Equal(HttpStatusCode.OK, (await configured.PostAsync(configured.Fixture("message-personal"), token: null)).StatusCode);
        Assert.Single(bot.Connector.Messages);
        await using var scope = configured.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AssistantDbContext>().ConversationReferences.AnyAsync(Cancel));
    }

    [Fact]
    public async Task A_forged_channel_id_cannot_write_a_log_line_of_its_own()
    {
        await using var bot = await BotHost.StartAsync();
        var activity = bot.Fixture("message-personal");
        activity["channelId"] = "webchat\r\n2026-01-01 fail: Admin granted";

        await bot.PostAsync(activity, bot.TokenFor(activity));

        var lines = bot.Logs.Entries.Where(e => e.Message.Contains("Admin granted", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, e => Assert.DoesNotContain('\n', e.Message));
        Assert.All(lines, e => Assert.DoesNotContain('\r', e.Message));
    }

    [Theory]
    [InlineData("action-submit")]
    [InlineData("adaptive-card-action")]
    public async Task A_forged_card_verb_cannot_write_a_log_line_of_its_own(string fixture)
    {
        await using var bot = await BotHost.StartAsync();
        var activity = bot.Fixture(fixture);
        var holder = fixture == "action-submit" ? activity["value"]! : activity["value"]!["action"]!;
        holder["verb"] = "x\r\n2026-01-01 fail: Admin granted";

        await bot.SendAsync(activity);

        var lines = bot.Logs.Entries.Where(e => e.Message.Contains("Admin granted", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, e => Assert.DoesNotContain('\n', e.Message));
        Assert.All(lines, e => Assert.DoesNotContain('\r', e.Message));
    }

    [Fact]
    public async Task A_turn_that_fails_unexpectedly_tells_the_user_and_is_not_retried()
    {
        await using var bot = await BotHost.StartAsync();
        bot.Engine.Throw = new InvalidOperationException("a bug");

        var response = await bot.SendAsync(bot.Fixture("message-personal"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(bot.Connector.Messages);
        Assert.Equal(TurnFailure.Text, reply.Body!["text"]!.GetValue<string>());
        Assert.Contains(bot.Logs.Entries, e => e.Exception is not null && e.Message.Contains("Turn of activity", StringComparison.Ordinal) && e.Message.Contains(bot.Fixture("message-personal")["id"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_turn_that_fails_on_an_unreachable_service_answers_500_so_the_connector_retries()
    {
        await using var bot = await BotHost.StartAsync();
        bot.Engine.Throw = new HttpRequestException("the directory did not answer");

        var response = await bot.SendAsync(bot.Fixture("message-personal"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(bot.Connector.Messages);
    }

    [Fact]
    public async Task A_timeout_inside_the_answer_is_a_failure_to_retry_not_a_reason_to_keep_typing()
    {
        await using var bot = await BotHost.StartAsync();
        bot.Engine.Throw = new TimeoutException("the database did not answer");

        // Before the fix the turn took the answer's own TimeoutException for its typing timer and sent typing forever.
        var response = await bot.SendAsync(bot.Fixture("message-personal")).WaitAsync(TimeSpan.FromSeconds(30), Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(bot.Connector.Messages);
        Assert.True(bot.Connector.Activities.Count <= 1, $"{bot.Connector.Activities.Count} typing indicators");
    }

    [Fact]
    public void Log_values_lose_their_control_characters()
    {
        Assert.Equal("a  b c", Bot.Channel.LogText.Clean("a\r\nb\u2028c"));
        Assert.Null(Bot.Channel.LogText.Clean(null));
        Assert.Equal(Bot.Channel.LogText.MaxLength + 1, Bot.Channel.LogText.Clean(new string('x', 5000))!.Length);
    }
}
