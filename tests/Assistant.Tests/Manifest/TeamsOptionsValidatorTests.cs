using Assistant.Bot.Manifest;

namespace Assistant.Tests.Manifest;

public sealed class TeamsOptionsValidatorTests
{
    private static IReadOnlyList<string> Failures(TeamsOptions options) =>
        new TeamsOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Defaults_are_valid() => Assert.Empty(Failures(new TeamsOptions()));

    [Theory]
    [InlineData("not-a-guid", null, "Teams:AppId")]
    [InlineData(null, "1.0", "Teams:Version")]
    [InlineData(null, "v1.0.0", "Teams:Version")]
    public void Bad_id_or_version_names_the_setting(string? appId, string? version, string setting)
    {
        var failures = Failures(new TeamsOptions { AppId = appId, Version = version ?? "1.0.0" });
        Assert.Contains(failures, f => f.StartsWith(setting, StringComparison.Ordinal));
    }

    [Fact]
    public void Urls_must_be_https_and_names_fit_teams_limits()
    {
        var failures = Failures(new TeamsOptions
        {
            PrivacyUrl = "http://kommun.se/privacy",
            WebsiteUrl = "kommun.se",
            ShortName = new string('a', 31),
            DeveloperName = string.Empty,
        });
        Assert.Contains(failures, f => f.StartsWith("Teams:PrivacyUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Teams:WebsiteUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Teams:ShortName", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Teams:DeveloperName", StringComparison.Ordinal));
    }
}
