namespace Assistant.Bot.Channel;

/// <summary>
/// The Bot Framework settings, read from the ROOT of the configuration under the names the Bot Framework SDK uses
/// (botbuilder-dotnet ConfigurationBotFrameworkAuthentication / ConfigurationServiceClientCredentialFactory), so an
/// appsettings.json or App Service configuration written for an SDK bot works unchanged. Constants: docs/protocol.md §1-2.
/// </summary>
public sealed class BotFrameworkOptions
{
    /// <summary>Bound from the configuration root: the SDK's keys are not in a section.</summary>
    public const string SectionName = "";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultTokenIssuer = "https://api.botframework.com";
    public const string DefaultLoginAuthority = "https://login.microsoftonline.com/";
    public const string DefaultMultiTenantLoginUrl = DefaultLoginAuthority + "botframework.com";
    public const string DefaultOAuthScope = "https://api.botframework.com";

    /// <summary>The bot's app registration id; empty means local development mode (anonymous, no outbound token).</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Required for SingleTenant: the tenant the app registration lives in.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>MultiTenant (default) or SingleTenant.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }

    public string? ToBotFromChannelTokenIssuer { get; set; }

    public string? ToChannelFromBotLoginUrl { get; set; }

    public string? ToChannelFromBotOAuthScope { get; set; }

    /// <summary>
    /// Tenants whose users may use the bot. Empty: a SingleTenant bot allows its own tenant only (MicrosoftAppTenantId,
    /// when a GUID); otherwise every tenant (refused on start outside Development).
    /// </summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>The section Channel: extra channels and the unauthenticated opt-in (see <see cref="ChannelPolicyOptions"/>).</summary>
    public ChannelPolicyOptions Channel { get; set; } = new();

    /// <summary>Service URLs the bot may call before any activity came from them (e.g. for proactive 1:1 chats).</summary>
    public List<string> ServiceUrls { get; set; } = [];

    /// <summary>Largest accepted POST /api/messages body.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType?.Trim(), "SingleTenant", StringComparison.OrdinalIgnoreCase);

    public string OpenIdMetadataUrl => NonEmpty(ToBotFromChannelOpenIdMetadataUrl) ?? DefaultOpenIdMetadataUrl;

    public string TokenIssuer => NonEmpty(ToBotFromChannelTokenIssuer) ?? DefaultTokenIssuer;

    /// <summary>
    /// The authority for client credentials: the configured one, else botframework.com (multi-tenant) or the app's
    /// tenant (single-tenant); botbuilder-dotnet PasswordServiceClientCredentialFactory / AuthenticationConstants.
    /// </summary>
    public string LoginUrl => (NonEmpty(ToChannelFromBotLoginUrl)
        ?? (IsSingleTenant ? DefaultLoginAuthority + MicrosoftAppTenantId?.Trim() : DefaultMultiTenantLoginUrl)).TrimEnd('/');

    /// <summary>The scope asked for; the SDK appends "/.default" to the OAuth scope (AppCredentials.OAuthScope).</summary>
    public string OAuthScope
    {
        get
        {
            var scope = (NonEmpty(ToChannelFromBotOAuthScope) ?? DefaultOAuthScope).TrimEnd('/');
            return scope.EndsWith("/.default", StringComparison.OrdinalIgnoreCase) ? scope : scope + "/.default";
        }
    }

    /// <summary>
    /// The tenants of <see cref="AllowedTenants"/>; when it is empty, a SingleTenant bot's own tenant (if given as a
    /// GUID), else any tenant. An activity without a tenant passes only where any tenant does.
    /// </summary>
    public bool IsTenantAllowed(string? tenantId)
    {
        if (AllowedTenants.Count > 0)
        {
            return tenantId is not null && AllowedTenants.Exists(t => string.Equals(t.Trim(), tenantId, StringComparison.OrdinalIgnoreCase));
        }

        if (IsSingleTenant && !IsDevelopmentMode && Guid.TryParse(MicrosoftAppTenantId?.Trim(), out var own))
        {
            return Guid.TryParse(tenantId, out var given) && given == own;
        }

        return true;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
