using Assistant.Bot.Reminders;
using Assistant.Bot.Reminders.Calendar;

namespace Assistant.Tests.Reminders;

public sealed class ReminderCalendarTests
{
    private static readonly ReminderCalendar Default = new(new ReminderOptions());

    [Fact]
    public void Deadline_windows_of_2024_and_2025_move_off_weekends_and_holidays()
    {
        var dates = Default.WindowsBetween(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31))
            .Where(w => w.Kind == WindowKind.Deadline)
            .Select(w => $"{w.Date:yyyy-MM-dd} {w.Key}");
        Assert.Equal(
            [
                "2024-03-15 2024-Q1-14d", // 17 March is a Sunday
                "2024-03-28 2024-Q1-3d",  // skärtorsdagen is a working day
                "2024-06-14 2024-Q2-14d", // 16 June is a Sunday
                "2024-06-27 2024-Q2-3d",
                "2024-09-16 2024-Q3-14d",
                "2024-09-27 2024-Q3-3d",
                "2024-12-17 2024-Q4-14d",
                "2024-12-27 2024-Q4-3d",  // 28 December is a Saturday
                "2025-03-17 2025-Q1-14d",
                "2025-03-28 2025-Q1-3d",
                "2025-06-16 2025-Q2-14d",
                "2025-06-27 2025-Q2-3d",
                "2025-09-16 2025-Q3-14d",
                "2025-09-26 2025-Q3-3d",  // 27 September is a Saturday
                "2025-12-17 2025-Q4-14d",
                "2025-12-23 2025-Q4-3d",  // 28 Dec Sunday, 27 Saturday, 26-24 holidays
            ],
            dates);
    }

    [Fact]
    public void A_window_on_langfredagen_moves_to_skartorsdagen()
    {
        var calendar = new ReminderCalendar(new ReminderOptions { DaysBeforeQuarterEnd = [2] });
        var window = calendar.DeadlineWindow(2024, 1, 2);
        Assert.Equal(new DateOnly(2024, 3, 28), window.Date);
        Assert.Empty(calendar.WindowsOn(new DateOnly(2024, 3, 29)));
        Assert.Equal("2024-Q1-2d", Assert.Single(calendar.WindowsOn(new DateOnly(2024, 3, 28))).Key);
    }

    [Fact]
    public void Overdue_reminders_go_out_weekly_on_the_first_working_day_from_monday_except_in_deadline_weeks()
    {
        var overdue = Default.WindowsBetween(new DateOnly(2024, 3, 1), new DateOnly(2024, 4, 30))
            .Where(w => w.Kind == WindowKind.Overdue)
            .Select(w => $"{w.Date:yyyy-MM-dd} {w.Key}");
        Assert.Equal(
            [
                "2024-03-04 2024-W10-overdue",
                // Week 11 has the Q1 14-day window (Friday 15 March); week 13 the 3-day window (28 March).
                "2024-03-18 2024-W12-overdue",
                "2024-04-02 2024-W14-overdue", // Monday 1 April is annandag påsk
                "2024-04-08 2024-W15-overdue",
                "2024-04-15 2024-W16-overdue",
                "2024-04-22 2024-W17-overdue",
                "2024-04-29 2024-W18-overdue",
            ],
            overdue);
    }

    [Fact]
    public void Escalations_go_out_the_configured_days_after_the_quarter_end_on_a_working_day()
    {
        var escalations = Default.WindowsBetween(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31))
            .Where(w => w.Kind == WindowKind.Escalation)
            .Select(w => $"{w.Date:yyyy-MM-dd} {w.Key}");
        Assert.Equal(["2024-01-15 2023-Q4-escalation", "2024-04-15 2024-Q1-escalation", "2024-07-15 2024-Q2-escalation", "2024-10-14 2024-Q3-escalation"], escalations);
        Assert.DoesNotContain(
            new ReminderCalendar(new ReminderOptions { EscalateAfterDays = 0 }).WindowsBetween(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)),
            w => w.Kind == WindowKind.Escalation);
    }

    [Theory]
    [InlineData("2024-Q3-14d", "2024-09-16")]
    [InlineData("2025-Q4-3d", "2025-12-23")]
    [InlineData("2024-W14-overdue", "2024-04-02")]
    [InlineData("2024-Q3-escalation", "2024-10-14")]
    public void Window_keys_read_back_to_the_same_window(string key, string date)
    {
        Assert.True(ReminderWindow.TryParse(key, Default, out var window));
        Assert.Equal(key, window.Key);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), window.Date);
    }

    [Theory]
    [InlineData("2024-Q5-14d")]
    [InlineData("2024-Q3")]
    [InlineData("nonsense")]
    public void Unknown_window_keys_are_refused(string key) => Assert.False(ReminderWindow.TryParse(key, Default, out _));
}
