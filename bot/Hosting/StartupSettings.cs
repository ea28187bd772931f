using Assistant.Bot.Storage;

namespace Assistant.Bot.Hosting;

/// <summary>
/// The root-level settings of the host checked before the bot starts: the storage choice and its connection string
/// and the OTLP endpoint. Bound from the configuration root; <see cref="StartupSettingsValidator"/> checks them on
/// start, together with the Bot Framework settings (the SDK's names), which are bound once, as
/// <see cref="Channel.BotFrameworkOptions"/>.
/// </summary>
public sealed class StartupSettings
{
    public StorageOptions Storage { get; set; } = new();

    public Dictionary<string, string?> ConnectionStrings { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The standard OpenTelemetry variable OTEL_EXPORTER_OTLP_ENDPOINT: set, it turns the OTLP exporter on.</summary>
    [ConfigurationKeyName(TelemetryServiceCollectionExtensions.OtlpEndpointKey)]
    public string? OtlpEndpoint { get; set; }
}
