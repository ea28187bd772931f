using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge.Reading;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// Deadline cells: "Q3", "Q3 Q4", "Q1-Q3", "Kvartal 2", "Q4 2025" (quarters of the plan year unless a year is
/// written), "2025/2026" and "2021-2023" (year ranges), "2020" (a year). The text is always kept.
/// </summary>
public static partial class DeadlineParser
{
    /// <summary>The deadline, and whether the cell could be read (an empty cell can).</summary>
    public static (Deadline Deadline, bool Understood) Parse(string? cell, int? planYear)
    {
        var text = HtmlText.ToSingleLine(cell);
        if (text.Length == 0)
        {
            return (Deadline.None, true);
        }

        var quarters = Quarters(text);
        int? year = null;
        int? yearTo = null;
        if (YearRange().Match(text) is { Success: true } range)
        {
            year = int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = range.Groups[2].Value;
            yearTo = to.Length == 2 ? (year / 100 * 100) + int.Parse(to, CultureInfo.InvariantCulture) : int.Parse(to, CultureInfo.InvariantCulture);
            if (yearTo <= year)
            {
                yearTo = null;
            }
        }
        else if (SwedishNumber.YearIn(text) is { } single)
        {
            year = single;
        }

        if (quarters.Count > 0)
        {
            year ??= planYear;
            return (new Deadline(text, year, yearTo, quarters), year is not null);
        }

        return year is null ? (new Deadline(text, null, null, []), false) : (new Deadline(text, year, yearTo, []), true);
    }

    private static List<int> Quarters(string text)
    {
        var result = new SortedSet<int>();
        foreach (Match m in QuarterRange().Matches(text))
        {
            var from = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            for (var q = Math.Min(from, to); q <= Math.Max(from, to); q++)
            {
                result.Add(q);
            }
        }

        foreach (Match m in Quarter().Matches(text))
        {
            result.Add(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        return [.. result];
    }

    [GeneratedRegex(@"\b(?:Q|kv(?:artal)?\.?\s*)([1-4])\s*[-–]\s*(?:Q|kv(?:artal)?\.?\s*)?([1-4])\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterRange();

    [GeneratedRegex(@"\b(?:Q|kv(?:artal)?\.?\s*)([1-4])\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})\s*[/\-–]\s*((?:19|20)\d{2}|\d{2})(?!\d)")]
    private static partial Regex YearRange();
}
