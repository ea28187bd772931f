using Hangfire;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Reminders.Hosting;

/// <summary>
/// Registers the recurring job at start, in UTC (the job decides the local morning itself). When the job storage is
/// not reachable yet (PostgreSQL still starting), it tries again every minute instead of failing the host.
/// </summary>
public sealed partial class ReminderJobRegistration(
    IRecurringJobManager jobs,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderJobRegistration> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                jobs.AddOrUpdate<ReminderJob>(
                    ReminderJob.RecurringJobId,
                    job => job.RunAsync(CancellationToken.None),
                    options.Value.Cron,
                    new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
                LogRegistered(logger, options.Value.Cron);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRegistrationFailed(logger, e);
                await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
            }
        }
    }

    [LoggerMessage(EventId = 6050, Level = LogLevel.Information, Message = "Reminder job registered (UTC cron {Cron})")]
    private static partial void LogRegistered(ILogger logger, string cron);

    [LoggerMessage(EventId = 6051, Level = LogLevel.Error, Message = "Reminder job could not be registered; retrying in a minute")]
    private static partial void LogRegistrationFailed(ILogger logger, Exception exception);
}
