using Assistant.Bot.Clock;
using Assistant.Bot.Plans;
using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;
using Assistant.Bot.Reminders.Calendar;
using Assistant.Bot.Reminders.Messages;
using Assistant.Bot.Reminders.Planning;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Reminders.Dispatch;

/// <summary>
/// Builds a dispatch's message when it is sent, from the activities' state at that moment: an activity finished
/// since the plan is left out, and a reminder with nothing left is not sent at all.
/// </summary>
public sealed class DispatchMessageFactory(AssistantDbContext db, IOptions<ReminderOptions> options, ILocalClock clock)
{
    /// <returns>The message, or null with the reason when there is nothing to send.</returns>
    public async Task<(OutgoingMessage? Message, string? Reason)> BuildAsync(ReminderDispatch row, ConversationReferenceRecord reference, CancellationToken cancellationToken)
    {
        var language = Languages.FromLocale(reference.Locale);
        if (!ReminderWindow.TryParse(row.WindowKey, new ReminderCalendar(options.Value), out var window))
        {
            return (null, $"unknown window '{row.WindowKey}'");
        }

        if (DispatchKeys.IsAdminNotice(row.OwnerKey))
        {
            var unresolved = await db.ReminderDispatches.AsNoTracking()
                .Where(d => d.WindowKey == row.WindowKey && d.State == DispatchState.Unresolved)
                .ToListAsync(cancellationToken);
            if (unresolved.Count == 0)
            {
                return (null, "every owner of the window was resolved meanwhile");
            }

            var names = await OwnerNamesAsync(unresolved.SelectMany(u => u.ActivityIds), cancellationToken);
            var owners = unresolved
                .Select(u => (names.GetValueOrDefault(u.OwnerKey, u.OwnerKey), u.LastError, u.ActivityIds.Count))
                .OrderBy(o => o.Item1, StringComparer.Ordinal)
                .ToList();
            return (ReminderMessages.Unresolved(window, owners, language), null);
        }

        var activities = await db.Activities.AsNoTracking().Where(a => row.ActivityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        return Build(row, window, reference, activities);
    }

    /// <summary>
    /// The card of an owner's dispatch from activities read a moment ago (a fan-out reads them a batch at a time);
    /// not for the admins' notice, which needs the window's other rows (<see cref="BuildAsync"/>).
    /// </summary>
    public (OutgoingMessage? Message, string? Reason) Build(ReminderDispatch row, ConversationReferenceRecord reference, IReadOnlyDictionary<int, PlanActivity> activities)
    {
        if (DispatchKeys.IsAdminNotice(row.OwnerKey))
        {
            throw new ArgumentException("The admins' notice is built by BuildAsync.", nameof(row));
        }

        return ReminderWindow.TryParse(row.WindowKey, new ReminderCalendar(options.Value), out var window)
            ? Build(row, window, reference, activities)
            : (null, $"unknown window '{row.WindowKey}'");
    }

    private (OutgoingMessage? Message, string? Reason) Build(ReminderDispatch row, ReminderWindow window, ConversationReferenceRecord reference, IReadOnlyDictionary<int, PlanActivity> activities)
    {
        var language = Languages.FromLocale(reference.Locale);
        var ownerKey = DispatchKeys.OwnerOf(row.OwnerKey);
        var items = row.ActivityIds
            .Select(id => activities.GetValueOrDefault(id))
            .OfType<PlanActivity>()
            .Where(a => !a.IsDone)
            .Select(a => new ReminderItem(a, window.Kind == WindowKind.Escalation || a.IsOverdueOn(window.Date)))
            .ToList();
        if (items.Count == 0)
        {
            return (null, "every listed activity is done or gone");
        }

        var ownerName = row.ActivityIds.Select(id => activities.GetValueOrDefault(id)).OfType<PlanActivity>().SelectMany(a => a.OwnerEntries()).Where(o => o.Key == ownerKey)
            .Select(o => o.Name).OrderBy(n => n.Length).FirstOrDefault() ?? ownerKey;
        var reminder = new OwnerReminder(ownerKey, ownerName, window, items);
        var message = window.Kind == WindowKind.Escalation
            ? ReminderMessages.Escalation(reminder, language)
            : ReminderMessages.Reminder(reminder, row.Id, [reference.UserId], language, clock);
        return (message, null);
    }

    private async Task<Dictionary<string, string>> OwnerNamesAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => list.Contains(a.Id)).ToListAsync(cancellationToken);
        return activities.SelectMany(a => a.OwnerEntries())
            .GroupBy(o => o.Key)
            .ToDictionary(g => g.Key, g => g.Select(o => o.Name).OrderBy(n => n.Length).First());
    }
}
