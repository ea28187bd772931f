using System.Globalization;
using System.Text;
using Assistant.Bot.Channel;
using Assistant.Bot.Clock;
using Assistant.Bot.Plans;
using Assistant.Bot.Conversation;
using Assistant.Bot.Reminders.Calendar;
using Assistant.Bot.Reminders.Planning;
using Assistant.Bot.StatusUpdates;
using Assistant.Cards.Model;
using Assistant.Cards.Reminders;
using Assistant.Cards.Text;

namespace Assistant.Bot.Reminders.Messages;

/// <summary>The messages reminders send: the owner's card, the escalation to a manager, the admins' list of unresolved owners.</summary>
public static class ReminderMessages
{
    /// <summary>The owner's reminder card (at most <see cref="ReminderCard.MaxActivities"/> activities; the text says how many more).</summary>
    /// <param name="reminderId">The dispatch id the card's actions carry back (0 in a dry run).</param>
    /// <param name="recipientUserIds">Teams user ids the card refreshes for.</param>
    public static OutgoingMessage Reminder(OwnerReminder reminder, long reminderId, IReadOnlyList<string> recipientUserIds, CardLanguage language, ILocalClock clock)
    {
        var card = ReminderCards.Build(
            reminderId, reminder.OwnerName, recipientUserIds, reminder.Items.Select(i => i.Activity), reminder.Window.Date, PeriodText(reminder.Window), language, clock)
            .ToJsonObject();

        var english = language == CardLanguage.English;
        var text = new StringBuilder(english
            ? $"Reminder for {reminder.OwnerName}: {Count(reminder.Items.Count, language)} to follow up{Period(reminder.Window, language)}."
            : $"Påminnelse till {reminder.OwnerName}: {Count(reminder.Items.Count, language)} att följa upp{Period(reminder.Window, language)}.");
        AppendItems(text, reminder.Items, language);
        return new OutgoingMessage(text.ToString(), card);
    }

    /// <summary>To the owner's manager or stand-in: what is still open after the deadline.</summary>
    public static OutgoingMessage Escalation(OwnerReminder reminder, CardLanguage language)
    {
        var english = language == CardLanguage.English;
        var quarter = Quarter(reminder.Window);
        var text = new StringBuilder(english
            ? $"Escalation: {reminder.OwnerName} has {Count(reminder.Items.Count, language)} not done after the {quarter} deadline ({reminder.Window.QuarterEnd:yyyy-MM-dd})."
            : $"Eskalering: {reminder.OwnerName} har {Count(reminder.Items.Count, language)} som inte är klara efter deadline {quarter} ({reminder.Window.QuarterEnd:yyyy-MM-dd}).");
        AppendItems(text, reminder.Items, language);
        text.Append('\n').Append(english
            ? "You receive this as the owner's manager or stand-in."
            : "Du får detta som ansvarigs chef eller ersättare.");
        return new OutgoingMessage(text.ToString());
    }

    /// <param name="owners">Owner as written, why unresolved, and how many activities wait.</param>
    public static OutgoingMessage Unresolved(ReminderWindow window, IReadOnlyList<(string Owner, string? Problem, int Activities)> owners, CardLanguage language)
    {
        var english = language == CardLanguage.English;
        var text = new StringBuilder(english
            ? $"Reminders {window.Key}: {owners.Count} owners could not be mapped to people, so nobody got their reminder:"
            : $"Påminnelser {window.Key}: {owners.Count} ansvariga kunde inte kopplas till personer, så ingen fick deras påminnelse:");
        foreach (var (owner, problem, activities) in owners)
        {
            var name = owner.Length == 0 ? (english ? "(no owner in the plan)" : "(ingen ansvarig i planen)") : owner;
            text.Append("\n- ").Append(name).Append(" (").Append(Count(activities, language)).Append(')');
            if (!string.IsNullOrWhiteSpace(problem))
            {
                text.Append(": ").Append(problem);
            }
        }

        text.Append('\n').Append(english
            ? "Map them in the Owners section of the configuration (or in Microsoft Graph)."
            : "Koppla dem i avsnittet Owners i konfigurationen (eller i Microsoft Graph).");
        return new OutgoingMessage(text.ToString());
    }

    public static string? PeriodText(ReminderWindow window) => window.Kind == WindowKind.Overdue ? null : Quarter(window);

    private static string Quarter(ReminderWindow window) => string.Create(CultureInfo.InvariantCulture, $"Q{window.Number} {window.Year}");

    private static string Period(ReminderWindow window, CardLanguage language) =>
        PeriodText(window) is { } period ? (language == CardLanguage.English ? $" by {period}" : $" till {period}") : string.Empty;

    private static string Count(int count, CardLanguage language) => language == CardLanguage.English
        ? (count == 1 ? "1 activity" : $"{count} activities")
        : (count == 1 ? "1 aktivitet" : $"{count} aktiviteter");

    private static void AppendItems(StringBuilder text, IReadOnlyList<ReminderItem> items, CardLanguage language)
    {
        foreach (var item in items)
        {
            var activity = item.Activity;
            text.Append("\n- ").Append(activity.Title)
                .Append(" (").Append(activity.Deadline.DisplayText ?? "-").Append(", ").Append(ActivityLabels.Word(activity.Status, language)).Append(')');
            if (item.Overdue)
            {
                text.Append(language == CardLanguage.English ? " – overdue" : " – försenad");
            }
        }
    }
}
