using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Cards.Rendering;

/// <summary>
/// Any Adaptive Card as plain text, for the command line and transcripts: text blocks without markdown, facts and
/// tables as aligned columns, charts as their fallback, inputs listed with their choices, actions as [labels].
/// Hidden elements (isVisible false) are left out, as on the card. Works on the JSON so it renders any card.
/// </summary>
public static class PlainTextRenderer
{
    public static string Render(AdaptiveCard card) => Render(card.ToJsonObject());

    public static string Render(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var lines = new List<string>();
        Elements(card["body"], lines);
        var actions = Actions(card["actions"]);
        if (actions.Length > 0)
        {
            lines.Add(string.Empty);
            lines.Add(actions);
        }

        return string.Join('\n', TrimBlankRuns(lines)).Trim('\n');
    }

    private static void Elements(JsonNode? items, List<string> lines)
    {
        foreach (var item in items as JsonArray ?? [])
        {
            if (item is JsonObject element && (bool?)element["isVisible"] != false)
            {
                if ((bool?)element["separator"] == true || (string?)element["spacing"] is "Large" or "ExtraLarge")
                {
                    lines.Add(string.Empty);
                }

                Element(element, lines);
            }
        }
    }

    private static void Element(JsonObject element, List<string> lines)
    {
        switch (Type(element))
        {
            case "TextBlock":
                lines.AddRange(Markdown.ToPlainText(String(element, "text")).Split('\n'));
                break;
            case "RichTextBlock":
                lines.Add(string.Concat((element["inlines"] as JsonArray ?? []).Select(i => i is JsonValue ? (string?)i : String(i, "text"))));
                break;
            case "FactSet":
                var facts = (element["facts"] as JsonArray ?? []).Select(f => new[] { String(f, "title") + ":", Markdown.ToPlainText(String(f, "value")) }).ToList();
                lines.AddRange(Aligned(facts, header: false));
                break;
            case "Table":
                Table(element, lines);
                break;
            case "ColumnSet":
                var columns = (element["columns"] as JsonArray ?? [])
                    .OfType<JsonObject>()
                    .Where(c => (bool?)c["isVisible"] != false)
                    .Select(c => Inline(c["items"]))
                    .Where(text => text.Length > 0);
                lines.Add(string.Join("  ", columns));
                break;
            case "Container":
                Elements(element["items"], lines);
                break;
            case "Image":
                var alt = String(element, "altText");
                if (alt.Length > 0)
                {
                    lines.Add($"[{alt}]");
                }

                break;
            case "ActionSet":
                lines.Add(Actions(element["actions"]));
                break;
            case "Input.ChoiceSet":
                lines.Add(ChoiceSet(element));
                break;
            case "Input.Text":
                var placeholder = String(element, "placeholder");
                var value = String(element, "value");
                lines.Add($"{Label(element)}[{(value.Length > 0 ? value : "______")}]{(placeholder.Length > 0 ? " " + placeholder : string.Empty)}");
                break;
            default:
                // Charts and anything else this renderer (like other hosts) does not know: show the fallback.
                if (element["fallback"] is JsonObject fallback)
                {
                    Element(fallback, lines);
                }

                break;
        }
    }

    private static void Table(JsonObject table, List<string> lines)
    {
        var rows = (table["rows"] as JsonArray ?? [])
            .Select(r => (r?["cells"] as JsonArray ?? []).Select(c => Inline(c?["items"])).ToArray())
            .ToList();
        lines.AddRange(Aligned(rows, header: (bool?)table["firstRowAsHeader"] ?? true));
    }

    private static IEnumerable<string> Aligned(List<string[]> rows, bool header)
    {
        if (rows.Count == 0)
        {
            yield break;
        }

        var count = rows.Max(r => r.Length);
        var widths = Enumerable.Range(0, count).Select(i => rows.Max(r => i < r.Length ? r[i].Length : 0)).ToArray();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = Enumerable.Range(0, count).Select(i => (i < rows[r].Length ? rows[r][i] : string.Empty).PadRight(widths[i]));
            yield return string.Join("  ", cells).TrimEnd();
            if (r == 0 && header && rows.Count > 1)
            {
                yield return string.Join("  ", widths.Select(w => new string('-', w)));
            }
        }
    }

    /// <summary>The elements' text on one line (table cells, columns).</summary>
    private static string Inline(JsonNode? items)
    {
        var lines = new List<string>();
        Elements(items, lines);
        return string.Join(" ", lines.Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    private static string ChoiceSet(JsonObject input)
    {
        var value = String(input, "value");
        var choices = (input["choices"] as JsonArray ?? []).Select(c => (Title: String(c, "title"), Value: String(c, "value"))).ToList();
        var current = choices.FirstOrDefault(c => c.Value == value).Title;
        var shown = string.IsNullOrEmpty(current) ? String(input, "placeholder") : current;
        return $"{Label(input)}[{(shown.Length > 0 ? shown : "______")} ▾] ({string.Join(", ", choices.Select(c => c.Title))})";
    }

    private static string Label(JsonObject input)
    {
        var label = String(input, "label");
        return label.Length > 0 ? label + ": " : string.Empty;
    }

    private static string Actions(JsonNode? actions) =>
        string.Join(" ", (actions as JsonArray ?? []).OfType<JsonObject>().Select(a =>
        {
            var title = String(a, "title");
            return Type(a) == "Action.OpenUrl" ? $"[{title}: {String(a, "url")}]" : $"[{title}]";
        }));

    private static IEnumerable<string> TrimBlankRuns(List<string> lines)
    {
        var previousBlank = true;
        foreach (var line in lines.Select(l => l.TrimEnd()))
        {
            var blank = line.Length == 0;
            if (!(blank && previousBlank))
            {
                yield return line;
            }

            previousBlank = blank;
        }
    }

    private static string Type(JsonNode? node) => String(node, "type");

    private static string String(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? (string?)value ?? string.Empty : string.Empty;
}
