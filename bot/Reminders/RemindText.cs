using System.Globalization;
using System.Text;
using Assistant.Bot.Plans;
using Assistant.Bot.Reminders.Calendar;
using Assistant.Bot.Reminders.Planning;
using Assistant.Cards.Text;

namespace Assistant.Bot.Reminders;

/// <summary>The readable form of the <c>remind</c> plan (Swedish).</summary>
public static class RemindText
{
    public static string OwnerLabel(OwnerReminder reminder) => reminder.HasOwner ? reminder.OwnerName : "(ingen ansvarig i planen)";

    public static string Render(DateOnly date, IReadOnlyList<ReminderWindow> windows, IReadOnlyList<PlannedReminder> plans, ReminderCalendar calendar)
    {
        var text = new StringBuilder();
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (windows.Count == 0)
        {
            var next = calendar.WindowsBetween(date.AddDays(1), date.AddDays(120)).FirstOrDefault();
            text.Append("Inga påminnelser ").Append(day).Append(SwedishHolidaysNote(date)).Append('.');
            if (next is not null)
            {
                text.Append(" Nästa: ").Append(next.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(" (").Append(Describe(next)).Append(").");
            }

            return text.AppendLine().ToString();
        }

        foreach (var window in windows)
        {
            var inWindow = plans.Where(p => p.Reminder.Window.Key == window.Key).ToList();
            text.Append("Påminnelser ").Append(day).Append(" – ").Append(Describe(window)).Append(": ")
                .Append(inWindow.Count).Append(" ansvariga, ").Append(inWindow.Count(p => !p.Resolved)).AppendLine(" ej kopplade till personer");
            foreach (var plan in inWindow)
            {
                text.Append("\n").Append(OwnerLabel(plan.Reminder)).Append(" → ");
                text.AppendLine(plan.Resolved
                    ? string.Join(", ", plan.Recipients.Select(u => u.Label))
                    : "EJ KOPPLAD: " + plan.Problem);
                foreach (var item in plan.Reminder.Items)
                {
                    var a = item.Activity;
                    text.Append("  - [").Append(a.Id).Append("] ").Append(a.Title)
                        .Append(" (").Append(a.Deadline.DisplayText ?? "ingen deadline").Append(", ")
                        .Append(ActivityLabels.Word(a.Status, CardLanguage.Swedish)).Append(')')
                        .AppendLine(item.Overdue ? " FÖRSENAD" : string.Empty);
                }
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Describe(ReminderWindow window) => window.Kind switch
    {
        WindowKind.Deadline => string.Create(CultureInfo.InvariantCulture, $"{window.DaysBefore} dagar före deadline Q{window.Number} {window.Year} ({window.Key})"),
        WindowKind.Overdue => string.Create(CultureInfo.InvariantCulture, $"veckans påminnelse om försenade aktiviteter ({window.Key})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"eskalering av det som är kvar efter Q{window.Number} {window.Year} ({window.Key})"),
    };

    private static string SwedishHolidaysNote(DateOnly date)
    {
        var holidays = SwedishHolidays.Of(date.Year);
        return holidays.TryGetValue(date, out var name) ? $" ({name})"
            : date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? " (helg)"
            : string.Empty;
    }
}
