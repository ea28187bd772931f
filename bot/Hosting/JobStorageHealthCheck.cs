using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assistant.Bot.Hosting;

/// <summary>
/// Readiness of Hangfire's job storage (PostgreSQL in production, in memory by default): one cheap monitoring
/// query. It finds the storage that AddHangfire put into DI; with no Hangfire registered it reports healthy and
/// says so, so the reminders subsystem needs no extra wiring for its storage to be checked.
/// </summary>
public sealed class JobStorageHealthCheck(IServiceProvider services) : IHealthCheck
{
    public const string Name = "jobs";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var storage = services.GetService<JobStorage>();
        if (storage is null)
        {
            return HealthCheckResult.Healthy("no job storage registered");
        }

        try
        {
            // Hangfire's storage API is synchronous: keep the blocking call off the request thread.
            var servers = await Task.Run(() => storage.GetMonitoringApi().Servers().Count, cancellationToken);
            return HealthCheckResult.Healthy($"{storage.GetType().Name}, {servers} job server(s)");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{storage.GetType().Name} unreachable", e);
        }
    }
}
