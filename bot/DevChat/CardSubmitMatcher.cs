using System.Text.Json.Nodes;

namespace Assistant.Bot.DevChat;

/// <summary>
/// Web Chat posts an Action.Submit as a message with a value and no replyToId; Teams says which message held the card.
/// The embedded Direct Line finds it, so the bot can update the card in place as it does in Teams: the newest bot
/// activity with an Adaptive Card whose Action.Submit (or Action.Execute) data is contained in the value (the value is
/// the data merged with the card's inputs).
/// </summary>
public static class CardSubmitMatcher
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    /// <summary>True when <paramref name="activity"/> is the bot's and holds a card with an action whose data the value contains.</summary>
    public static bool HoldsCardFor(JsonObject activity, JsonObject value, string botId)
    {
        if (!string.Equals(DirectLineHttp.String(activity["from"]?["id"]), botId, StringComparison.Ordinal)
            || activity["attachments"] is not JsonArray attachments)
        {
            return false;
        }

        return attachments.OfType<JsonObject>().Any(attachment =>
            string.Equals(DirectLineHttp.String(attachment["contentType"]), AdaptiveCard, StringComparison.OrdinalIgnoreCase)
            && attachment["content"] is JsonObject card
            && ActionData(card).Any(data => IsContainedIn(data, value)));
    }

    /// <summary>The data objects of every Action.Submit and Action.Execute in the card (fallbacks included).</summary>
    public static IEnumerable<JsonObject> ActionData(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (DirectLineHttp.String(obj["type"]) is "Action.Submit" or "Action.Execute" && obj["data"] is JsonObject data && data.Count > 0)
                {
                    yield return data;
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var found in ActionData(child))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var found in ActionData(child))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    private static bool IsContainedIn(JsonObject data, JsonObject value) =>
        data.All(property => value.TryGetPropertyValue(property.Key, out var actual) && JsonNode.DeepEquals(property.Value, actual));
}
