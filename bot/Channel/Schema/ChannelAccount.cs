using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Channel.Schema;

/// <summary>A user or bot: "29:..." users with aadObjectId, "28:&lt;appId&gt;" bots in Teams.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
