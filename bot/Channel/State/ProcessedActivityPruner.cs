using System.Data.Common;

namespace Assistant.Bot.Channel.State;

/// <summary>Deletes processed-activity records older than two days, once an hour.</summary>
public sealed class ProcessedActivityPruner(IServiceScopeFactory scopes, TimeProvider time, ILogger<ProcessedActivityPruner> logger) : BackgroundService
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(2);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var count = await scope.ServiceProvider.GetRequiredService<ProcessedActivityStore>().PruneAsync(Retention, stoppingToken);
                if (count > 0)
                {
                    Log.Pruned(logger, count);
                }
            }
            catch (DbException e)
            {
                // The next tick tries again; a database that is down is reported by the health check.
                Log.PruneFailed(logger, e);
            }
        }
    }
}
