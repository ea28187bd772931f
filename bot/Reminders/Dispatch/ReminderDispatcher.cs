using System.Runtime.CompilerServices;
using Assistant.Bot.Clock;
using Assistant.Bot.Plans;
using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Reminders.Dispatch;

/// <summary>
/// Sends the pending dispatch rows, each exactly once across workers and instances, as fast as the connector's rate:
/// <list type="number">
/// <item>read the due rows once; then a batch at a time (read ahead while the previous batch sends) their conversation
/// references and activities, so a send costs no query of its own;</item>
/// <item>per row: build the card, wait for a rate token (<see cref="DispatchRateGate"/>), and only then claim the row
/// with an atomic <c>UPDATE ... SET State = 'InFlight', LockedBy, LockedUntil WHERE Id = @id AND State = @seen AND
/// (LockedUntil IS NULL OR LockedUntil &lt; now)</c>: of two workers only one sees a row count of 1;</item>
/// <item>send it through <see cref="IProactiveMessenger"/> (token, throttle, 429/5xx retries live there);</item>
/// <item>right after the 2xx, mark it Sent with the connector's message id: one conditional UPDATE of its own, not
/// cancellable, retried through a database outage for as long as the lease lasts.</item>
/// </list>
/// A crash leaves the rows waiting for a token Pending and unclaimed (sent by the next run, at once), and the few that
/// were InFlight under a lease. Those are the only ones that may have reached the connector: the Bot Connector has no
/// idempotency key, so when their lease expires they are sent again (at-least-once), logged and counted as
/// <see cref="DispatchSummary.Resent"/>. Snoozed recipients' rows wait untouched until the snooze ends.
/// </summary>
public sealed class ReminderDispatcher(
    IServiceScopeFactory scopes,
    DispatchRateGate gate,
    TimeProvider time,
    ILocalClock clock,
    IOptions<ReminderOptions> options,
    ReminderMetrics metrics,
    ILogger<ReminderDispatcher> logger)
{
    /// <summary>Rows whose references and activities are read in one go.</summary>
    public const int BatchSize = 100;

    /// <summary>How long reads and claims ride out a database outage before the pass gives up (the rows stay for the next run).</summary>
    private static readonly TimeSpan StoreBudget = TimeSpan.FromSeconds(60);

    /// <summary>
    /// On SQLite (one writer per file) this dispatcher's statements take turns here instead of in the driver, which
    /// meets a locked file by sleeping 150 ms: a Sent mark stuck behind a claim that long widens the window in which a
    /// crash doubles a message. PostgreSQL needs no such turn-taking.
    /// </summary>
    private readonly SemaphoreSlim _sqliteTurn = new(1, 1);
    private bool _isSqlite;

    /// <summary>Who holds a lease: machine, process and this dispatcher instance.</summary>
    public string WorkerId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<DispatchSummary> DispatchAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = clock.DayOf(now);
        var (pending, snoozed) = await StoreAsync(() => ReadDueAsync(today, cancellationToken), StoreBudget, cancellationToken);

        var deferred = pending.Count(p => IsDeferred(p, snoozed, now));
        var due = pending.Where(p => !IsDeferred(p, snoozed, now)).ToList();
        var results = new System.Collections.Concurrent.ConcurrentBag<DispatchSummary>();
        await Parallel.ForEachAsync(
            PrepareAsync(due, cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.SendParallelism, CancellationToken = cancellationToken },
            async (item, token) => results.Add(await SendOneAsync(item, token)));
        return results.Aggregate(DispatchSummary.Empty with { Deferred = deferred }, (a, b) => a.Add(b));
    }

    private async Task<(List<ReminderDispatch> Pending, HashSet<string> Snoozed)> ReadDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssistantDbContext>();
        _isSqlite = db.Database.IsSqlite();
        var pending = await db.ReminderDispatches.AsNoTracking()
            .Where(d => d.State == DispatchState.Pending || d.State == DispatchState.InFlight)
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken);
        // The latest snooze of a person counts ("påminn mig i morgon" after "... på fredag" shortens it).
        var snoozed = (await db.ReminderSnoozes.AsNoTracking().Select(s => new { s.Id, s.UserKey, s.Until }).ToListAsync(cancellationToken))
            .GroupBy(s => s.UserKey, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.MaxBy(s => s.Id)!)
            .Where(s => s.Until > today)
            .Select(s => s.UserKey)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (pending, snoozed);
    }

    private static bool IsDeferred(ReminderDispatch row, HashSet<string> snoozed, DateTimeOffset now) =>
        (row.RecipientId is { } recipient && snoozed.Contains(recipient)) || (row.LockedUntil is { } until && until >= now);

    /// <summary>The due rows with what their cards need, read a batch at a time; the next batch is read while this one sends.</summary>
    private async IAsyncEnumerable<PreparedDispatch> PrepareAsync(List<ReminderDispatch> due, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batches = due.Chunk(BatchSize).ToList();
        var next = batches.Count > 0 ? LoadAsync(batches[0], cancellationToken) : null;
        for (var i = 0; i < batches.Count; i++)
        {
            var (references, activities) = await next!;
            next = i + 1 < batches.Count ? LoadAsync(batches[i + 1], cancellationToken) : null;
            foreach (var row in batches[i])
            {
                yield return new PreparedDispatch(row, row.RecipientId is { } id ? references.GetValueOrDefault(id) : null, activities);
            }
        }
    }

    private Task<(IReadOnlyDictionary<string, ConversationReferenceRecord>, IReadOnlyDictionary<int, PlanActivity>)> LoadAsync(ReminderDispatch[] batch, CancellationToken cancellationToken) =>
        StoreAsync(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var recipients = batch.Select(r => r.RecipientId).OfType<string>().ToList();
            var references = await services.GetRequiredService<ConversationLocator>().FindKnownAsync(recipients, cancellationToken);
            var ids = batch.Where(r => !DispatchKeys.IsAdminNotice(r.OwnerKey)).SelectMany(r => r.ActivityIds).Distinct().ToList();
            IReadOnlyDictionary<int, PlanActivity> activities = await services.GetRequiredService<AssistantDbContext>().Activities.AsNoTracking()
                .Where(a => ids.Contains(a.Id))
                .ToDictionaryAsync(a => a.Id, cancellationToken);
            return (references, activities);
        }, StoreBudget, cancellationToken);

    private async Task<DispatchSummary> SendOneAsync(PreparedDispatch item, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AssistantDbContext>();
        var row = item.Row;
        var factory = services.GetRequiredService<DispatchMessageFactory>();
        var reference = item.Reference;
        var (message, reason) = reference is null ? (null, null)
            : DispatchKeys.IsAdminNotice(row.OwnerKey) ? await factory.BuildAsync(row, reference, cancellationToken)
            : factory.Build(row, reference, item.Activities);

        // No conversation yet (one must be created, a network call) or nothing to send: lease the row first, so that
        // only one worker creates the chat or records the outcome.
        var leased = false;
        if (reference is null || message is null)
        {
            if (!await ClaimAsync(db, row, DispatchState.Pending, leased: false, cancellationToken))
            {
                return DispatchSummary.Empty with { Deferred = 1 };
            }

            leased = true;
            if (reference is null)
            {
                string? problem;
                (reference, problem) = await services.GetRequiredService<ConversationLocator>().FindOrCreateAsync(row.RecipientId!, cancellationToken);
                if (reference is null)
                {
                    Log.Undeliverable(logger, row.Id, row.WindowKey, problem!);
                    metrics.Failed(403);
                    await FinishAsync(db, row.Id, DispatchState.Failed, problem, null, null);
                    return DispatchSummary.Empty with { Failed = 1 };
                }

                (message, reason) = await factory.BuildAsync(row, reference, cancellationToken);
            }

            if (message is null)
            {
                Log.Skipped(logger, row.Id, row.WindowKey, reason!);
                await FinishAsync(db, row.Id, DispatchState.Skipped, reason, null, reference.ConversationId);
                return DispatchSummary.Empty with { Skipped = 1 };
            }
        }

        // The token first, then the claim: a row is InFlight only once the rate lets it go out.
        var token = await gate.WaitAsync(reference.TenantId, cancellationToken);
        if (!await ClaimAsync(db, row, DispatchState.InFlight, leased, cancellationToken))
        {
            token.Return();
            return DispatchSummary.Empty with { Deferred = 1 };
        }

        var resent = row.State == DispatchState.InFlight ? 1 : 0;
        if (resent == 1)
        {
            Log.PossiblyDelivered(logger, row.Id, row.WindowKey, row.LockedBy);
        }

        return await SendClaimedAsync(db, services.GetRequiredService<IProactiveMessenger>(), row, reference, message, cancellationToken) with { Resent = resent };
    }

    private async Task<DispatchSummary> SendClaimedAsync(AssistantDbContext db, IProactiveMessenger messenger, ReminderDispatch row, ConversationReferenceRecord reference, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var kind = Kind(row);
        SendResult result;
        try
        {
            result = await messenger.SendAsync(reference, message, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.SendException(logger, row.Id, row.WindowKey, e);
            result = new SendResult(false, null, 0, e.GetType().Name, e.Message);
        }

        if (result.Succeeded)
        {
            // Not cancellable, and carried through a database outage while the lease lasts: a message the connector
            // accepted must be marked, or it would be sent again.
            if (!await FinishAsync(db, row.Id, DispatchState.Sent, null, result.ActivityId, reference.ConversationId))
            {
                Log.LeaseLost(logger, row.Id);
            }

            Log.Sent(logger, row.Id, row.WindowKey, result.ActivityId);
            metrics.Sent(kind);
            if (kind == "escalation")
            {
                metrics.Escalated();
            }

            return DispatchSummary.Empty with { Sent = 1 };
        }

        return await FailAsync(db, row, kind, result);
    }

    /// <summary>Leases the row for this worker and moves it to <paramref name="state"/>.</summary>
    /// <param name="leased">The row is already leased by this worker (then only the state changes).</param>
    private Task<bool> ClaimAsync(AssistantDbContext db, ReminderDispatch row, DispatchState state, bool leased, CancellationToken cancellationToken) =>
        StoreAsync(async () =>
        {
            if (leased)
            {
                return await db.ReminderDispatches
                    .Where(d => d.Id == row.Id && d.LockedBy == WorkerId)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, state), cancellationToken) == 1;
            }

            var now = time.GetUtcNow();
            var until = now.AddSeconds(options.Value.LeaseSeconds);
            var seen = row.State;
            return await db.ReminderDispatches
                .Where(d => d.Id == row.Id && d.State == seen && (d.LockedUntil == null || d.LockedUntil < now))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.State, state)
                    .SetProperty(d => d.LockedBy, WorkerId)
                    .SetProperty(d => d.LockedUntil, until)
                    .SetProperty(d => d.Attempts, d => d.Attempts + 1), cancellationToken) == 1;
        }, StoreBudget, cancellationToken);

    private async Task<DispatchSummary> FailAsync(AssistantDbContext db, ReminderDispatch row, string kind, SendResult result)
    {
        var attempt = row.Attempts + 1;
        var transient = result.StatusCode is 0 or 408 or 412 or 429 or >= 500;
        var error = $"{result.StatusCode} {result.ErrorCode} {result.ErrorMessage}".Trim();
        if (transient && attempt < options.Value.MaxAttempts)
        {
            // Back off (1, 2, 4 ... minutes, at most an hour) under the same lease; a later run picks it up. Refused
            // (an HTTP answer) means not delivered: Pending again. No answer at all may have been delivered: InFlight.
            var retryAt = time.GetUtcNow().AddMinutes(Math.Min(60, Math.Pow(2, attempt - 1)));
            var state = result.StatusCode == 0 ? DispatchState.InFlight : DispatchState.Pending;
            Log.SendFailed(logger, row.Id, row.WindowKey, attempt, result.StatusCode, result.ErrorCode, "retrying later");
            await StoreAsync(() => db.ReminderDispatches.Where(d => d.Id == row.Id && d.LockedBy == WorkerId)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, state).SetProperty(d => d.LockedUntil, retryAt).SetProperty(d => d.LastError, error), CancellationToken.None),
                LeaseBudget, CancellationToken.None);
            return DispatchSummary.Empty with { Deferred = 1 };
        }

        Log.SendFailed(logger, row.Id, row.WindowKey, attempt, result.StatusCode, result.ErrorCode, "giving up");
        metrics.Failed(result.StatusCode);
        await FinishAsync(db, row.Id, DispatchState.Failed, error, null, null);
        return DispatchSummary.Empty with { Failed = 1 };
    }

    /// <returns>False when this worker no longer held the lease (another worker took the row over).</returns>
    private async Task<bool> FinishAsync(AssistantDbContext db, long id, DispatchState state, string? error, string? messageId, string? conversationId)
    {
        DateTimeOffset? sentAt = state == DispatchState.Sent ? time.GetUtcNow() : null;
        var updated = await StoreAsync(() => db.ReminderDispatches
            .Where(d => d.Id == id && d.LockedBy == WorkerId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, state)
                .SetProperty(d => d.LastError, error)
                .SetProperty(d => d.MessageId, messageId)
                .SetProperty(d => d.SentAt, sentAt)
                .SetProperty(d => d.ConversationId, conversationId)
                .SetProperty(d => d.LockedUntil, (DateTimeOffset?)null), CancellationToken.None), LeaseBudget, CancellationToken.None);
        return updated == 1;
    }

    /// <summary>A mark is retried while this worker's lease lasts: after that another worker may take the row anyway.</summary>
    private TimeSpan LeaseBudget => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    private Task<T> StoreAsync<T>(Func<Task<T>> operation, TimeSpan budget, CancellationToken cancellationToken) =>
        StoreRetry.RunAsync(() => InTurnAsync(operation, cancellationToken), budget, (e, attempt) => Log.StoreRetry(logger, attempt, e.GetBaseException().Message), cancellationToken);

    private async Task<T> InTurnAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        if (!_isSqlite)
        {
            return await operation();
        }

        await _sqliteTurn.WaitAsync(cancellationToken);
        try
        {
            return await operation();
        }
        finally
        {
            _sqliteTurn.Release();
        }
    }

    private static string Kind(ReminderDispatch row) =>
        DispatchKeys.IsAdminNotice(row.OwnerKey) ? "admin"
        : row.WindowKey.EndsWith("escalation", StringComparison.Ordinal) ? "escalation"
        : row.WindowKey.EndsWith("overdue", StringComparison.Ordinal) ? "overdue"
        : "deadline";

    /// <summary>A due row with its conversation reference (null: none stored yet) and its batch's activities.</summary>
    private sealed record PreparedDispatch(ReminderDispatch Row, ConversationReferenceRecord? Reference, IReadOnlyDictionary<int, PlanActivity> Activities);
}
