using Assistant.Bot.Plans;
using Assistant.Bot.Reminders.Calendar;

namespace Assistant.Bot.Reminders.Planning;

/// <summary>
/// The policy's selection, pure: per owner, the open activities a window lists. Deadline windows list what is due at
/// that quarter end plus what is overdue; overdue windows list what is overdue; escalations list what was due at the
/// quarter end and is still open. Klart is never listed; owners with nothing open get nothing.
/// </summary>
public sealed class ReminderSelector(ReminderOptions options)
{
    public IReadOnlyList<OwnerReminder> Select(ReminderWindow window, IEnumerable<PlanActivity> activities)
    {
        var items = new List<(PlanActivity Activity, bool Overdue)>();
        foreach (var activity in activities.Where(a => !a.IsDone))
        {
            var overdue = IsRecentlyOverdue(activity, window.Date);
            var listed = window.Kind switch
            {
                WindowKind.Deadline => activity.IsDueAt(window.Year, window.Number) || overdue,
                WindowKind.Overdue => overdue,
                _ => activity.LastDay == window.QuarterEnd && overdue,
            };
            if (listed)
            {
                items.Add((activity, overdue));
            }
        }

        var byOwner = new Dictionary<string, (List<string> Names, List<ReminderItem> Items)>(StringComparer.Ordinal);
        foreach (var (activity, overdue) in items)
        {
            var owners = activity.OwnerEntries().ToList();
            if (owners.Count == 0)
            {
                owners.Add((OwnerReminder.NoOwnerKey, string.Empty));
            }

            foreach (var (key, name) in owners.DistinctBy(o => o.Key))
            {
                if (!byOwner.TryGetValue(key, out var entry))
                {
                    entry = ([], []);
                    byOwner[key] = entry;
                }

                entry.Names.Add(name);
                entry.Items.Add(new ReminderItem(activity, overdue));
            }
        }

        return
        [
            .. byOwner
                .Select(pair => new OwnerReminder(pair.Key, DisplayName(pair.Value.Names), window, Order(pair.Value.Items)))
                .OrderBy(r => r.OwnerName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true)),
        ];
    }

    private bool IsRecentlyOverdue(PlanActivity activity, DateOnly date) =>
        activity.IsOverdueOn(date) && activity.LastDay >= date.AddDays(-options.OverdueHorizonDays);

    // "Direktör" rather than "Direktören": the shortest spelling, then the most common.
    private static string DisplayName(List<string> names) =>
        names.GroupBy(n => n, StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length)
            .ThenByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault() ?? string.Empty;

    // Due first, then overdue; within each in plan order.
    private static List<ReminderItem> Order(List<ReminderItem> items) =>
        [.. items.OrderBy(i => i.Overdue).ThenBy(i => i.Activity.DocumentId).ThenBy(i => i.Activity.Ordinal).ThenBy(i => i.Activity.Id)];
}
