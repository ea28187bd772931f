using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Channel.Schema;

/// <summary>
/// An entity (mention, clientInfo, ...). Only the type is typed; a mention keeps "mentioned" {id, name} and "text"
/// ("&lt;at&gt;Name&lt;/at&gt;") in <see cref="Extra"/>.
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>For a mention entity: the mentioned account id and the text that stands for it in the message.</summary>
    public (string? MentionedId, string? Text) AsMention()
    {
        if (!string.Equals(Type, "mention", StringComparison.OrdinalIgnoreCase) || Extra is null)
        {
            return (null, null);
        }

        string? id = null;
        if (Extra.TryGetValue("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
            && mentioned.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String)
        {
            id = idElement.GetString();
        }

        var text = Extra.TryGetValue("text", out var textElement) && textElement.ValueKind == JsonValueKind.String ? textElement.GetString() : null;
        return (id, text);
    }
}
