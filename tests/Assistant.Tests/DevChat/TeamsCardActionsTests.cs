using System.Text.Json.Nodes;
using Assistant.Bot.DevChat;

namespace Assistant.Tests.DevChat;

public sealed class TeamsCardActionsTests
{
    [Fact]
    public void ImBack_BecomesTheText()
    {
        var activity = new JsonObject { ["type"] = "message", ["value"] = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = "Mina aktiviteter" } } };

        TeamsCardActions.Normalize(activity);

        Assert.Equal("Mina aktiviteter", activity["text"]!.GetValue<string>());
        Assert.False(activity.ContainsKey("value"));
    }

    [Fact]
    public void MessageBack_GivesTextAndItsValue()
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["value"] = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "messageBack", ["text"] = "ja", ["value"] = new JsonObject { ["verb"] = "confirmStatus" } } },
        };

        TeamsCardActions.Normalize(activity);

        Assert.Equal("ja", activity["text"]!.GetValue<string>());
        Assert.Equal("confirmStatus", activity["value"]!["verb"]!.GetValue<string>());
    }

    [Fact]
    public void AnOrdinarySubmit_IsLeftAsItIs()
    {
        var activity = new JsonObject { ["type"] = "message", ["value"] = new JsonObject { ["verb"] = "saveStatus", ["reminderId"] = 3 } };
        var before = activity.ToJsonString();

        TeamsCardActions.Normalize(activity);

        Assert.Equal(before, activity.ToJsonString());
    }
}
