using System.Text.RegularExpressions;

namespace Assistant.Bot.Knowledge.Reading;

/// <summary>
/// A table of contents ("Inledning.....	3", "9.1	Styrning	6"): rows that end in a page number. It is not content;
/// it tells which lines are headings and, by its numbering, at which level.
/// </summary>
public sealed partial class TableOfContents
{
    private readonly Dictionary<string, int> _levels;

    private TableOfContents(Dictionary<string, int> levels) => _levels = levels;

    public bool IsEmpty => _levels.Count == 0;

    public int? LevelOf(string heading) => _levels.TryGetValue(Key(heading), out var level) ? level : null;

    public static TableOfContents From(IEnumerable<IReadOnlyList<IReadOnlyList<string>>> tocTables)
    {
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in tocTables.SelectMany(t => t))
        {
            var (title, level) = Entry([.. row]);
            levels.TryAdd(Key(title), level);
        }

        return new TableOfContents(levels);
    }

    /// <summary>
    /// True when every row of a tab table is a contents entry (a title and a page number) and the table says so:
    /// dot leaders, section numbers, or the heading "Innehåll" right above it. A two-column table of figures is not one.
    /// </summary>
    public static bool IsToc(IReadOnlyList<IReadOnlyList<string>> rows, string? textAbove)
    {
        if (rows.Count < 2 || !rows.All(r => IsTocRow([.. r])))
        {
            return false;
        }

        var above = HtmlText.Clean(textAbove).TrimEnd(':').ToLowerInvariant();
        return rows.Any(r => r.Any(c => DotLeader().IsMatch(c)))
            || rows.All(r => r.Count(c => c.Trim().Length > 0) == 3)
            || above is "innehåll" or "innehållsförteckning" or "contents" or "table of contents";
    }

    private static bool IsTocRow(string[] cells)
    {
        var filled = cells.Where(c => c.Trim().Length > 0).ToArray();
        return filled.Length is 2 or 3
            && PageNumber().IsMatch(filled[^1].Trim())
            && filled[^2].Trim().Length > 0
            && (filled.Length == 2 || Numbering().IsMatch(filled[0].Trim()));
    }

    private static (string Title, int Level) Entry(string[] cells)
    {
        var filled = cells.Where(c => c.Trim().Length > 0).ToArray();
        var title = DotLeader().Replace(filled[^2], string.Empty).Trim();
        var numbering = filled.Length == 3 ? filled[0].Trim() : null;
        var inline = LeadingNumber().Match(title);
        if (numbering is null && inline.Success)
        {
            numbering = inline.Groups[1].Value;
        }

        var level = numbering is null ? 1 : numbering.TrimEnd('.').Split('.').Length;
        return (title, level);
    }

    private static string Key(string heading)
    {
        var text = DotLeader().Replace(HtmlText.Clean(heading), string.Empty);
        text = LeadingNumber().Replace(text, string.Empty);
        return text.Trim().ToLowerInvariant();
    }

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\d+(\.\d+)*\.?$")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^(\d+(?:\.\d+)*\.?)\s+")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\s*\.{3,}\s*$")]
    private static partial Regex DotLeader();
}
