using System.Globalization;

namespace Assistant.Bot.Reminders.Calendar;

/// <summary>
/// Which reminder windows fall on which working day, from the policy in <see cref="ReminderOptions"/> and the
/// Swedish calendar. Pure: no clock, no database.
/// </summary>
public sealed class ReminderCalendar(ReminderOptions options)
{
    /// <summary>The windows that go out on <paramref name="date"/> (none on weekends and holidays).</summary>
    public IReadOnlyList<ReminderWindow> WindowsOn(DateOnly date)
    {
        var windows = new List<ReminderWindow>();
        if (!SwedishHolidays.IsWorkingDay(date))
        {
            return windows;
        }

        windows.AddRange(DeadlineWindowsOn(date));

        var (isoYear, week) = (ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)));
        var overdue = OverdueWindow(isoYear, week);
        if (overdue.Date == date && !WeekHasDeadlineWindow(isoYear, week))
        {
            windows.Add(overdue);
        }

        if (options.EscalateAfterDays > 0)
        {
            foreach (var (year, quarter) in QuarterEndsAround(date, back: 2, ahead: 0))
            {
                var escalation = EscalationWindow(year, quarter);
                if (escalation.Date == date)
                {
                    windows.Add(escalation);
                }
            }
        }

        return windows;
    }

    /// <summary>The deadline window of a quarter, moved to the working day before when it falls on a day off.</summary>
    public ReminderWindow DeadlineWindow(int year, int quarter, int daysBefore)
    {
        var nominal = ReminderWindow.QuarterEndOf(year, quarter).AddDays(-daysBefore);
        return new ReminderWindow(WindowKind.Deadline, SwedishHolidays.WorkingDayOnOrBefore(nominal), year, quarter, daysBefore);
    }

    /// <summary>The week's overdue reminder: on the configured weekday, or the next working day of the same week.</summary>
    public ReminderWindow OverdueWindow(int isoYear, int week)
    {
        var day = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, options.OverdueWeekday));
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday));
        var date = SwedishHolidays.WorkingDayOnOrAfter(day);
        // A week without a working day from that weekday on has no overdue reminder: its date is outside the week.
        return new ReminderWindow(WindowKind.Overdue, date > monday.AddDays(6) ? monday.AddDays(6) : date, isoYear, week);
    }

    public ReminderWindow EscalationWindow(int year, int quarter)
    {
        var date = SwedishHolidays.WorkingDayOnOrAfter(ReminderWindow.QuarterEndOf(year, quarter).AddDays(options.EscalateAfterDays));
        return new ReminderWindow(WindowKind.Escalation, date, year, quarter);
    }

    /// <summary>Every window that goes out in [from, to], in date order (for previews and tests).</summary>
    public IEnumerable<ReminderWindow> WindowsBetween(DateOnly from, DateOnly to)
    {
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            foreach (var window in WindowsOn(date))
            {
                yield return window;
            }
        }
    }

    private IEnumerable<ReminderWindow> DeadlineWindowsOn(DateOnly date)
    {
        var seen = new HashSet<(int, int)>();
        foreach (var (year, quarter) in QuarterEndsAround(date, back: 0, ahead: 2))
        {
            foreach (var days in options.DaysBeforeQuarterEnd.Distinct().Order())
            {
                var window = DeadlineWindow(year, quarter, days);
                // Two windows of one quarter moved onto the same day go out once (the one closest to the deadline).
                if (window.Date == date && seen.Add((year, quarter)))
                {
                    yield return window;
                }
            }
        }
    }

    private bool WeekHasDeadlineWindow(int isoYear, int week)
    {
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday));
        for (var day = monday; day <= monday.AddDays(6); day = day.AddDays(1))
        {
            if (SwedishHolidays.IsWorkingDay(day) && DeadlineWindowsOn(day).Any())
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(int Year, int Quarter)> QuarterEndsAround(DateOnly date, int back, int ahead)
    {
        var index = (date.Year * 4) + ((date.Month - 1) / 3);
        for (var i = index - back; i <= index + ahead; i++)
        {
            yield return (i / 4, (i % 4) + 1);
        }
    }
}
