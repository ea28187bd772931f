using Assistant.Bot.Plans;
using Assistant.Bot.People;
using Assistant.Bot.Reminders.Calendar;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Reminders.Planning;

/// <summary>The plan of a window: the selection per owner (<see cref="ReminderSelector"/>) and who receives each card.</summary>
public sealed class ReminderPlanner(AssistantDbContext db, IOwnerDirectory directory, IOptions<ReminderOptions> options)
{
    public async Task<IReadOnlyList<PlannedReminder>> PlanAsync(ReminderWindow window, CancellationToken cancellationToken)
    {
        var activities = await db.Activities.AsNoTracking().ToListAsync(cancellationToken);
        var plans = new List<PlannedReminder>();
        foreach (var reminder in new ReminderSelector(options.Value).Select(window, activities))
        {
            plans.Add(await PlanOneAsync(reminder, cancellationToken));
        }

        return plans;
    }

    private async Task<PlannedReminder> PlanOneAsync(OwnerReminder reminder, CancellationToken cancellationToken)
    {
        if (!reminder.HasOwner)
        {
            var nobody = new OwnerResolution(OwnerReminder.NoOwnerKey, string.Empty, [], null, "the plan names no owner");
            return new PlannedReminder(reminder, nobody, [], nobody.Problem);
        }

        var resolution = await directory.ResolveAsync(reminder.OwnerName, cancellationToken);
        var recipients = reminder.Window.Kind == WindowKind.Escalation
            ? await EscalationRecipientsAsync(reminder, resolution, cancellationToken)
            : resolution.Users;
        var reachable = recipients.Where(Reachable).DistinctBy(u => u.Key).ToList();
        var problem = reachable.Count > 0 ? null
            : recipients.Count > 0 ? "only UPNs are known for these people: configure Microsoft Graph or use AAD object ids"
            : reminder.Window.Kind == WindowKind.Escalation ? "no manager in the directory and no stand-in configured"
            : resolution.Problem ?? "nobody found";
        return new PlannedReminder(reminder, resolution, reachable, problem);
    }

    // Stand-in configured for the owner, else the managers of the owner's people, else the default stand-ins.
    private async Task<IReadOnlyList<DirectoryUser>> EscalationRecipientsAsync(OwnerReminder reminder, OwnerResolution resolution, CancellationToken cancellationToken)
    {
        var standIns = options.Value.StandIns
            .Where(s => OwnerName.Normalize(s.Key) == reminder.OwnerKey)
            .SelectMany(s => s.Value)
            .ToList();
        if (standIns.Count > 0)
        {
            return await directory.ResolveEntriesAsync(standIns, cancellationToken);
        }

        var managers = new List<DirectoryUser>();
        foreach (var user in resolution.Users)
        {
            if (await directory.ManagerOfAsync(user, cancellationToken) is { } manager)
            {
                managers.Add(manager);
            }
        }

        var owners = resolution.Users.Select(u => u.Key).ToHashSet();
        managers.RemoveAll(m => owners.Contains(m.Key));
        return managers.Count > 0 ? managers : await directory.ResolveEntriesAsync(options.Value.DefaultStandIns, cancellationToken);
    }

    private static bool Reachable(DirectoryUser user) => user.AadObjectId is not null || user.ChannelUserId is not null;
}
