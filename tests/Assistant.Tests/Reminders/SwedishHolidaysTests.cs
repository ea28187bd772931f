using Assistant.Bot.Reminders.Calendar;

namespace Assistant.Tests.Reminders;

public sealed class SwedishHolidaysTests
{
    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_sunday_follows_the_computus(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), SwedishHolidays.EasterSunday(year));

    [Fact]
    public void Holidays_of_2024_are_the_swedish_red_days_and_eves()
    {
        var expected = new[]
        {
            "2024-01-01 nyårsdagen", "2024-01-06 trettondedag jul", "2024-03-29 långfredagen", "2024-03-31 påskdagen",
            "2024-04-01 annandag påsk", "2024-05-01 första maj", "2024-05-09 Kristi himmelsfärdsdag", "2024-05-19 pingstdagen",
            "2024-06-06 Sveriges nationaldag", "2024-06-21 midsommarafton", "2024-06-22 midsommardagen", "2024-11-02 alla helgons dag",
            "2024-12-24 julafton", "2024-12-25 juldagen", "2024-12-26 annandag jul", "2024-12-31 nyårsafton",
        };
        var actual = SwedishHolidays.Of(2024).OrderBy(h => h.Key).Select(h => $"{h.Key:yyyy-MM-dd} {h.Value}");
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("2025-04-18", "långfredagen")]
    [InlineData("2025-05-29", "Kristi himmelsfärdsdag")]
    [InlineData("2025-06-20", "midsommarafton")]
    [InlineData("2025-06-21", "midsommardagen")]
    [InlineData("2025-11-01", "alla helgons dag")]
    [InlineData("2026-06-19", "midsommarafton")]
    [InlineData("2026-10-31", "alla helgons dag")]
    public void Moving_holidays_land_on_their_day(string date, string name) =>
        Assert.Equal(name, SwedishHolidays.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture).Year)[DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)]);

    [Theory]
    [InlineData("2024-03-28", true)]   // skärtorsdagen is a working day
    [InlineData("2024-03-29", false)]  // långfredagen
    [InlineData("2024-06-21", false)]  // midsommarafton
    [InlineData("2024-06-20", true)]
    [InlineData("2024-09-16", true)]
    [InlineData("2024-09-14", false)]  // Saturday
    [InlineData("2025-12-23", true)]
    [InlineData("2025-12-24", false)]
    public void Working_days_are_weekdays_that_are_not_holidays(string date, bool working) =>
        Assert.Equal(working, SwedishHolidays.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_day_off_moves_to_the_closest_working_day_before()
    {
        // Sunday 28 Dec 2025 → Sat 27 → annandag 26 → juldagen 25 → julafton 24 → Tuesday 23.
        Assert.Equal(new DateOnly(2025, 12, 23), SwedishHolidays.WorkingDayOnOrBefore(new DateOnly(2025, 12, 28)));
        Assert.Equal(new DateOnly(2024, 3, 28), SwedishHolidays.WorkingDayOnOrBefore(new DateOnly(2024, 3, 29)));
        Assert.Equal(new DateOnly(2024, 4, 2), SwedishHolidays.WorkingDayOnOrAfter(new DateOnly(2024, 3, 29)));
    }
}
