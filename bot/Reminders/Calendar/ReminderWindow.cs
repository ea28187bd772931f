using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Bot.Reminders.Calendar;

public enum WindowKind
{
    /// <summary>N days before a quarter end: what is due then, plus what is overdue.</summary>
    Deadline,

    /// <summary>The weekly reminder of what is overdue.</summary>
    Overdue,

    /// <summary>After a quarter end: what is still open goes to the owner's manager or stand-in.</summary>
    Escalation,
}

/// <summary>
/// One reminder occasion and its stable key: "2024-Q3-14d", "2024-W41-overdue", "2024-Q3-escalation".
/// The key is what makes a reminder exactly-once: (owner, key) is unique in the dispatch table.
/// </summary>
/// <param name="Date">The working day it goes out.</param>
/// <param name="Year">The quarter's year (Deadline, Escalation) or the ISO week's year (Overdue).</param>
/// <param name="Number">The quarter 1-4 (Deadline, Escalation) or the ISO week (Overdue).</param>
/// <param name="DaysBefore">Deadline windows only: days before the quarter end.</param>
public sealed partial record ReminderWindow(WindowKind Kind, DateOnly Date, int Year, int Number, int DaysBefore = 0)
{
    public string Key => Kind switch
    {
        WindowKind.Deadline => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}-{DaysBefore}d"),
        WindowKind.Overdue => string.Create(CultureInfo.InvariantCulture, $"{Year}-W{Number:00}-overdue"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}-escalation"),
    };

    /// <summary>The last day of the window's quarter (Deadline, Escalation).</summary>
    public DateOnly QuarterEnd => new DateOnly(Year, Number * 3, 1).AddMonths(1).AddDays(-1);

    public static DateOnly QuarterEndOf(int year, int quarter) => new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);

    /// <summary>Reads a key back; the date is recomputed by the calendar, so it is not part of the key.</summary>
    public static bool TryParse(string key, ReminderCalendar calendar, out ReminderWindow window)
    {
        window = new ReminderWindow(WindowKind.Deadline, default, 0, 0);
        var match = KeyPattern().Match(key);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["week"].Success)
        {
            window = calendar.OverdueWindow(year, number);
            return true;
        }

        if (number is < 1 or > 4)
        {
            return false;
        }

        if (match.Groups["days"].Success)
        {
            var days = int.Parse(match.Groups["days"].Value, CultureInfo.InvariantCulture);
            window = calendar.DeadlineWindow(year, number, days);
            return true;
        }

        window = calendar.EscalationWindow(year, number);
        return true;
    }

    public override string ToString() => Key;

    [GeneratedRegex(@"^(?<year>\d{4})-(?:Q(?<number>\d)-(?:(?<days>\d+)d|escalation)|W(?<number>\d{2})-(?<week>overdue))$")]
    private static partial Regex KeyPattern();
}
