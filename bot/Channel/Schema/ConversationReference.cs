using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Channel.Schema;

/// <summary>The wire form of a conversation reference (what the SDK's GetConversationReference gives).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? Locale { get; set; }

    public string? ServiceUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
