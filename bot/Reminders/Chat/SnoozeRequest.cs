using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Bot.Reminders.Chat;

/// <summary>
/// "påminn mig på måndag", "påminn mig igen nästa vecka", "remind me in 3 days", "snooze until 3 October": the day
/// reminders may come again. Weekdays mean the next one after today.
/// </summary>
public static partial class SnoozeRequest
{
    private static readonly string[] SwedishDays = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"];
    private static readonly string[] SwedishMonths = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>True when the text asks to be reminded later; <paramref name="until"/> is null when the day was not understood.</summary>
    public static bool TryParse(string text, DateOnly today, out DateOnly? until)
    {
        until = null;
        var lower = text.Trim().ToLower(CultureInfo.GetCultureInfo("sv-SE"));
        var intent = Intent().Match(lower);
        if (!intent.Success)
        {
            return false;
        }

        until = When(lower[intent.Length..].Trim(), today);
        return true;
    }

    private static DateOnly? When(string rest, DateOnly today)
    {
        if (Tomorrow().IsMatch(rest))
        {
            return today.AddDays(1);
        }

        if (NextWeek().IsMatch(rest))
        {
            return Next(today, DayOfWeek.Monday);
        }

        if (InPeriod().Match(rest) is { Success: true } period)
        {
            var count = Number(period.Groups["n"].Value);
            return count is null ? null : today.AddDays(count.Value * (period.Groups["unit"].Value.StartsWith('v') || period.Groups["unit"].Value.StartsWith('w') ? 7 : 1));
        }

        if (IsoDate().Match(rest) is { Success: true } iso && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return exact;
        }

        if (DayMonth().Match(rest) is { Success: true } dayMonth)
        {
            var day = int.Parse(dayMonth.Groups["d"].Value, CultureInfo.InvariantCulture);
            var month = MonthOf(dayMonth.Groups["m"].Value);
            return month is null ? null : NextDate(today, month.Value, day);
        }

        for (var i = 0; i < 7; i++)
        {
            if (Regex.IsMatch(rest, $@"\b({SwedishDays[i]}|{((DayOfWeek)i).ToString().ToLowerInvariant()})\b"))
            {
                return Next(today, (DayOfWeek)i);
            }
        }

        return null;
    }

    private static DateOnly Next(DateOnly today, DayOfWeek day)
    {
        var date = today.AddDays(1);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly? NextDate(DateOnly today, int month, int day)
    {
        for (var year = today.Year; year <= today.Year + 1; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) > today)
            {
                return new DateOnly(year, month, day);
            }
        }

        return null;
    }

    private static int? MonthOf(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : null;
        }

        for (var i = 0; i < 12; i++)
        {
            var english = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[i].ToLowerInvariant();
            if (SwedishMonths[i].StartsWith(text, StringComparison.Ordinal) || english.StartsWith(text, StringComparison.Ordinal))
            {
                return text.Length >= 3 ? i + 1 : null;
            }
        }

        return null;
    }

    private static int? Number(string text) => text switch
    {
        "en" or "ett" or "a" or "one" => 1,
        "två" or "two" => 2,
        "tre" or "three" => 3,
        "fyra" or "four" => 4,
        _ => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    [GeneratedRegex(@"^(?:påminn\s+mig(?:\s+igen)?|remind\s+me(?:\s+again)?|snooze(?:\s+(?:until|till))?|skjut\s+upp(?:\s+påminnelsen)?(?:\s+(?:till|tills))?|vänta\s+med\s+påminnelsen(?:\s+(?:till|tills))?)\b")]
    private static partial Regex Intent();

    [GeneratedRegex(@"\b(?:i\s*morgon|tomorrow)\b")]
    private static partial Regex Tomorrow();

    [GeneratedRegex(@"\b(?:nästa\s+vecka|next\s+week)\b")]
    private static partial Regex NextWeek();

    [GeneratedRegex(@"\b(?:om|in)\s+(?<n>\d{1,3}|en|ett|två|tre|fyra|a|one|two|three|four)\s+(?<unit>dag|dagar|vecka|veckor|day|days|week|weeks)\b")]
    private static partial Regex InPeriod();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:\s*(?:e|:e|st|nd|rd|th))?(?:\s+|/)(?<m>\d{1,2}|[a-zåäö]{3,})\b")]
    private static partial Regex DayMonth();
}
