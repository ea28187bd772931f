using Assistant.Bot.Channel;
using Assistant.Bot.Hosting;
using Assistant.Bot.Storage;

namespace Assistant.Tests.Hosting;

public sealed class StartupSettingsValidatorTests
{
    private const string AppId = "0b7c8a3e-4f2d-4e1a-9c3b-2d5e6f7a8b9c";
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private static List<string> Failures(StartupSettings settings, bool isWebHost = true) =>
        new StartupSettingsValidator(isWebHost).Validate(null, settings).Failures?.ToList() ?? [];

    private static List<string> Failures(BotFrameworkOptions settings, bool isWebHost = true) =>
        new StartupSettingsValidator(isWebHost).Validate(null, settings).Failures?.ToList() ?? [];

    [Fact]
    public void Empty_configuration_is_local_development_and_valid()
    {
        Assert.Empty(Failures(new StartupSettings()));
        Assert.Empty(Failures(new BotFrameworkOptions()));
    }

    [Fact]
    public void Complete_single_tenant_production_settings_are_valid()
    {
        Assert.Empty(Failures(new BotFrameworkOptions
        {
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = "secret",
            MicrosoftAppType = "SingleTenant",
            MicrosoftAppTenantId = Tenant,
            ToChannelFromBotLoginUrl = "https://login.microsoftonline.com/" + Tenant,
            AllowedTenants = [Tenant],
        }));
        Assert.Empty(Failures(new StartupSettings
        {
            Storage = new StorageOptions { Provider = StorageProvider.Postgres },
            ConnectionStrings = new(StringComparer.OrdinalIgnoreCase) { ["Assistant"] = "Host=db;Database=assistant" },
            OtlpEndpoint = "http://collector:4317",
        }));
    }

    [Fact]
    public void SingleTenant_without_tenant_names_MicrosoftAppTenantId()
    {
        var failures = Failures(new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "x", MicrosoftAppType = "SingleTenant" });
        Assert.Equal("MicrosoftAppTenantId", Assert.Single(failures).Split(' ')[0]);
    }

    [Theory]
    [InlineData("MultiTennant", "MicrosoftAppType")]
    [InlineData("UserAssignedMSI", "MicrosoftAppType")]
    public void Unknown_app_type_is_refused(string type, string setting) =>
        Assert.StartsWith(setting, Assert.Single(Failures(new BotFrameworkOptions { MicrosoftAppType = type })), StringComparison.Ordinal);

    [Fact]
    public void App_id_must_be_a_guid_and_needs_a_password_in_the_web_host_only()
    {
        Assert.StartsWith("MicrosoftAppId must be", Assert.Single(Failures(new BotFrameworkOptions { MicrosoftAppId = "bot", MicrosoftAppPassword = "x" })), StringComparison.Ordinal);
        Assert.StartsWith("MicrosoftAppPassword is required", Assert.Single(Failures(new BotFrameworkOptions { MicrosoftAppId = AppId })), StringComparison.Ordinal);
        Assert.Empty(Failures(new BotFrameworkOptions { MicrosoftAppId = AppId }, isWebHost: false));
        Assert.StartsWith("MicrosoftAppPassword is set but", Assert.Single(Failures(new BotFrameworkOptions { MicrosoftAppPassword = "x" })), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(BotFrameworkOptions.ToBotFromChannelOpenIdMetadataUrl), "login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData(nameof(BotFrameworkOptions.ToBotFromChannelTokenIssuer), "api botframework")]
    [InlineData(nameof(BotFrameworkOptions.ToChannelFromBotLoginUrl), "ftp://login.microsoftonline.com")]
    [InlineData(nameof(BotFrameworkOptions.ToChannelFromBotOAuthScope), "/relative")]
    public void Malformed_endpoint_url_names_the_setting(string setting, string value)
    {
        var settings = new BotFrameworkOptions();
        typeof(BotFrameworkOptions).GetProperty(setting)!.SetValue(settings, value);
        var failure = Assert.Single(Failures(settings));
        Assert.StartsWith(setting + " must be an absolute http(s) URL", failure, StringComparison.Ordinal);
        Assert.Contains(value, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_needs_a_connection_string()
    {
        var failure = Assert.Single(Failures(new StartupSettings { Storage = new StorageOptions { Provider = StorageProvider.Postgres } }));
        Assert.StartsWith("ConnectionStrings:Assistant is required when Storage:Provider is Postgres", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Tenants_and_tenant_id_and_otlp_endpoint_are_checked()
    {
        var failures = Failures(new BotFrameworkOptions
        {
            AllowedTenants = [Tenant, "contoso"],
            MicrosoftAppTenantId = "not a tenant",
        });
        Assert.Contains(failures, f => f.StartsWith("AllowedTenants:1 must be a tenant id", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MicrosoftAppTenantId must be a tenant id", StringComparison.Ordinal));
        Assert.StartsWith("OTEL_EXPORTER_OTLP_ENDPOINT must be", Assert.Single(Failures(new StartupSettings { OtlpEndpoint = "collector:4317" })), StringComparison.Ordinal);
        Assert.Empty(Failures(new BotFrameworkOptions { MicrosoftAppTenantId = "contoso.onmicrosoft.com" }));
    }
}
