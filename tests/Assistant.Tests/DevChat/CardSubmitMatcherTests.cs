using System.Text.Json.Nodes;
using Assistant.Bot.DevChat;
using Assistant.Tests.DevChat.Infrastructure;

namespace Assistant.Tests.DevChat;

public sealed class CardSubmitMatcherTests
{
    private static JsonObject CardActivity(string id, string fromId, JsonObject card) => new()
    {
        ["id"] = id,
        ["from"] = new JsonObject { ["id"] = fromId },
        ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card }),
    };

    private static JsonObject Value(int ticket) => new() { ["verb"] = CardRoundTripFeature.Verb, ["ticket"] = ticket, ["note"] = "x" };

    [Fact]
    public void TheNewestBotCardWhoseActionDataIsInTheValue_IsTheOne()
    {
        var conversation = new DirectLineConversation("c1", new DirectLineUser("u1", null), DateTimeOffset.UnixEpoch, 100);
        conversation.Append(CardActivity("x", "bot", CardRoundTripFeature.Card()));
        var newer = conversation.Append(CardActivity("x", "bot", CardRoundTripFeature.Card()));
        conversation.Append(new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "bot" }, ["text"] = "hej" });

        var found = conversation.FindNewest(a => CardSubmitMatcher.HoldsCardFor(a, Value(7), "bot"));

        Assert.Equal(newer, found!["id"]!.GetValue<string>());
        Assert.True(CardSubmitMatcher.HoldsCardFor(CardActivity("a", "bot", CardRoundTripFeature.Card()), Value(7), "bot"));
    }

    [Fact]
    public void ACardWithOtherData_OrNotFromTheBot_IsNotTheOne()
    {
        var fromUser = CardActivity("a1", "user", CardRoundTripFeature.Card());
        var card = CardActivity("a2", "bot", CardRoundTripFeature.Card());

        Assert.False(CardSubmitMatcher.HoldsCardFor(card, Value(8), "bot"));
        Assert.False(CardSubmitMatcher.HoldsCardFor(fromUser, Value(7), "bot"));
    }

    [Fact]
    public void ActionData_FindsExecuteAndItsSubmitFallback()
    {
        var data = CardSubmitMatcher.ActionData(CardRoundTripFeature.Card()).ToList();

        Assert.Equal(2, data.Count);
        Assert.All(data, d => Assert.Equal(CardRoundTripFeature.Verb, d["verb"]!.GetValue<string>()));
    }
}
