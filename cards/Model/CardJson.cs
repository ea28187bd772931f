using System.Text.Json;
using System.Text.Json.Nodes;

namespace Assistant.Cards.Model;

/// <summary>Turns a card into the JSON a Teams attachment carries (content of contentType <see cref="AdaptiveCard.ContentType"/>).</summary>
public static class CardJson
{
    public static string ToJson(this AdaptiveCard card, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(card);
        var json = JsonSerializer.Serialize(card, CardJsonContext.Default.AdaptiveCard);
        return indented ? ToJsonObject(card).ToJsonString(IndentedOptions) : json;
    }

    public static JsonObject ToJsonObject(this AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToNode(card, CardJsonContext.Default.AdaptiveCard)!.AsObject();
    }

    private static readonly JsonSerializerOptions IndentedOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
