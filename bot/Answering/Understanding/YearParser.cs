using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Bot.Answering.Understanding;

/// <summary>
/// Years and ranges in folded question text: "2019-2021", "från 2021 till 2027", "mellan 2021 och 2027",
/// "from 2021 to 2027", and years relative to today ("i år", "nästa år", "förra året", "om 2 år", "this year", ...).
/// </summary>
public static partial class YearParser
{
    private static readonly Dictionary<string, int> Counts = new(StringComparer.Ordinal)
    {
        ["ett"] = 1, ["en"] = 1, ["one"] = 1, ["tva"] = 2, ["two"] = 2, ["tre"] = 3, ["three"] = 3, ["fyra"] = 4, ["four"] = 4,
        ["fem"] = 5, ["five"] = 5, ["sex"] = 6, ["six"] = 6,
    };

    /// <summary>Whether a token or a number as written is a calendar year ("2020"), not a count ("3700" is not).</summary>
    public static bool IsYear(string token) =>
        token.Length == 4 && token[0] is '1' or '2' && int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
        && year is >= 1900 and <= 2100;

    public static YearSpec Parse(string folded, DateOnly today)
    {
        var range = Range().Match(folded);
        if (range.Success)
        {
            var a = Year(range.Groups["a"].Value);
            var b = Year(range.Groups["b"].Value);
            return new YearSpec([a, b], Math.Min(a, b), Math.Max(a, b));
        }

        var found = new List<(int Index, int Year)>();
        foreach (Match m in SingleYear().Matches(folded))
        {
            found.Add((m.Index, Year(m.Value)));
        }

        foreach (Match m in Relative().Matches(folded))
        {
            found.Add((m.Index, today.Year + Offset(m)));
        }

        var years = found.OrderBy(f => f.Index).Select(f => f.Year).Distinct().ToList();
        return years.Count == 0 ? YearSpec.None : new YearSpec(years, null, null);
    }

    /// <summary>The folded text without its relative years ("förra året", "last year"): words of time, not of a subject.</summary>
    public static string WithoutRelativeYears(string folded) => Relative().Replace(folded, " ");

    private static int Offset(Match m)
    {
        if (m.Groups["next"].Success)
        {
            return 1;
        }

        if (m.Groups["last"].Success)
        {
            return -1;
        }

        if (m.Groups["n"].Success)
        {
            var n = m.Groups["n"].Value;
            return int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : Counts.GetValueOrDefault(n, 0);
        }

        return 0;
    }

    private static int Year(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\w])(?:(?:fran|from|under|during|aren|ar|years|perioden|period)\s+)?(?<a>(?:19[5-9]|20\d)\d)\s*(?:-|–|—|till|to|until|through|tom|t\.o\.m\.?|t o m)\s*(?<b>(?:19[5-9]|20\d)\d)(?![\w])|(?:mellan|between)\s+(?:ar|aren|years\s+)?(?<a>(?:19[5-9]|20\d)\d)\s+(?:och|and|-|–)\s+(?<b>(?:19[5-9]|20\d)\d)(?![\w])")]
    private static partial Regex Range();

    [GeneratedRegex(@"(?<![\w,.])(?:19[5-9]|20\d)\d(?![\w])")]
    private static partial Regex SingleYear();

    [GeneratedRegex(@"\b(?:(?<this>i ar|detta ar|innevarande ar|this year|current year|in år)|(?<next>nasta ar|kommande ar|next year|nastkommande ar)|(?<last>forra aret|forra ar|i fjol|ifjol|foregaende ar|last year|previous year)|(?:om|in)\s+(?<n>\d|ett|en|tva|tre|fyra|fem|sex|one|two|three|four|five|six)\s+(?:ar|years?))\b")]
    private static partial Regex Relative();
}
