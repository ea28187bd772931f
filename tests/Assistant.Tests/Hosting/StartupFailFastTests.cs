using Assistant.Bot.Hosting;

namespace Assistant.Tests.Hosting;

/// <summary>The real executable, started with one broken setting: it must stop at once and name the setting.</summary>
[Trait("Category", "Integration")]
public sealed class StartupFailFastTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("MicrosoftAppType=SingleTenant", "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant")]
    [InlineData("ToChannelFromBotLoginUrl=login.microsoftonline.com", "ToChannelFromBotLoginUrl must be an absolute http(s) URL")]
    [InlineData("Storage__Provider=Postgres;ConnectionStrings__Assistant=", "ConnectionStrings:Assistant is required when Storage:Provider is Postgres")]
    [InlineData("Storage__Provider=Postgress", "Storage:Provider")]
    [InlineData("Teams__Version=1.0", "Teams:Version must be a version like 1.0.0")]
    [InlineData("AllowedTenants__0=contoso", "AllowedTenants:0 must be a tenant id")]
    [InlineData("Teams__Version=1;MicrosoftAppType=SingleTenant", "MicrosoftAppTenantId is required")]
    [InlineData("MicrosoftAppType=SingleTenant;Teams__Version=1", "Teams:Version must be a version like 1.0.0")]
    public async Task Web_host_with_a_broken_setting_exits_with_a_message_naming_it(string settings, string expected)
    {
        var environment = new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = "0b7c8a3e-4f2d-4e1a-9c3b-2d5e6f7a8b9c",
            ["MicrosoftAppPassword"] = "test-secret",
        };
        foreach (var pair in settings.Split(';'))
        {
            var (key, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            environment[key] = value;
        }

        var result = await BotProcess.RunAsync([], environment, Limit, stopWhenStdoutContains: "Now listening on");
        Assert.True(result.ExitCode == AssistantApp.ConfigurationErrorExitCode, result.ToString());
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Configuration error: the bot did not start", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("test-secret", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_line_verb_with_a_broken_setting_exits_with_a_message_naming_it()
    {
        // Checked before the verb is even looked up.
        var result = await BotProcess.RunAsync(
            ["export", "--format", "json"],
            new Dictionary<string, string> { ["MicrosoftAppId"] = "0b7c8a3e-4f2d-4e1a-9c3b-2d5e6f7a8b9c", ["MicrosoftAppType"] = "SingleTenant" },
            Limit);
        Assert.True(result.ExitCode == AssistantApp.ConfigurationErrorExitCode, result.ToString());
        Assert.Contains("MicrosoftAppTenantId is required", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_verb_checks_only_what_it_uses()
    {
        var environment = new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = "0b7c8a3e-4f2d-4e1a-9c3b-2d5e6f7a8b9c",
            ["MicrosoftAppType"] = "SingleTenant",
        };
        var ok = await BotProcess.RunAsync(["package", "--out", "app.zip"], environment, Limit);
        Assert.True(ok.ExitCode == 0, ok.ToString());

        environment["Teams__Version"] = "one";
        var broken = await BotProcess.RunAsync(["package", "--out", "app.zip"], environment, Limit);
        Assert.True(broken.ExitCode == AssistantApp.ConfigurationErrorExitCode, broken.ToString());
        Assert.Contains("Teams:Version must be a version like 1.0.0", broken.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Web_host_with_valid_settings_starts_listening()
    {
        var result = await BotProcess.RunAsync(
            [],
            new Dictionary<string, string>
            {
                ["MicrosoftAppId"] = "0b7c8a3e-4f2d-4e1a-9c3b-2d5e6f7a8b9c",
                ["MicrosoftAppPassword"] = "test-secret",
                ["MicrosoftAppType"] = "SingleTenant",
                ["MicrosoftAppTenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            },
            Limit,
            stopWhenStdoutContains: "Now listening on");
        Assert.True(result.TimedOut, result.ToString());
        Assert.Contains("Now listening on", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Configuration error", result.Stderr, StringComparison.Ordinal);
    }
}
