using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Channel;
using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Conversation;
using Assistant.Tests.Channel.Infrastructure;

namespace Assistant.Tests.Channel;

/// <summary>The wire types keep every field of what Teams sends, known or not, and write camelCase JSON.</summary>
public sealed class WireFormatTests
{
    public static TheoryData<string> Fixtures() => [.. TeamsFixtures.All()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_recorded_payload_round_trips_unchanged(string fixture)
    {
        var original = JsonNode.Parse(TeamsFixtures.Text(fixture));

        var activity = JsonSerializer.Deserialize(TeamsFixtures.Text(fixture), ChannelJsonContext.Default.Activity)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ChannelJson.Wire.Activity));

        Assert.True(JsonNode.DeepEquals(original, written), $"{fixture} changed:\n{written}");
    }

    [Fact]
    public void The_tenant_comes_from_channelData_or_else_the_conversation()
    {
        var activity = JsonSerializer.Deserialize(TeamsFixtures.Text("message-channel"), ChannelJsonContext.Default.Activity)!;
        Assert.Equal("7c2e4a90-5b1d-4f3e-8a6c-9d0b1e2f3a4b", activity.TenantId);

        activity.ChannelData = null;
        Assert.Equal("7c2e4a90-5b1d-4f3e-8a6c-9d0b1e2f3a4b", activity.TenantId);
    }

    [Fact]
    public void Property_names_are_read_without_regard_to_case()
    {
        var activity = JsonSerializer.Deserialize("{\"Type\":\"message\",\"TEXT\":\"hej\",\"From\":{\"Id\":\"29:x\"}}", ChannelJsonContext.Default.Activity)!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("hej", activity.Text);
        Assert.Equal("29:x", activity.From!.Id);
    }

    [Fact]
    public void A_text_message_is_markdown_and_a_card_message_carries_the_text_as_summary()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        var text = JsonNode.Parse(JsonSerializer.Serialize(ActivityFactory.Message(new OutgoingMessage("1 527 personer")), ChannelJson.Wire.Activity))!;
        var withCard = JsonNode.Parse(JsonSerializer.Serialize(ActivityFactory.Message(new OutgoingMessage("1 527 personer", card), "sv-SE"), ChannelJson.Wire.Activity))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("{\"type\":\"message\",\"textFormat\":\"markdown\",\"text\":\"1 527 personer\"}"), text), text.ToJsonString());
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("{\"type\":\"message\",\"locale\":\"sv-SE\",\"summary\":\"1 527 personer\",\"attachments\":[{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":{\"type\":\"AdaptiveCard\",\"version\":\"1.5\"}}]}"),
            withCard), withCard.ToJsonString());
    }

    [Fact]
    public void Swedish_letters_go_out_as_UTF_8_not_escapes()
    {
        var json = JsonSerializer.Serialize(ActivityFactory.Message(new OutgoingMessage("Påminnelse: två åtgärder")), ChannelJson.Wire.Activity);

        Assert.Contains("Påminnelse: två åtgärder", json, StringComparison.Ordinal);
    }
}
