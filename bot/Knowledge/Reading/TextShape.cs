using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Bot.Knowledge.Reading;

/// <summary>What a line of plain text looks like: a heading, a list item, the first line of a paragraph.</summary>
public static partial class TextShape
{
    /// <summary>
    /// A heading is short, starts with a capital (or a section number), is not a sentence (no closing period,
    /// comma, colon or semicolon) and is not a bullet or a bare number.
    /// </summary>
    public static bool IsHeadingLike(string line)
    {
        var text = HtmlText.Clean(line);
        if (text.Length is < 2 or > 120 || HtmlText.IsBulletChar(text[0]))
        {
            return false;
        }

        if (text[^1] is '.' or ',' or ';' or ':' || text.Split(' ').Length > 16 || !text.Any(char.IsLetter))
        {
            return false;
        }

        if (char.IsDigit(text[0]))
        {
            return SectionNumber().IsMatch(text);
        }

        return char.IsUpper(text[0]);
    }

    /// <summary>
    /// In text from PDF a heading is glued to the paragraph under it: the first line is much shorter than the
    /// lines below and the next line starts a sentence.
    /// </summary>
    public static bool StartsParagraphBelow(IReadOnlyList<string> lines)
    {
        var first = HtmlText.Clean(lines[0]);
        var second = HtmlText.Clean(lines[1]);
        if (second.Length == 0 || !char.IsUpper(second[0]) || first.Length > 80)
        {
            return false;
        }

        var longest = lines.Skip(1).Max(l => HtmlText.Clean(l).Length);
        return first.Length < longest * 0.7;
    }

    /// <summary>
    /// The lines of one paragraph as text: list items and Markdown hard breaks (two trailing spaces) stay lines,
    /// lines wrapped by a PDF are joined with a space.
    /// </summary>
    public static string JoinLines(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        var hardBreak = false;
        foreach (var raw in lines)
        {
            var line = HtmlText.Clean(raw);
            if (line.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(hardBreak || HtmlText.IsBulletChar(line[0]) || NumberedItem().IsMatch(line) ? '\n' : ' ');
            }

            sb.Append(line);
            hardBreak = raw.EndsWith("  ", StringComparison.Ordinal) || raw.EndsWith('\\');
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^\d+(\.\d+)*\.?\s+\p{Lu}")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^\d{1,2}[.)]\s")]
    private static partial Regex NumberedItem();
}
