using System.Net;
using System.Text.Json.Nodes;
using Assistant.Bot.Channel;
using Assistant.Bot.Storage;
using Assistant.Tests.Channel.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.Conversation;

/// <summary>Each recorded Teams payload, handled end to end: bot on Kestrel, signed requests, recording connector.</summary>
[Trait("Category", "Integration")]
public sealed class ConversationTurnTests : IAsyncLifetime
{
    private BotHost _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await BotHost.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("message-personal", "Vad är rekryteringsbehovet för undersköterskor 2025?")]
    [InlineData("message-groupchat", "vilka aktiviteter ligger efter?")]
    [InlineData("message-channel", "hur många aktiviteter är klara? Maria Holm undrade")]
    public async Task A_message_in_each_scope_reaches_the_engine_without_the_bots_mention_and_the_answer_is_a_reply(string fixture, string question)
    {
        var activity = _bot.Fixture(fixture);

        var response = await _bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var asked = Assert.Single(_bot.Engine.Questions);
        Assert.Equal(question, asked.Text);
        Assert.Equal(activity["from"]!["aadObjectId"]!.GetValue<string>(), asked.UserId);
        Assert.Equal("sv-SE", asked.Locale);
        var reply = Assert.Single(_bot.Connector.Messages);
        Assert.Equal(activity["conversation"]!["id"]!.GetValue<string>(), reply.ConversationId);
        Assert.Equal(activity["id"]!.GetValue<string>(), reply.Body!["replyToId"]!.GetValue<string>());
        Assert.Equal("Du frågade: " + question, reply.Body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_chat_handler_takes_its_messages_before_the_engine()
    {
        var activity = _bot.Fixture("message-personal");
        activity["text"] = "rapport 2024";

        await _bot.SendAsync(activity);

        Assert.Empty(_bot.Engine.Questions);
        Assert.Equal("Rapporten för 2024 tas fram.", Assert.Single(_bot.Connector.Messages).Body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_slow_answer_is_preceded_by_a_typing_indicator()
    {
        _bot.Engine.Delay = TimeSpan.FromMilliseconds(1600);

        await _bot.SendAsync(_bot.Fixture("message-personal"));

        var activities = _bot.Connector.Activities;
        Assert.Equal(["typing", "message"], activities.Select(a => a.Type));
        Assert.Null(activities[0].ActivityId);
    }

    [Fact]
    public async Task A_fast_answer_has_no_typing_indicator()
    {
        await _bot.SendAsync(_bot.Fixture("message-personal"));

        Assert.Equal(["message"], _bot.Connector.Activities.Select(a => a.Type));
    }

    [Fact]
    public async Task Installation_greets_the_user_once_even_when_conversationUpdate_and_installationUpdate_both_arrive()
    {
        var update = _bot.Fixture("conversation-update");
        var install = _bot.Fixture("installation-update");
        install["from"] = update["from"]!.DeepClone();
        install["conversation"] = update["conversation"]!.DeepClone();

        var responses = await Task.WhenAll(_bot.SendAsync(update), _bot.SendAsync(install));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var welcome = Assert.Single(_bot.Connector.Messages);
        Assert.Null(welcome.ActivityId);
        // A message with a card carries its text as the summary (notifications, screen readers) and the welcome card.
        Assert.StartsWith("Hej!", welcome.Body!["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.adaptive", welcome.Body["attachments"]![0]!["contentType"]!.GetValue<string>());
        await using var scope = _bot.Services.CreateAsyncScope();
        var reference = await scope.ServiceProvider.GetRequiredService<AssistantDbContext>().ConversationReferences.SingleAsync(TestContext.Current.CancellationToken);
        Assert.NotNull(reference.WelcomedAt);
        Assert.Equal(update["conversation"]!["id"]!.GetValue<string>(), reference.ConversationId);
    }

    [Fact]
    public async Task An_installationUpdate_add_stores_the_reference_and_greets()
    {
        var response = await _bot.SendAsync(_bot.Fixture("installation-update"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.Connector.Messages);
        await using var scope = _bot.Services.CreateAsyncScope();
        var reference = await scope.ServiceProvider.GetRequiredService<AssistantDbContext>().ConversationReferences.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("e8f0a2c4-b6d8-4e0a-a2c4-e6f8a0b2c4d6", reference.AadObjectId);
        Assert.Equal(BotHost.TenantId, reference.TenantId);
        Assert.Equal("sv-SE", reference.Locale);
    }

    [Fact]
    public async Task An_installationUpdate_remove_sends_nothing()
    {
        var activity = _bot.Fixture("installation-update");
        activity["action"] = "remove";

        await _bot.SendAsync(activity);

        Assert.Empty(_bot.Connector.Requests);
    }

    [Fact]
    public async Task A_welcome_that_could_not_be_sent_is_tried_again_at_the_next_install_event()
    {
        _bot.Connector.Script(new ScriptedResponse(403, "{\"error\":{\"code\":\"ConversationBlockedByUser\",\"message\":\"blocked\"}}"));

        await _bot.SendAsync(_bot.Fixture("installation-update"));
        var again = _bot.Fixture("installation-update");
        again["id"] = "f:another-delivery";
        await _bot.SendAsync(again);

        Assert.Equal(2, _bot.Connector.Messages.Count);
    }

    [Fact]
    public async Task An_Action_Submit_goes_to_the_feature_owning_the_verb_and_updates_the_card_message()
    {
        var response = await _bot.SendAsync(_bot.Fixture("action-submit"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var action = Assert.Single(_bot.Cards.Actions);
        Assert.Equal("saveStatus", action.Verb);
        Assert.False(action.IsInvoke);
        Assert.Equal("1726642100113", action.CardMessageId);
        Assert.Equal("Upphandlingen pågår, klar i oktober", action.Data.GetProperty("comment").GetString());
        Assert.Equal("3f1d7c2a-9b8e-4d6f-a1c3-5e7b9d0f2a4c", action.User.AadObjectId);
        Assert.Empty(_bot.Engine.Questions);

        var update = Assert.Single(_bot.Connector.Requests);
        Assert.Equal("PUT", update.Method);
        Assert.Equal("1726642100113", update.ActivityId);
        var attachment = update.Body!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("Status sparad: InProgress", attachment["content"]!["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refused_Action_Submit_is_answered_with_a_reply_and_the_card_stays()
    {
        var activity = _bot.Fixture("action-submit");
        activity["value"]!["verb"] = "refuse";

        await _bot.SendAsync(activity);

        var reply = Assert.Single(_bot.Connector.Requests);
        Assert.Equal("POST", reply.Method);
        Assert.Equal("Du är inte ansvarig för aktiviteten.", reply.Body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_Action_Submit_with_an_unknown_verb_gets_a_clear_reply()
    {
        var activity = _bot.Fixture("action-submit");
        activity["value"]!["verb"] = "noSuchVerb";

        var response = await _bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("känner jag inte", Assert.Single(_bot.Connector.Messages).Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_adaptiveCard_action_invoke_gets_the_card_in_the_invoke_response_and_the_message_is_updated_for_everyone()
    {
        var response = await _bot.SendAsync(_bot.Fixture("adaptive-card-action"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("Status sparad: Done", body["value"]!["body"]![0]!["text"]!.GetValue<string>());

        var action = Assert.Single(_bot.Cards.Actions);
        Assert.True(action.IsInvoke);
        Assert.Equal("Klart enligt plan", action.Data.GetProperty("comment").GetString());
        var update = Assert.Single(_bot.Connector.Requests);
        Assert.Equal("PUT", update.Method);
        Assert.Equal("1726642100113", update.ActivityId);
    }

    [Fact]
    public async Task A_refused_invoke_gets_an_error_body_the_card_can_show()
    {
        var activity = _bot.Fixture("adaptive-card-action");
        activity["value"]!["action"]!["verb"] = "refuse";

        var response = await _bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(403, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal("Forbidden", body["value"]!["code"]!.GetValue<string>());
        Assert.Empty(_bot.Connector.Requests);
    }

    [Theory]
    [InlineData("no value", "Missing value property")]
    [InlineData("no action", "Missing action property")]
    [InlineData("Action.Submit", "The action 'Action.Submit' is not supported.")]
    public async Task A_malformed_adaptiveCard_action_invoke_is_a_400_with_an_error_body(string change, string message)
    {
        var activity = _bot.Fixture("adaptive-card-action");
        switch (change)
        {
            case "no value":
                activity.Remove("value");
                break;
            case "no action":
                activity["value"]!.AsObject().Remove("action");
                break;
            default:
                activity["value"]!["action"]!["type"] = change;
                break;
        }

        var response = await _bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal(message, body["value"]!["message"]!.GetValue<string>());
        Assert.Empty(_bot.Cards.Actions);
    }

    [Fact]
    public async Task Feedback_is_acknowledged_with_200_and_no_body()
    {
        var response = await _bot.SendAsync(_bot.Fixture("feedback-submit-action"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(_bot.Connector.Requests);
    }

    [Fact]
    public async Task An_invoke_nobody_handles_is_501()
    {
        var activity = _bot.Fixture("adaptive-card-action");
        activity["name"] = "composeExtension/query";

        var response = await _bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task A_message_reaction_is_accepted_and_ignored()
    {
        var activity = _bot.Fixture("message-personal");
        activity["type"] = "messageReaction";
        activity["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });

        var response = await _bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_bot.Connector.Requests);
    }
}
