using Assistant.Bot.Channel;
using Assistant.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Hosting;

/// <summary>
/// Cross-field rules of the root settings, each failure naming the setting and saying what to do: the Bot Framework
/// keys (the SDK's names, bound as <see cref="BotFrameworkOptions"/>; the channel checks its own ServiceUrls and body
/// limit) and the host's storage and telemetry. The web host also needs MicrosoftAppPassword when MicrosoftAppId is
/// set (it must answer); command-line verbs such as `package` do not. Outside the Development environment the web host
/// refuses to run without authentication (unless Channel:AllowUnauthenticatedOutsideDevelopment says so) and, as a
/// MultiTenant bot, without AllowedTenants.
/// </summary>
public sealed class StartupSettingsValidator(bool isWebHost, string environmentName = "Development") : IValidateOptions<StartupSettings>, IValidateOptions<BotFrameworkOptions>
{
    private bool IsDevelopment => string.Equals(environmentName, Environments.Development, StringComparison.OrdinalIgnoreCase);

    private static readonly string[] UrlSettings =
        ["ToBotFromChannelOpenIdMetadataUrl", "ToBotFromChannelTokenIssuer", "ToChannelFromBotLoginUrl", "ToChannelFromBotOAuthScope"];

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        CheckBotFramework(options, failures);

        var urls = new[] { options.ToBotFromChannelOpenIdMetadataUrl, options.ToBotFromChannelTokenIssuer, options.ToChannelFromBotLoginUrl, options.ToChannelFromBotOAuthScope };
        for (var i = 0; i < UrlSettings.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(urls[i]) && !IsHttpUrl(urls[i]!))
            {
                failures.Add($"{UrlSettings[i]} must be an absolute http(s) URL, not '{urls[i]}'. Leave it empty for the public Azure cloud.");
            }
        }

        for (var i = 0; i < options.AllowedTenants.Count; i++)
        {
            if (!Guid.TryParse(options.AllowedTenants[i], out _))
            {
                failures.Add($"AllowedTenants:{i} must be a tenant id (GUID), not '{options.AllowedTenants[i]}'.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public ValidateOptionsResult Validate(string? name, StartupSettings options)
    {
        var failures = new List<string>();
        if (options.Storage.Provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionStrings.GetValueOrDefault("Assistant")))
        {
            failures.Add("ConnectionStrings:Assistant is required when Storage:Provider is Postgres (e.g. Host=db;Database=assistant;Username=assistant;Password=...).");
        }

        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint) && !IsHttpUrl(options.OtlpEndpoint))
        {
            failures.Add($"OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http(s) URL such as http://collector:4317, not '{options.OtlpEndpoint}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void CheckBotFramework(BotFrameworkOptions options, List<string> failures)
    {
        var type = options.MicrosoftAppType?.Trim();
        var singleTenant = string.Equals(type, "SingleTenant", StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrEmpty(type) && !singleTenant && !string.Equals(type, "MultiTenant", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType must be SingleTenant or MultiTenant, not '{type}' (managed identities are not supported).");
        }

        var hasAppId = !string.IsNullOrWhiteSpace(options.MicrosoftAppId);
        if (hasAppId && !Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add($"MicrosoftAppId must be the app registration's Application (client) ID, a GUID, not '{options.MicrosoftAppId}'.");
        }

        if (singleTenant && hasAppId && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant: set it to the Directory (tenant) ID of the app registration.");
        }

        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId) && !IsTenant(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId must be a tenant id (GUID) or domain (contoso.onmicrosoft.com), not '{options.MicrosoftAppTenantId}'.");
        }

        if (!hasAppId && !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty: set both, or neither for local development without authentication.");
        }

        if (isWebHost && hasAppId && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set: the bot needs the app registration's client secret to reply. Set it through user-secrets or the environment.");
        }

        for (var i = 0; i < options.Channel.EnabledChannels.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Channel.EnabledChannels[i]))
            {
                failures.Add($"Channel:EnabledChannels:{i} must name a channel (webchat, emulator, directline ...), not be empty.");
            }
        }

        if (!isWebHost || IsDevelopment)
        {
            return;
        }

        if (!hasAppId && !options.Channel.AllowUnauthenticatedOutsideDevelopment)
        {
            failures.Add($"MicrosoftAppId and MicrosoftAppPassword are required outside the Development environment (this is '{environmentName}'): without them anyone who reaches /api/messages can act as any user. Only on a closed test network: Channel:AllowUnauthenticatedOutsideDevelopment=true.");
        }

        if (hasAppId && options.AllowedTenants.Count == 0 && !(singleTenant && Guid.TryParse(options.MicrosoftAppTenantId?.Trim(), out _)))
        {
            failures.Add($"AllowedTenants is required outside the Development environment (this is '{environmentName}'): list the tenant ids (GUIDs) whose users may use the bot, or use MicrosoftAppType=SingleTenant with MicrosoftAppTenantId as a GUID.");
        }
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsTenant(string value) =>
        Guid.TryParse(value, out _) || (Uri.CheckHostName(value.Trim()) == UriHostNameType.Dns && value.Contains('.', StringComparison.Ordinal));
}
