using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Assistant.Bot.Manifest;

namespace Assistant.Tests.Manifest;

public sealed class AppPackageBuilderTests
{
    private static readonly Guid Bot = new("0b7c8a3e-4f2d-4e1a-9c3b-2d5e6f7a8b9c");
    private static readonly Guid App = new("9f0e1d2c-3b4a-5968-8776-655443322110");

    private static Dictionary<string, byte[]> Build(string? domain, TeamsOptions? teams = null, string? folder = null) =>
        AppPackageBuilder.Files(folder ?? PackageCommand.DefaultManifestFolder, new AppPackageSettings(Bot, App, domain, teams ?? new TeamsOptions()))
            .ToDictionary(f => f.Key, f => f.Value);

    private static JsonNode Json(Dictionary<string, byte[]> files, string name) => JsonNode.Parse(files[name])!;

    [Fact]
    public void Package_has_the_manifest_first_then_icons_and_both_languages()
    {
        var files = AppPackageBuilder.Files(PackageCommand.DefaultManifestFolder, new AppPackageSettings(Bot, App, null, new TeamsOptions()));
        Assert.Equal(["manifest.json", "color.png", "outline.png", "sv.json", "en.json"], files.Select(f => f.Key));
    }

    [Fact]
    public void Every_placeholder_is_filled_in_every_json_file()
    {
        var files = Build("assistant.kommun.se");
        foreach (var name in files.Keys.Where(n => n.EndsWith(".json", StringComparison.Ordinal)))
        {
            var text = Encoding.UTF8.GetString(files[name]);
            Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
            Assert.DoesNotContain("}}", text, StringComparison.Ordinal);
        }

        var manifest = Json(files, "manifest.json");
        Assert.Equal(App.ToString(), (string?)manifest["id"]);
        Assert.Equal(Bot.ToString(), (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(Bot.ToString(), (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal("Assistent", (string?)Json(files, "en.json")["name.short"]);
    }

    [Fact]
    public void Domain_goes_into_valid_domains_links_and_the_sso_resource()
    {
        var manifest = Json(Build("assistant.kommun.se"), "manifest.json");
        Assert.Equal(["assistant.kommun.se"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("https://assistant.kommun.se/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal("https://assistant.kommun.se/terms", (string?)manifest["developer"]!["termsOfUseUrl"]);
        Assert.Equal($"api://assistant.kommun.se/botid-{Bot}", (string?)manifest["webApplicationInfo"]!["resource"]);
    }

    [Fact]
    public void Without_a_domain_valid_domains_is_empty_and_links_fall_back()
    {
        var settings = new AppPackageSettings(Bot, App, null, new TeamsOptions());
        var manifest = Json(Build(null), "manifest.json");
        Assert.Empty(manifest["validDomains"]!.AsArray());
        Assert.Equal(AppPackageSettings.FallbackWebsite + "/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal($"api://botid-{Bot}", (string?)manifest["webApplicationInfo"]!["resource"]);
        Assert.True(settings.UsesFallbackUrls);
    }

    [Fact]
    public void Configured_teams_settings_win_over_defaults()
    {
        var teams = new TeamsOptions
        {
            Version = "2.3.4",
            ShortName = "Omsorgsassistenten",
            DeveloperName = "Socialförvaltningen",
            WebsiteUrl = "https://www.kommun.se/",
            PrivacyUrl = "https://www.kommun.se/integritet",
            TermsOfUseUrl = "https://www.kommun.se/villkor",
        };
        var files = Build("assistant.kommun.se", teams);
        var manifest = Json(files, "manifest.json");
        Assert.Equal("2.3.4", (string?)manifest["version"]);
        Assert.Equal("Omsorgsassistenten", (string?)manifest["name"]!["short"]);
        Assert.Equal("Omsorgsassistenten för vård och omsorg", (string?)manifest["name"]!["full"]);
        Assert.Equal("Socialförvaltningen", (string?)manifest["developer"]!["name"]);
        Assert.Equal("https://www.kommun.se/integritet", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal("Omsorgsassistenten", (string?)Json(files, "sv.json")["name.short"]);
        Assert.Contains("Socialförvaltningen", Encoding.UTF8.GetString(files["manifest.json"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_placeholder_or_missing_file_is_refused_with_its_name()
    {
        var folder = Directory.CreateTempSubdirectory("assistant-manifest-").FullName;
        File.WriteAllText(Path.Combine(folder, "manifest.json"), """{"id":"{{TEAMS_APP_ID}}","name":{"short":"{{NICKNAME}}"},"icons":{"color":"color.png","outline":"outline.png"}}""");
        var unknown = Assert.Throws<AppPackageException>(() => Build(null, folder: folder));
        Assert.Contains("{{NICKNAME}}", unknown.Message, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(folder, "manifest.json"), """{"id":"{{TEAMS_APP_ID}}","icons":{"color":"color.png","outline":"outline.png"}}""");
        var missing = Assert.Throws<AppPackageException>(() => Build(null, folder: folder));
        Assert.Contains("color.png", missing.Message, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(folder, "manifest.json"), """{"icons":{"color":"../secret.png","outline":"outline.png"}}""");
        Assert.Throws<AppPackageException>(() => Build(null, folder: folder));
    }

    [Fact]
    public void Same_input_gives_the_same_zip_bytes()
    {
        static byte[] Zip()
        {
            using var stream = new MemoryStream();
            AppPackageBuilder.Write(AppPackageBuilder.Files(PackageCommand.DefaultManifestFolder, new AppPackageSettings(Bot, App, "a.kommun.se", new TeamsOptions())), stream);
            return stream.ToArray();
        }

        var first = Zip();
        Assert.Equal(first, Zip());
        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.All(zip.Entries, e => Assert.DoesNotContain('/', e.FullName));
    }

    [Theory]
    [InlineData("assistant.kommun.se", "assistant.kommun.se")]
    [InlineData("Assistant.Kommun.SE", "assistant.kommun.se")]
    [InlineData("https://abc123.euw.devtunnels.ms/api/messages", "abc123.euw.devtunnels.ms")]
    public void Domain_accepts_a_host_or_a_url(string input, string expected) =>
        Assert.Equal(expected, AppPackageSettings.NormalizeDomain(input));

    [Theory]
    [InlineData("localhost")]
    [InlineData("ftp://files.kommun.se")]
    [InlineData("kommun se")]
    public void Domain_that_is_not_a_host_name_is_refused(string input) =>
        Assert.Throws<AppPackageException>(() => AppPackageSettings.NormalizeDomain(input));
}
