using Assistant.Bot.Reminders.Calendar;
using Assistant.Bot.Reminders.Planning;
using Assistant.Bot.People;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Reminders.Dispatch;

/// <summary>
/// The outbox: a window's plan becomes dispatch rows before anything is sent. (OwnerKey, WindowKey) is unique, so a
/// second planner (another instance, a retry) inserts nothing twice; the marker row closes the window's planning.
/// </summary>
public sealed class ReminderOutbox(AssistantDbContext db, TimeProvider time)
{
    public Task<bool> IsPlannedAsync(string windowKey, CancellationToken cancellationToken) =>
        db.ReminderDispatches.AnyAsync(d => d.WindowKey == windowKey && d.OwnerKey == DispatchKeys.Marker, cancellationToken);

    /// <summary>The rows of a plan: one per (owner, recipient), one per unresolved owner, one per admin when any is unresolved.</summary>
    public IReadOnlyList<ReminderDispatch> RowsFor(ReminderWindow window, IReadOnlyList<PlannedReminder> plans, IReadOnlyList<DirectoryUser> admins)
    {
        var now = time.GetUtcNow();
        var rows = new List<ReminderDispatch>();
        foreach (var plan in plans)
        {
            var ids = plan.Reminder.Items.Select(i => i.Activity.Id).ToList();
            if (!plan.Resolved)
            {
                rows.Add(Row(plan.Reminder.OwnerKey, window, DispatchState.Unresolved, ids, null, now, plan.Problem));
                continue;
            }

            rows.AddRange(plan.Recipients.Select(r =>
                Row(DispatchKeys.ForRecipient(plan.Reminder.OwnerKey, r.Key), window, DispatchState.Pending, ids, r.AadObjectId ?? r.ChannelUserId, now, null)));
        }

        var unresolved = plans.Where(p => !p.Resolved).SelectMany(p => p.Reminder.Items.Select(i => i.Activity.Id)).Distinct().ToList();
        if (unresolved.Count > 0)
        {
            rows.AddRange(admins.Where(a => a.AadObjectId is not null || a.ChannelUserId is not null).Select(a =>
                Row(DispatchKeys.ForAdmin(a.Key), window, DispatchState.Pending, unresolved, a.AadObjectId ?? a.ChannelUserId, now, null)));
        }

        return rows;
    }

    /// <summary>Rows inserted per SaveChanges: one transaction for many rows instead of one per owner.</summary>
    public const int BatchSize = 500;

    /// <returns>How many rows were new.</returns>
    /// <remarks>
    /// Set-based: one read of the window's existing keys, then batches of <see cref="BatchSize"/> rows. Only a batch
    /// that hits the unique index (another planner was faster) is retried row by row, skipping what exists.
    /// </remarks>
    public async Task<int> AddAsync(string windowKey, IEnumerable<ReminderDispatch> rows, CancellationToken cancellationToken)
    {
        var existing = (await db.ReminderDispatches.AsNoTracking()
            .Where(d => d.WindowKey == windowKey)
            .Select(d => d.OwnerKey)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var batch in rows.Where(r => r.WindowKey == windowKey && existing.Add(r.OwnerKey)).Chunk(BatchSize))
        {
            db.ReminderDispatches.AddRange(batch);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                added += batch.Length;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                added += await AddOneByOneAsync(batch, cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return added;
    }

    private async Task<int> AddOneByOneAsync(IEnumerable<ReminderDispatch> rows, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var row in rows)
        {
            row.Id = 0;
            db.ReminderDispatches.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                added++;
            }
            catch (DbUpdateException)
            {
                // Another planner inserted it first: the unique index did its job. Anything else is a real failure.
                if (!await ExistsAsync(row, cancellationToken))
                {
                    throw;
                }
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return added;
    }

    public Task<int> MarkPlannedAsync(ReminderWindow window, CancellationToken cancellationToken) =>
        AddAsync(window.Key, [Row(DispatchKeys.Marker, window, DispatchState.Planned, [], null, time.GetUtcNow(), null)], cancellationToken);

    private async Task<bool> ExistsAsync(ReminderDispatch row, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.ReminderDispatches.AnyAsync(d => d.OwnerKey == row.OwnerKey && d.WindowKey == row.WindowKey, cancellationToken);
    }

    private static ReminderDispatch Row(string ownerKey, ReminderWindow window, DispatchState state, List<int> ids, string? recipient, DateTimeOffset now, string? error) => new()
    {
        OwnerKey = ownerKey,
        WindowKey = window.Key,
        State = state,
        ActivityIds = ids,
        RecipientId = recipient,
        CreatedAt = now,
        LastError = error,
    };
}
