using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Assistant.Bot.Telemetry;

namespace Assistant.Bot.Hosting;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The standard OpenTelemetry variable; set, it turns export on (OTEL_EXPORTER_OTLP_PROTOCOL etc. apply too).</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// <see cref="AssistantMetrics"/> always (cheap without a listener); OpenTelemetry traces, metrics and logs over
    /// OTLP only when <see cref="OtlpEndpointKey"/> is set: ASP.NET Core, HttpClient, Npgsql and EF Core, and ours.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAssistantMetrics();
        if (string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]))
        {
            return services;
        }

        var serviceName = configuration["OpenTelemetry:ServiceName"] is { Length: > 0 } name ? name : "assistant-bot";
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                serviceName,
                serviceVersion: typeof(AssistantTelemetry).Assembly.GetName().Version?.ToString(),
                serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing => tracing
                .AddSource(AssistantTelemetry.Name)
                .AddSource("Npgsql")
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(AssistantTelemetry.Name)
                .AddMeter("Npgsql")
                .AddMeter("Microsoft.EntityFrameworkCore")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging(_ => { }, o => o.IncludeScopes = true)
            .UseOtlpExporter();
        return services;
    }

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
