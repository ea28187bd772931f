using System.Net;
using System.Text.RegularExpressions;

namespace Assistant.Bot.Knowledge.Reading;

/// <summary>
/// Cells and lines that carry inline HTML or Markdown emphasis (the 003 seed: &lt;b&gt;, &lt;ul&gt;&lt;li&gt;, &lt;p&gt;)
/// turned into plain text: block elements and list items become lines, everything else is dropped.
/// Text without markup passes through unchanged apart from whitespace.
/// </summary>
public static partial class HtmlText
{
    private const string Bullet = "• ";

    /// <summary>The lines of <paramref name="html"/>: one per paragraph, list item or line break; list items start with "• ".</summary>
    public static IReadOnlyList<string> ToLines(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return [];
        }

        var text = ListItem().Replace(html, "\n" + Bullet);
        text = BlockTag().Replace(text, "\n");
        text = AnyTag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = Clean(raw);
            if (line.Length == 0 || line == Bullet.Trim())
            {
                continue;
            }

            // "<li>• text</li>" and "<li>- text</li>": one bullet is enough.
            if (line.StartsWith(Bullet, StringComparison.Ordinal) && line.Length > 2 && IsBulletChar(line[2]))
            {
                line = line[2..].TrimStart();
                line = Bullet + line.TrimStart('•', '-', '–', '✓', '*', ' ');
            }

            // "<ul> - Öka mognaden. - Införa verktyg </ul>": a list written inline with hyphens.
            if (line.StartsWith("- ", StringComparison.Ordinal) && line.Contains(" - ", StringComparison.Ordinal))
            {
                lines.AddRange(line[2..].Split(" - ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(item => Bullet + item));
                continue;
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>All lines joined with a newline; empty when there is no text.</summary>
    public static string ToText(string? html) => string.Join('\n', ToLines(html));

    /// <summary>All lines joined with a space: for labels, owners and other one-line values.</summary>
    public static string ToSingleLine(string? html) => string.Join(' ', ToLines(html));

    /// <summary>One line of text: inline tags and Markdown emphasis removed, whitespace collapsed.</summary>
    public static string Clean(string? line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return string.Empty;
        }

        var text = line.Contains('<', StringComparison.Ordinal) ? WebUtility.HtmlDecode(AnyTag().Replace(line, string.Empty)) : line;
        text = text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
        text = Emphasis().Replace(text, "$1");
        text = Escaped().Replace(text, "$1");
        return Whitespace().Replace(text, " ").Trim();
    }

    public static bool IsBulletChar(char c) => c is '•' or '-' or '–' or '✓' or '*' or '·' or '▪' or '○';

    [GeneratedRegex(@"<\s*li\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"<\s*(br\s*/?|/?\s*(p|div|ul|ol|li|tr|table|h[1-6]|blockquote)\b[^<>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]*>")]
    private static partial Regex AnyTag();

    // *emphasis* (not a bullet "* item", not 2 * 3)
    [GeneratedRegex(@"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\([*_#|\\\-])")]
    private static partial Regex Escaped();

    [GeneratedRegex(@"[\s\u00a0\u202f]+")]
    private static partial Regex Whitespace();
}
