using Assistant.Bot.Clock;
using Assistant.Bot.People;
using Assistant.Bot.Reminders.Calendar;
using Assistant.Bot.Reminders.Dispatch;
using Assistant.Bot.Reminders.Planning;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Reminders;

/// <summary>What a run did.</summary>
public sealed record ReminderRunSummary(IReadOnlyList<string> WindowsPlanned, DispatchSummary Dispatch);

/// <summary>
/// One run of the reminders: plan each window that is due and not yet planned (the morning's, and any missed in the
/// last <see cref="ReminderOptions.CatchUpDays"/> days), then send what is pending. Safe to run any number of times
/// and on any number of instances at once: planning is idempotent through the dispatch rows, sending through leases.
/// </summary>
public sealed class ReminderRunner(
    IServiceScopeFactory scopes,
    ReminderDispatcher dispatcher,
    TimeProvider time,
    ILocalClock clock,
    IOptions<ReminderOptions> options,
    ReminderMetrics metrics,
    ILogger<ReminderRunner> logger)
{
    /// <summary>The recurring job's run: DST-safe, because "is the morning due" is decided here in local time.</summary>
    public async Task<ReminderRunSummary> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var local = clock.ToLocal(now);
        var today = DateOnly.FromDateTime(local.DateTime);
        var dates = new List<DateOnly>();
        for (var date = today.AddDays(-options.Value.CatchUpDays); date <= today; date = date.AddDays(1))
        {
            if (date < today || TimeOnly.FromDateTime(local.DateTime) >= options.Value.TimeOfDay)
            {
                dates.Add(date);
            }
        }

        var summary = await RunAsync(dates, cancellationToken);
        Log.RunDone(logger, local, summary.WindowsPlanned.Count, summary.Dispatch.Sent, summary.Dispatch.Failed, summary.Dispatch.Deferred);
        return summary;
    }

    /// <summary>Plans the windows of these dates (those not planned yet) and sends everything pending.</summary>
    public Task<ReminderRunSummary> RunAsync(IEnumerable<DateOnly> dates, CancellationToken cancellationToken) =>
        RunAsync(dates, null, cancellationToken);

    /// <summary>As <see cref="RunAsync(IEnumerable{DateOnly}, CancellationToken)"/>, with plans the caller has just
    /// made (by window key), so that a large window is not planned twice (the <c>remind</c> command prints them first).</summary>
    public async Task<ReminderRunSummary> RunAsync(IEnumerable<DateOnly> dates, IReadOnlyDictionary<string, IReadOnlyList<PlannedReminder>>? plans, CancellationToken cancellationToken)
    {
        var calendar = new ReminderCalendar(options.Value);
        var planned = new List<string>();
        foreach (var window in dates.SelectMany(calendar.WindowsOn))
        {
            if (await EnsurePlannedAsync(window, plans?.GetValueOrDefault(window.Key), cancellationToken))
            {
                planned.Add(window.Key);
            }
        }

        return new ReminderRunSummary(planned, await dispatcher.DispatchAsync(cancellationToken));
    }

    /// <returns>True when this call planned the window (false: planned before).</returns>
    private async Task<bool> EnsurePlannedAsync(ReminderWindow window, IReadOnlyList<PlannedReminder>? made, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var outbox = services.GetRequiredService<ReminderOutbox>();
        if (await outbox.IsPlannedAsync(window.Key, cancellationToken))
        {
            return false;
        }

        var plans = made ?? await services.GetRequiredService<ReminderPlanner>().PlanAsync(window, cancellationToken);
        var directory = services.GetRequiredService<IOwnerDirectory>();
        var admins = await directory.ResolveEntriesAsync(services.GetRequiredService<IOptionsMonitor<DirectoryOptions>>().CurrentValue.Admins, cancellationToken);
        var added = await outbox.AddAsync(window.Key, outbox.RowsFor(window, plans, admins), cancellationToken);
        await outbox.MarkPlannedAsync(window, cancellationToken);

        var unresolved = plans.Where(p => !p.Resolved).ToList();
        foreach (var plan in unresolved)
        {
            Log.OwnerUnresolved(logger, plan.Reminder.OwnerName, window.Key, plan.Problem);
        }

        metrics.Unresolved(unresolved.Count);
        Log.WindowPlanned(logger, window.Key, added, unresolved.Count);
        return true;
    }
}
