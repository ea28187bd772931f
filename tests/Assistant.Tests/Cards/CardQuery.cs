using System.Text.Json.Nodes;

namespace Assistant.Tests.Cards;

/// <summary>Finds things in a serialized card, the way a renderer sees it.</summary>
internal static class CardQuery
{
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).SelectMany(Objects))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Objects))
                {
                    yield return child;
                }

                break;
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) =>
        Objects(card).Where(o => o["type"] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && (string?)v == type);

    public static JsonObject ById(JsonNode card, string id) =>
        Objects(card).Single(o => o["id"] is JsonValue v && (string?)v == id);

    /// <summary>Every text a TextBlock or TextRun shows, in order.</summary>
    public static List<string> Texts(JsonNode card) =>
        Objects(card).Where(o => (string?)o["type"] is "TextBlock" or "TextRun").Select(o => (string)o["text"]!).ToList();

    public static string AllText(JsonNode card) => string.Join("\n", Texts(card));
}
