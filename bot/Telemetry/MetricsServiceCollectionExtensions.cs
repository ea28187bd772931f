using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Bot.Telemetry;

public static class MetricsServiceCollectionExtensions
{
    /// <summary>
    /// The project's metrics (<see cref="AssistantMetrics"/>, one singleton however many features ask): every feature
    /// that records an event calls this in its AddX, so it works with or without the whole host.
    /// </summary>
    public static IServiceCollection AddAssistantMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<AssistantMetrics>();
        return services;
    }
}
