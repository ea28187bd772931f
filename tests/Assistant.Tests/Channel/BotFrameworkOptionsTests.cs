using Assistant.Bot.Channel;

namespace Assistant.Tests.Channel;

public sealed class BotFrameworkOptionsTests
{
    [Fact]
    public void The_public_cloud_defaults_are_the_SDKs()
    {
        var options = new BotFrameworkOptions { MicrosoftAppId = "id", MicrosoftAppPassword = "pw" };

        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.OpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.TokenIssuer);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", options.LoginUrl);
        Assert.Equal("https://api.botframework.com/.default", options.OAuthScope);
        Assert.False(options.IsDevelopmentMode);
    }

    [Fact]
    public void A_single_tenant_bot_logs_in_at_its_own_tenant()
    {
        var options = new BotFrameworkOptions { MicrosoftAppId = "id", MicrosoftAppType = "SingleTenant", MicrosoftAppTenantId = "7c2e4a90-5b1d-4f3e-8a6c-9d0b1e2f3a4b" };

        Assert.Equal("https://login.microsoftonline.com/7c2e4a90-5b1d-4f3e-8a6c-9d0b1e2f3a4b", options.LoginUrl);
    }

    [Theory]
    [InlineData("https://api.botframework.com", "https://api.botframework.com/.default")]
    [InlineData("https://api.botframework.com/", "https://api.botframework.com/.default")]
    [InlineData("api://botid-x/.default", "api://botid-x/.default")]
    public void The_scope_ends_in_default(string configured, string expected)
    {
        Assert.Equal(expected, new BotFrameworkOptions { ToChannelFromBotOAuthScope = configured }.OAuthScope);
    }

    [Fact]
    public void Mistakes_in_the_settings_are_named_on_start()
    {
        var result = new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions
        {
            MicrosoftAppId = "id",
            MicrosoftAppType = "SingleTenant",
            ToBotFromChannelOpenIdMetadataUrl = "not a url",
            ServiceUrls = ["smba"],
        });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("MicrosoftAppTenantId", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("MicrosoftAppPassword", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("ToBotFromChannelOpenIdMetadataUrl", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("ServiceUrls", StringComparison.Ordinal));
        Assert.True(new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions()).Succeeded);
    }

    [Fact]
    public void An_unknown_app_type_is_refused()
    {
        var result = new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions { MicrosoftAppType = "UserAssignedMSI" });

        Assert.True(result.Failed);
    }
}
