namespace Assistant.Bot.Reports;

/// <summary>Report dates are Swedish calendar days: a day runs from local midnight to local midnight in Stockholm.</summary>
internal static class ReportClock
{
    public static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Local(time.GetUtcNow()));

    /// <summary>The instant the day begins, in UTC (DST-safe).</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Stockholm), TimeSpan.Zero);
    }

    /// <summary>The instant after the day ends: statuses recorded before it count for the day.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1));

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Stockholm).DateTime;
}
