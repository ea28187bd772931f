using System.Text.Json.Nodes;
using Assistant.Cards.Model;

namespace Assistant.Cards.Building;

/// <summary>Actions built the way Teams wants them: Action.Execute with an Action.Submit fallback carrying the same data.</summary>
public static class CardActions
{
    /// <summary>Data with "verb" first, then the given properties (nulls left out).</summary>
    public static JsonObject Data(string verb, params (string Name, JsonNode? Value)[] properties)
    {
        var data = new JsonObject { ["verb"] = verb };
        foreach (var (name, value) in properties)
        {
            if (value is not null)
            {
                data[name] = value;
            }
        }

        return data;
    }

    public static ExecuteAction Execute(string title, string verb, JsonObject data, ActionStyle? style = null, string? id = null) => new()
    {
        Id = id,
        Title = title,
        Verb = verb,
        Data = data,
        Style = style,
        Fallback = new SubmitAction { Title = title, Data = data.DeepClone().AsObject(), Style = style },
    };

    /// <summary>A button that sends <paramref name="text"/> as if the user typed it (Teams "imBack").</summary>
    public static SubmitAction MessageBack(string text) => new()
    {
        Title = text,
        Data = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = text } },
    };

    public static JsonArray Ids(IEnumerable<int> ids) => [.. ids.Select(id => (JsonNode)id)];
}
