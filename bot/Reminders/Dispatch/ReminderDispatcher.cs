using Assistant.Bot.Channel;
using Assistant.Bot.Reminders.Calendar;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Reminders.Dispatch;

/// <summary>
/// Sends the pending dispatch rows, each exactly once across workers and instances:
/// <list type="number">
/// <item>claim one row with an atomic <c>UPDATE ... SET LockedBy, LockedUntil WHERE Id = @id AND State = 'Pending' AND
/// (LockedUntil IS NULL OR LockedUntil &lt; now)</c>: of two workers only one sees a row count of 1;</item>
/// <item>send it through <see cref="IProactiveMessenger"/> (token, throttle, 429/5xx retries live there);</item>
/// <item>right after the 2xx, mark it Sent with the connector's message id (not cancellable).</item>
/// </list>
/// A crash before step 3 leaves the row Pending under a lease; when the lease expires the next run sends it. The one
/// window where a message can go out twice is a crash between the connector's 2xx and the mark (milliseconds): the
/// Bot Connector has no idempotency key to close it, so we keep it as short as possible and log when a mark finds its
/// lease taken. Snoozed recipients' rows wait untouched until the snooze ends.
/// </summary>
public sealed class ReminderDispatcher(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ReminderMetrics metrics,
    ILogger<ReminderDispatcher> logger)
{
    /// <summary>Who holds a lease: machine, process and this dispatcher instance.</summary>
    public string WorkerId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<DispatchSummary> DispatchAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, options.Value.Zone).DateTime);
        List<(long Id, string? Recipient, DateTimeOffset? LockedUntil)> pending;
        HashSet<string> snoozed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AssistantDbContext>();
            pending = [.. (await db.ReminderDispatches.AsNoTracking()
                    .Where(d => d.State == DispatchState.Pending)
                    .OrderBy(d => d.Id)
                    .Select(d => new { d.Id, d.RecipientId, d.LockedUntil })
                    .ToListAsync(cancellationToken))
                .Select(d => (d.Id, d.RecipientId, d.LockedUntil))];
            // The latest snooze of a person counts ("påminn mig i morgon" after "... på fredag" shortens it).
            snoozed = (await db.ReminderSnoozes.AsNoTracking().Select(s => new { s.Id, s.UserKey, s.Until }).ToListAsync(cancellationToken))
                .GroupBy(s => s.UserKey, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.MaxBy(s => s.Id)!)
                .Where(s => s.Until > today)
                .Select(s => s.UserKey)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
        }

        var deferred = pending.Count(p => IsDeferred(p.Recipient, p.LockedUntil, snoozed, now));
        var due = pending.Where(p => !IsDeferred(p.Recipient, p.LockedUntil, snoozed, now)).Select(p => p.Id).ToList();
        var results = new System.Collections.Concurrent.ConcurrentBag<DispatchSummary>();
        await Parallel.ForEachAsync(
            due,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.SendParallelism, CancellationToken = cancellationToken },
            async (id, token) => results.Add(await SendOneAsync(id, token)));
        return results.Aggregate(new DispatchSummary(0, 0, 0, deferred), (a, b) => a.Add(b));
    }

    private static bool IsDeferred(string? recipient, DateTimeOffset? lockedUntil, HashSet<string> snoozed, DateTimeOffset now) =>
        (recipient is not null && snoozed.Contains(recipient)) || (lockedUntil is { } until && until >= now);

    private async Task<DispatchSummary> SendOneAsync(long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AssistantDbContext>();
        var now = time.GetUtcNow();
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        var claimed = await db.ReminderDispatches
            .Where(d => d.Id == id && d.State == DispatchState.Pending && (d.LockedUntil == null || d.LockedUntil < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.LockedBy, WorkerId)
                .SetProperty(d => d.LockedUntil, until)
                .SetProperty(d => d.Attempts, d => d.Attempts + 1), cancellationToken);
        if (claimed == 0)
        {
            return new DispatchSummary(0, 0, 0, 1);
        }

        var row = await db.ReminderDispatches.AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken);
        var kind = Kind(row);
        var (reference, problem) = await services.GetRequiredService<ConversationLocator>().FindOrCreateAsync(row.RecipientId!, cancellationToken);
        if (reference is null)
        {
            Log.Undeliverable(logger, id, row.WindowKey, problem!);
            metrics.Failed(kind, 403);
            await FinishAsync(db, id, DispatchState.Failed, problem, null, null);
            return new DispatchSummary(0, 1, 0, 0);
        }

        var (message, reason) = await services.GetRequiredService<DispatchMessageFactory>().BuildAsync(row, reference, cancellationToken);
        if (message is null)
        {
            Log.Skipped(logger, id, row.WindowKey, reason!);
            await FinishAsync(db, id, DispatchState.Skipped, reason, null, reference.ConversationId);
            return new DispatchSummary(0, 0, 1, 0);
        }

        SendResult result;
        try
        {
            result = await services.GetRequiredService<IProactiveMessenger>().SendAsync(reference, message, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.SendException(logger, id, row.WindowKey, e);
            result = new SendResult(false, null, 0, e.GetType().Name, e.Message);
        }

        if (result.Succeeded)
        {
            // Not cancellable: a message the connector accepted must be marked, or it would be sent again.
            if (!await FinishAsync(db, id, DispatchState.Sent, null, result.ActivityId, reference.ConversationId))
            {
                Log.LeaseLost(logger, id);
            }

            Log.Sent(logger, id, row.WindowKey, result.ActivityId);
            metrics.Sent(kind);
            if (kind == "escalation")
            {
                metrics.Escalated();
            }

            return new DispatchSummary(1, 0, 0, 0);
        }

        return await FailAsync(db, row, kind, result);
    }

    private async Task<DispatchSummary> FailAsync(AssistantDbContext db, ReminderDispatch row, string kind, SendResult result)
    {
        var attempt = row.Attempts;
        var transient = result.StatusCode is 0 or 408 or 412 or 429 or >= 500;
        var error = $"{result.StatusCode} {result.ErrorCode} {result.ErrorMessage}".Trim();
        if (transient && attempt < options.Value.MaxAttempts)
        {
            // Back off (1, 2, 4 ... minutes, at most an hour) under the same lease; a later run picks it up.
            var retryAt = time.GetUtcNow().AddMinutes(Math.Min(60, Math.Pow(2, attempt - 1)));
            Log.SendFailed(logger, row.Id, row.WindowKey, attempt, result.StatusCode, result.ErrorCode, "retrying later");
            await db.ReminderDispatches.Where(d => d.Id == row.Id && d.LockedBy == WorkerId)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LockedUntil, retryAt).SetProperty(d => d.LastError, error), CancellationToken.None);
            return new DispatchSummary(0, 0, 0, 1);
        }

        Log.SendFailed(logger, row.Id, row.WindowKey, attempt, result.StatusCode, result.ErrorCode, "giving up");
        metrics.Failed(kind, result.StatusCode);
        await FinishAsync(db, row.Id, DispatchState.Failed, error, null, null);
        return new DispatchSummary(0, 1, 0, 0);
    }

    /// <returns>False when this worker no longer held the lease (another worker took the row over).</returns>
    private async Task<bool> FinishAsync(AssistantDbContext db, long id, DispatchState state, string? error, string? messageId, string? conversationId)
    {
        DateTimeOffset? sentAt = state == DispatchState.Sent ? time.GetUtcNow() : null;
        var updated = await db.ReminderDispatches
            .Where(d => d.Id == id && d.LockedBy == WorkerId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, state)
                .SetProperty(d => d.LastError, error)
                .SetProperty(d => d.MessageId, messageId)
                .SetProperty(d => d.SentAt, sentAt)
                .SetProperty(d => d.ConversationId, conversationId)
                .SetProperty(d => d.LockedUntil, (DateTimeOffset?)null), CancellationToken.None);
        return updated == 1;
    }

    private static string Kind(ReminderDispatch row) =>
        DispatchKeys.IsAdminNotice(row.OwnerKey) ? "admin"
        : row.WindowKey.EndsWith("escalation", StringComparison.Ordinal) ? "escalation"
        : row.WindowKey.EndsWith("overdue", StringComparison.Ordinal) ? "overdue"
        : "deadline";
}
