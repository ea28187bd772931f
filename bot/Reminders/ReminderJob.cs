using Hangfire;

namespace Assistant.Bot.Reminders;

/// <summary>
/// The recurring Hangfire job. It fires every 15 minutes in UTC (never Hangfire's local-time cron, whose DST handling
/// has bitten others: Hangfire issues #529, #537, #567) and <see cref="ReminderRunner"/> decides from the local rules
/// whether the morning is due. Retry policy: no Hangfire retries — the next tick, 15 minutes later, is the retry, and
/// everything a run does is idempotent, so a failed run loses nothing (the failure stays visible on the dashboard).
/// </summary>
[AutomaticRetry(Attempts = 0, LogEvents = true, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class ReminderJob(ReminderRunner runner, Microsoft.Extensions.Options.IOptions<ReminderOptions> options)
{
    public const string RecurringJobId = "reminders";

    /// <param name="cancellationToken">Hangfire passes the server's shutdown token.</param>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await runner.RunAsync(cancellationToken);
    }
}
