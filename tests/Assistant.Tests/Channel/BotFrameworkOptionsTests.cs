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
    public void Mistakes_in_the_channels_own_settings_are_named_on_start()
    {
        var result = new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions
        {
            ServiceUrls = ["smba", "http://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea/"],
            MaxRequestBodyBytes = 10,
        });

        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.StartsWith("ServiceUrls:0", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("ServiceUrls:1", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("MaxRequestBodyBytes", StringComparison.Ordinal));
        Assert.True(new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions()).Succeeded);
    }

    [Fact]
    public void Every_channel_and_conversation_setting_is_in_the_sample_with_a_comment()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Assistant.sln")))
        {
            root = root.Parent!;
        }

        var sample = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(root.FullName, "appsettings.sample.json")))!.AsObject();
        var missing = new List<string>();
        foreach (var property in typeof(BotFrameworkOptions).GetProperties().Where(p => p.CanWrite))
        {
            // A setting at the root has its comment beside it; a section (Channel) inside it.
            var commented = sample.ContainsKey(property.Name + "_comment")
                || (sample[property.Name] is System.Text.Json.Nodes.JsonObject section && section.ContainsKey("_comment"));
            if (!sample.ContainsKey(property.Name) || !commented)
            {
                missing.Add(property.Name);
            }
        }

        foreach (var (section, type) in new[] { (Bot.Channel.Connector.ConnectorOptions.SectionName, typeof(Bot.Channel.Connector.ConnectorOptions)), (Bot.Conversation.ConversationOptions.SectionName, typeof(Bot.Conversation.ConversationOptions)) })
        {
            foreach (var property in type.GetProperties())
            {
                if (sample[section]?[property.Name] is null)
                {
                    missing.Add($"{section}:{property.Name}");
                }
            }
        }

        Assert.True(missing.Count == 0, "missing from appsettings.sample.json: " + string.Join(", ", missing));
    }
}
