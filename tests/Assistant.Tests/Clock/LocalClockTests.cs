using Assistant.Bot.Clock;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Clock;

public sealed class LocalClockTests
{
    /// <summary>The clock the tests use: the default zone (Europe/Stockholm) on the given time provider.</summary>
    public static LocalClock For(TimeProvider time) => new(time, Options.Create(new ClockOptions()));

    [Theory]
    [InlineData("2024-06-30T21:59:59Z", "2024-06-30")]
    [InlineData("2024-06-30T22:00:00Z", "2024-07-01")]
    [InlineData("2024-12-31T22:59:59Z", "2024-12-31")]
    [InlineData("2024-12-31T23:00:00Z", "2025-01-01")]
    public void Today_is_the_local_date_in_Stockholm(string utc, string expected)
    {
        var clock = For(new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), clock.Today);
    }

    [Fact]
    public void A_local_day_begins_at_local_midnight_across_daylight_saving()
    {
        var clock = For(new FakeTimeProvider());

        Assert.Equal(new DateTimeOffset(2024, 3, 30, 23, 0, 0, TimeSpan.Zero), clock.StartOf(new DateOnly(2024, 3, 31)));
        Assert.Equal(new DateTimeOffset(2024, 3, 31, 22, 0, 0, TimeSpan.Zero), clock.EndOf(new DateOnly(2024, 3, 31)));
        Assert.Equal(new DateTime(2024, 7, 1, 0, 30, 0), clock.ToLocal(new DateTimeOffset(2024, 6, 30, 22, 30, 0, TimeSpan.Zero)).DateTime);
    }

    [Theory]
    [InlineData("Clock:TimeZone", "UTC")]
    [InlineData("Conversation:TimeZone", "UTC")]
    [InlineData("Reminders:TimeZone", "UTC")]
    public void The_zone_comes_from_Clock_or_the_older_keys(string key, string zone)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = zone }).Build();
        using var services = new ServiceCollection().AddClock(configuration).BuildServiceProvider();

        Assert.Equal(TimeZoneInfo.Utc.BaseUtcOffset, services.GetRequiredService<ILocalClock>().Zone.BaseUtcOffset);
        Assert.Equal(zone, services.GetRequiredService<IOptions<ClockOptions>>().Value.TimeZone);
    }

    [Fact]
    public void Without_configuration_the_zone_is_Stockholm_and_an_unknown_zone_is_refused()
    {
        var empty = new ConfigurationBuilder().Build();
        using var defaults = new ServiceCollection().AddClock(empty).BuildServiceProvider();
        Assert.Equal(ClockOptions.DefaultTimeZone, defaults.GetRequiredService<IOptions<ClockOptions>>().Value.TimeZone);

        var wrong = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Clock:TimeZone"] = "Mars/Olympus" }).Build();
        using var refused = new ServiceCollection().AddClock(wrong).BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => refused.GetRequiredService<IOptions<ClockOptions>>().Value);
    }
}
