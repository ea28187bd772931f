using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Cards.Text;

/// <summary>
/// Makes user text (titles, comments, owners) safe inside a TextBlock or Fact value, which Teams reads as markdown:
/// emphasis, links, headings, quotes, code, list markers and autolinks are backslash-escaped, so a comment
/// like "[klicka](https://x)" shows as written and cannot become a link. Newlines are kept.
/// </summary>
public static partial class Markdown
{
    // Characters that mean something anywhere in a line of the Adaptive Cards markdown subset (and CommonMark).
    private const string AlwaysEscaped = "\\*_[]()#>`<~|!";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            EscapeLine(lines[i], builder);
        }

        return builder.ToString();
    }

    /// <summary>
    /// For our own texts that quote user data (answers naming activities and comments): everything is escaped
    /// except "**" bold markers, so the answer keeps its emphasis and the quoted data stays inert.
    /// </summary>
    public static string EscapeKeepingBold(string? text) =>
        string.Join("**", (text ?? string.Empty).Split("**").Select(Escape));

    /// <summary>Undoes <see cref="Escape"/> and drops bold/italic markers: what a plain-text reader should see.</summary>
    public static string ToPlainText(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && char.IsAsciiLetterOrDigit(markdown[i + 1]) is false && markdown[i + 1] is not (' ' or '\n'))
            {
                builder.Append(markdown[++i]);
            }
            else if (c == '*' && i + 1 < markdown.Length && markdown[i + 1] == '*')
            {
                i++;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static void EscapeLine(string line, StringBuilder builder)
    {
        var start = builder.Length;
        var indent = line.Length - line.TrimStart().Length;
        builder.Append(line, 0, indent);

        // A list marker, thematic break or setext underline at the start of a line: "- ", "+ ", "1. ", "2) ", "---", "===".
        var rest = line.AsSpan(indent);
        var marker = LeadingMarker().Match(line, indent, line.Length - indent);
        if (marker.Success)
        {
            builder.Append(line, indent, marker.Length - 1).Append('\\').Append(line[indent + marker.Length - 1]);
            indent += marker.Length;
            rest = line.AsSpan(indent);
        }

        foreach (var c in rest)
        {
            if (AlwaysEscaped.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        // Autolinks: "https://host", "mailto:x", "www.host" become links without brackets; escaping the ":" or "."
        // breaks the pattern while the text still reads the same once the escape is processed.
        var escaped = builder.ToString(start, builder.Length - start);
        var unlinked = AutoLink().Replace(escaped, m => m.Value + "\\");
        builder.Length = start;
        builder.Append(unlinked);
    }

    [GeneratedRegex(@"\G(?:[-+=]|\d{1,9}[.)])(?=\s|$)|\G[-=]{2,}")]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"(?<scheme>\b(?:https?|ftp|mailto|file|tel|sip|msteams|javascript|data))(?=:)|(?<www>\bwww)(?=\.)", RegexOptions.IgnoreCase)]
    private static partial Regex AutoLink();
}
