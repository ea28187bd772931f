using Assistant.Bot.Channel;
using Assistant.Bot.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Hosting;

public static class OperationsServiceCollectionExtensions
{
    /// <summary>Tag of the checks /readyz runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>How long one readiness check may take before it counts as failed.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// What operations needs: the root settings checked on start, health checks (database and job storage,
    /// tagged "ready"), OpenTelemetry and <see cref="AssistantMetrics"/>.
    /// </summary>
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, bool isWebHost)
    {
        services.AddOptions<StartupSettings>().Bind(configuration).ValidateOnStart();
        var validator = new StartupSettingsValidator(isWebHost, environment.EnvironmentName);
        services.AddSingleton<IValidateOptions<StartupSettings>>(validator);
        // The channel binds BotFrameworkOptions (AddChannel); binding here too would append every list twice.
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>>(validator);

        services.AddHealthChecks()
            .AddDbContextCheck<AssistantDbContext>("database", tags: [ReadyTag])
            .AddCheck<JobStorageHealthCheck>(JobStorageHealthCheck.Name, tags: [ReadyTag]);
        services.Configure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations.Where(r => r.Timeout == Timeout.InfiniteTimeSpan))
            {
                registration.Timeout = CheckTimeout;
            }
        });

        services.AddTelemetry(configuration);
        return services;
    }

    /// <summary>/healthz (liveness: the process answers), /readyz (database and job storage reachable), /privacy, /terms.</summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapLegalPages();
        return app;
    }
}
