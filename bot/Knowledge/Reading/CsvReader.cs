using System.Text;

namespace Assistant.Bot.Knowledge.Reading;

/// <summary>
/// CSV as Swedish Excel writes it (semicolon, decimal comma) or as others do (comma, tab); fields may be quoted
/// ("a;b", "say ""hi""") and quoted fields may span lines.
/// </summary>
public static class CsvReader
{
    public static ReadDocument Read(string text)
    {
        text = TextDecoder.Normalize(text);
        var delimiter = DetectDelimiter(text);
        var rows = Parse(text, delimiter);
        return new ReadDocument([.. SheetBlocks.From(rows, 1)], TextDecoder.Canonical(text));
    }

    /// <summary>The separator that occurs most often outside quotes on the first line: ';', ',' or tab.</summary>
    public static char DetectDelimiter(string text)
    {
        var counts = new Dictionary<char, int> { [';'] = 0, [','] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '\n')
            {
                break;
            }
            else if (!quoted && counts.ContainsKey(c))
            {
                counts[c]++;
            }
        }

        var best = counts.MaxBy(kv => kv.Value);
        return best.Value > 0 ? best.Key : ';';
    }

    public static List<IReadOnlyList<string>> Parse(string text, char delimiter)
    {
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
            }
            else if (c == delimiter)
            {
                row.Add(field.ToString().Trim());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().Trim());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString().Trim());
            rows.Add(row);
        }

        return rows;
    }
}
