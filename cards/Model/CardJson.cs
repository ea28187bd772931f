using System.Text.Json;
using System.Text.Json.Nodes;

namespace Assistant.Cards.Model;

/// <summary>Turns a card into the JSON a Teams attachment carries (content of contentType <see cref="AdaptiveCard.ContentType"/>).</summary>
public static class CardJson
{
    /// <summary>The card as JSON text; letters like å, ä, ö are written as they are (smaller, readable).</summary>
    public static string ToJson(this AdaptiveCard card, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.Serialize(card, indented ? IndentedContext.AdaptiveCard : CompactContext.AdaptiveCard);
    }

    public static JsonObject ToJsonObject(this AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToNode(card, CardJsonContext.Default.AdaptiveCard)!.AsObject();
    }

    // Relaxed escaping is right for JSON bodies (not for JSON embedded in HTML, which cards never are).
    private static readonly CardJsonContext CompactContext = new(new JsonSerializerOptions(CardJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly CardJsonContext IndentedContext = new(new JsonSerializerOptions(CompactContext.Options) { WriteIndented = true });
}
