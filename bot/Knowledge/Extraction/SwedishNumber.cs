using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Bot.Knowledge.Reading;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// Numbers as Swedish documents write them: "1 393" (space, no-break space or thin space between thousands),
/// "4,6" (decimal comma), "4,6 %", "−3", "124,5". "78 79 74" is three numbers, not one, and is refused.
/// </summary>
public static partial class SwedishNumber
{
    public static bool TryParse(string? text, out decimal value, out string? unit)
    {
        value = 0;
        unit = null;
        var t = HtmlText.Clean(text).Replace('\u2212', '-').Replace('–', '-');
        if (t.Length == 0)
        {
            return false;
        }

        var m = Pattern().Match(t);
        if (!m.Success)
        {
            return false;
        }

        var digits = Separators().Replace(m.Groups["number"].Value, string.Empty);
        if (digits.Contains(',', StringComparison.Ordinal))
        {
            digits = digits.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (DotThousands().IsMatch(digits))
        {
            // "1.393" groups thousands; "4.6" is a decimal point.
            digits = digits.Replace(".", string.Empty, StringComparison.Ordinal);
        }

        if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        var suffix = m.Groups["unit"].Value.Trim();
        unit = suffix.Length == 0 ? null : suffix.ToLowerInvariant() is "procent" ? "%" : suffix;
        return true;
    }

    public static decimal? Parse(string? text) => TryParse(text, out var value, out _) ? value : null;

    /// <summary>A four-digit year 1900-2099, alone or inside a label ("Utfall 2015", "Prognos 2016").</summary>
    public static int? YearIn(string? label)
    {
        var m = Year().Match(HtmlText.Clean(label));
        return m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// The one calendar year a period label covers: "160101-161231" (YYMMDD-YYMMDD within one year), "2016-01-01 –
    /// 2016-12-31", or a label with exactly one year in it ("Personalomsättning 2016"); null otherwise.
    /// </summary>
    public static int? PeriodYear(string? label)
    {
        var text = HtmlText.Clean(label);
        if (ShortDatePeriod().Match(text) is { Success: true } m && m.Groups["a"].Value == m.Groups["b"].Value)
        {
            return 2000 + int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        }

        var years = Year().Matches(text).Select(y => y.Value).Distinct().ToList();
        return years.Count == 1 ? int.Parse(years[0], CultureInfo.InvariantCulture) : null;
    }

    /// <summary>True when the whole cell is a year ("2019").</summary>
    public static bool IsYear(string? cell) => PureYear().IsMatch(HtmlText.Clean(cell));

    [GeneratedRegex(@"^(?<number>[+-]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+(?!\d)|\d+)(?:[,.]\d+)?)\s*(?<unit>%|procent|kr|tkr|mnkr|mkr|dagar|st|pers\.?|personer|år)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[+-]?\d{1,3}(\.\d{3})+$")]
    private static partial Regex DotThousands();

    [GeneratedRegex(@"[ \u00a0\u202f]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{2})(0[1-9]|1[0-2])[0-3]\d\s*[-–]\s*(?<b>\d{2})(0[1-9]|1[0-2])[0-3]\d(?!\d)")]
    private static partial Regex ShortDatePeriod();

    [GeneratedRegex(@"^(19|20)\d{2}$")]
    private static partial Regex PureYear();
}
