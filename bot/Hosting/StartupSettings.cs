using Assistant.Bot.Storage;

namespace Assistant.Bot.Hosting;

/// <summary>
/// The root-level settings that must agree with each other before the bot starts: the Bot Framework settings (the
/// SDK's names), the storage choice and its connection string, the allowed tenants, the OTLP endpoint. Bound from
/// the configuration root; <see cref="StartupSettingsValidator"/> checks them on start.
/// </summary>
public sealed class StartupSettings
{
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>MultiTenant (the SDK's default when empty) or SingleTenant.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }

    public string? ToBotFromChannelTokenIssuer { get; set; }

    public string? ToChannelFromBotLoginUrl { get; set; }

    public string? ToChannelFromBotOAuthScope { get; set; }

    /// <summary>Tenant ids (GUIDs) whose users may talk to the bot; empty = any tenant.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    public StorageOptions Storage { get; set; } = new();

    public Dictionary<string, string?> ConnectionStrings { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The standard OpenTelemetry variable OTEL_EXPORTER_OTLP_ENDPOINT: set, it turns the OTLP exporter on.</summary>
    [ConfigurationKeyName(TelemetryServiceCollectionExtensions.OtlpEndpointKey)]
    public string? OtlpEndpoint { get; set; }
}
