using Microsoft.Extensions.Options;

namespace Assistant.Bot.Clock;

public sealed class LocalClock(TimeProvider time, IOptions<ClockOptions> options) : ILocalClock
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Now => ToLocal(time.GetUtcNow());

    public DateOnly Today => DayOf(time.GetUtcNow());

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);
    }

    public DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1));
}
