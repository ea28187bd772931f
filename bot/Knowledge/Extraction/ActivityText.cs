using System.Text.RegularExpressions;
using Assistant.Bot.Knowledge.Reading;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// The title of an activity from the lines of its cell: the first line that is not a label
/// ("Förvaltningschefens aktiviteter:", "Aktiviteter"), without its bullet or "Aktivitet:" prefix,
/// cut at the first sentence when it runs long.
/// </summary>
public static partial class ActivityText
{
    private const int LongTitle = 200;

    public static string Title(IReadOnlyList<string> lines)
    {
        var title = FullTitle(lines);
        if (title.Length <= LongTitle)
        {
            return title;
        }

        var end = SentenceEnd().Match(title, 40);
        if (end.Success && end.Index < LongTitle)
        {
            return title[..(end.Index + 1)];
        }

        var cut = title.LastIndexOf(' ', LongTitle);
        return title[..(cut > 40 ? cut : LongTitle)] + " …";
    }

    /// <summary>The index in <paramref name="lines"/> of the line the title is read from (-1 when there are none).</summary>
    public static int TitleLine(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsLabel(lines[i]))
            {
                return i;
            }
        }

        return lines.Count > 0 ? 0 : -1;
    }

    /// <summary>The title line whole: without bullet and "Aktivitet:" prefix, never shortened (for reports).</summary>
    public static string FullTitle(IReadOnlyList<string> lines)
    {
        var index = TitleLine(lines);
        var line = index < 0 ? string.Empty : lines[index];
        var bare = StripBullet(line);
        var title = Prefix().Replace(bare, string.Empty).Trim();
        if (title.Length == 0)
        {
            title = bare;
        }
        else if (title.Length < bare.Length && char.IsLower(title[0]))
        {
            title = char.ToUpperInvariant(title[0]) + title[1..]; // "Aktivitet: utveckling av ..." → "Utveckling av ..."
        }

        return title;
    }

    /// <summary>A line that only introduces what follows.</summary>
    public static bool IsLabel(string line)
    {
        var text = StripBullet(line);
        return (text.EndsWith(':') && text.Length <= 80) || Label().IsMatch(text);
    }

    /// <summary>True when the text stops mid-sentence (no closing punctuation): a page break may have cut it.</summary>
    public static bool EndsMidSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && char.IsLetterOrDigit(t[^1]);
    }

    /// <summary>True when the text starts mid-sentence (a lower-case letter).</summary>
    public static bool StartsMidSentence(string text)
    {
        var t = StripBullet(text);
        return t.Length > 0 && char.IsLower(t[0]);
    }

    public static string StripBullet(string line)
    {
        var t = line.TrimStart();
        while (t.Length > 0 && HtmlText.IsBulletChar(t[0]))
        {
            t = t[1..].TrimStart();
        }

        return t;
    }

    [GeneratedRegex(@"^(förvaltningschefens aktiviteter|prioriterade aktiviteter|aktiviteter|aktivitet|utvecklingsuppdrag)\s*[:.;]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^aktivitet(er)?\s*([:;\-–]\s*|\s+(?=\p{Lu}))", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"[.!?](?=\s+\p{Lu})")]
    private static partial Regex SentenceEnd();
}
