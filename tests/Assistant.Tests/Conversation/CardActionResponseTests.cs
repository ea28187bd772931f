using System.Text.Json.Nodes;
using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;

namespace Assistant.Tests.Conversation;

/// <summary>How a feature's CardActionResult becomes the Universal Actions invoke response (docs/protocol.md §4).</summary>
public sealed class CardActionResponseTests
{
    private static readonly JsonObject Card = new() { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

    [Fact]
    public void A_card_replaces_the_card()
    {
        var response = CardActionTurn.ToInvokeResponse(new CardActionResult(200, new OutgoingMessage("Sparat", Card), true));

        Assert.Equal(200, response.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("{\"statusCode\":200,\"type\":\"application/vnd.microsoft.card.adaptive\",\"value\":{\"type\":\"AdaptiveCard\",\"version\":\"1.5\"}}"), response.Body));
    }

    [Fact]
    public void A_refusal_with_a_card_shows_that_card()
    {
        var response = CardActionTurn.ToInvokeResponse(new CardActionResult(403, new OutgoingMessage("Inte din aktivitet", Card), false));

        Assert.Equal("application/vnd.microsoft.card.adaptive", response.Body!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Text_alone_is_a_message()
    {
        var response = CardActionTurn.ToInvokeResponse(new CardActionResult(200, new OutgoingMessage("Klart"), false));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("{\"statusCode\":200,\"type\":\"application/vnd.microsoft.activity.message\",\"value\":\"Klart\"}"), response.Body));
    }

    [Theory]
    [InlineData(400, "BadRequest")]
    [InlineData(403, "Forbidden")]
    [InlineData(500, "Error")]
    public void A_refusal_as_text_is_an_error(int status, string code)
    {
        var response = CardActionTurn.ToInvokeResponse(new CardActionResult(status, new OutgoingMessage("Nej"), false));

        Assert.Equal(200, response.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($"{{\"statusCode\":{status},\"type\":\"application/vnd.microsoft.error\",\"value\":{{\"code\":\"{code}\",\"message\":\"Nej\"}}}}"), response.Body));
    }
}
