using System.Text.Json;
using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Conversation;

namespace Assistant.Tests.Conversation;

public sealed class MentionTextTests
{
    private static Activity Activity(string text, string conversationType, string? botName = "Assistenten", bool withEntity = false)
    {
        var json = $$"""
            {"type":"message","text":{{JsonSerializer.Serialize(text)}},
             "conversation":{"id":"19:x","conversationType":"{{conversationType}}"},
             "recipient":{"id":"28:bot"{{(botName is null ? string.Empty : $",\"name\":\"{botName}\"")}}}
             {{(withEntity ? ",\"entities\":[{\"type\":\"mention\",\"text\":\"<at>Assistent AI</at>\",\"mentioned\":{\"id\":\"28:bot\",\"name\":\"Assistent AI\"}}]" : string.Empty)}}}
            """;
        return JsonSerializer.Deserialize(json, ChannelJsonContext.Default.Activity)!;
    }

    [Theory]
    [InlineData("<at>Assistenten</at> vilka aktiviteter ligger efter?", "vilka aktiviteter ligger efter?")]
    [InlineData("Hej <at>Assistenten</at>, vad är USK-behovet 2026?", "Hej , vad är USK-behovet 2026?")]
    [InlineData("<at>Assistenten</at>&nbsp;hur många är klara?", "hur många är klara?")]
    [InlineData("<at>Assistenten</at> vad har <at>Maria Holm</at> för aktiviteter?", "vad har Maria Holm för aktiviteter?")]
    [InlineData("<p><at>Assistenten</at> rapport 2024</p>", "rapport 2024")]
    [InlineData("<at>Assistenten</at> färre än &lt;5 &amp; fler", "färre än <5 & fler")]
    [InlineData("   <at>Assistenten</at>   ", "")]
    public void The_bots_mention_is_removed_in_a_group_chat(string text, string expected)
    {
        Assert.Equal(expected, MentionText.Clean(Activity(text, "groupChat")));
    }

    [Fact]
    public void The_bots_mention_is_found_by_its_entity_when_the_name_differs()
    {
        Assert.Equal("status FAS2", MentionText.Clean(Activity("<at>Assistent AI</at> status FAS2", "channel", withEntity: true)));
    }

    [Fact]
    public void Without_entity_or_name_a_leading_mention_in_a_channel_is_the_bots()
    {
        Assert.Equal("hur går det för Anna?", MentionText.Clean(Activity("<at>Bot</at> hur går det för <at>Anna</at>?", "channel", botName: null)));
    }

    [Fact]
    public void A_personal_message_is_kept_as_written_apart_from_whitespace()
    {
        Assert.Equal("Vad är rekryteringsbehovet <2025>?", MentionText.Clean(Activity("  Vad är rekryteringsbehovet <2025>?  ", "personal")));
    }
}
