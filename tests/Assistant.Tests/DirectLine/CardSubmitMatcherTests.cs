using System.Text.Json.Nodes;
using Assistant.Bot.DirectLine;
using Assistant.Tests.DirectLine.Infrastructure;

namespace Assistant.Tests.DirectLine;

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
        var older = CardActivity("a1", "bot", CardRoundTripFeature.Card());
        var newer = CardActivity("a2", "bot", CardRoundTripFeature.Card());

        Assert.Equal("a2", CardSubmitMatcher.FindCardActivity(Value(7), [newer, older], "bot"));
    }

    [Fact]
    public void ACardWithOtherData_OrNotFromTheBot_IsNotTheOne()
    {
        var fromUser = CardActivity("a1", "user", CardRoundTripFeature.Card());
        var card = CardActivity("a2", "bot", CardRoundTripFeature.Card());

        Assert.Null(CardSubmitMatcher.FindCardActivity(Value(8), [card], "bot"));
        Assert.Null(CardSubmitMatcher.FindCardActivity(Value(7), [fromUser], "bot"));
    }

    [Fact]
    public void ActionData_FindsExecuteAndItsSubmitFallback()
    {
        var data = CardSubmitMatcher.ActionData(CardRoundTripFeature.Card()).ToList();

        Assert.Equal(2, data.Count);
        Assert.All(data, d => Assert.Equal(CardRoundTripFeature.Verb, d["verb"]!.GetValue<string>()));
    }
}
