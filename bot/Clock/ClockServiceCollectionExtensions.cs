using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Bot.Clock;

public static class ClockServiceCollectionExtensions
{
    /// <summary>The local clock, once for the whole app. "Clock:TimeZone" wins; the older per-feature keys
    /// "Conversation:TimeZone" and "Reminders:TimeZone" still work when it is absent.</summary>
    public static IServiceCollection AddClock(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ClockOptions>()
            .Configure(o => o.TimeZone = TimeZoneSetting(configuration) ?? o.TimeZone)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<ILocalClock, LocalClock>();
        return services;
    }

    private static string? TimeZoneSetting(IConfiguration configuration) =>
        new[] { ClockOptions.SectionName, "Conversation", "Reminders" }
            .Select(section => configuration[$"{section}:{nameof(ClockOptions.TimeZone)}"])
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
