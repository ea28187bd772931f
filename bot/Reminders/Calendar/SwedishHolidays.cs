namespace Assistant.Bot.Reminders.Calendar;

/// <summary>
/// Swedish public holidays ("röda dagar") and the de facto days off (midsommarafton, julafton, nyårsafton),
/// computed, never looked up: Easter by the Gregorian computus (anonymous algorithm, Meeus/Jones/Butcher).
/// </summary>
public static class SwedishHolidays
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, string>> Years = new();

    /// <summary>The holidays of a year, by date, with their Swedish names.</summary>
    public static IReadOnlyDictionary<DateOnly, string> Of(int year) => Years.GetOrAdd(year, Compute);

    private static Dictionary<DateOnly, string> Compute(int year)
    {
        var easter = EasterSunday(year);
        var midsummerEve = FirstOnOrAfter(new DateOnly(year, 6, 19), DayOfWeek.Friday);
        var allSaints = FirstOnOrAfter(new DateOnly(year, 10, 31), DayOfWeek.Saturday);
        return new Dictionary<DateOnly, string>
        {
            [new DateOnly(year, 1, 1)] = "nyårsdagen",
            [new DateOnly(year, 1, 6)] = "trettondedag jul",
            [easter.AddDays(-2)] = "långfredagen",
            [easter] = "påskdagen",
            [easter.AddDays(1)] = "annandag påsk",
            [new DateOnly(year, 5, 1)] = "första maj",
            [easter.AddDays(39)] = "Kristi himmelsfärdsdag",
            [easter.AddDays(49)] = "pingstdagen",
            [new DateOnly(year, 6, 6)] = "Sveriges nationaldag",
            [midsummerEve] = "midsommarafton",
            [midsummerEve.AddDays(1)] = "midsommardagen",
            [allSaints] = "alla helgons dag",
            [new DateOnly(year, 12, 24)] = "julafton",
            [new DateOnly(year, 12, 25)] = "juldagen",
            [new DateOnly(year, 12, 26)] = "annandag jul",
            [new DateOnly(year, 12, 31)] = "nyårsafton",
        };
    }

    public static bool IsHoliday(DateOnly date) => Of(date.Year).ContainsKey(date);

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>The date itself when it is a working day, otherwise the closest working day before it.</summary>
    public static DateOnly WorkingDayOnOrBefore(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    /// <summary>The date itself when it is a working day, otherwise the closest working day after it.</summary>
    public static DateOnly WorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>Easter Sunday of the Gregorian calendar.</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly FirstOnOrAfter(DateOnly date, DayOfWeek day)
    {
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
