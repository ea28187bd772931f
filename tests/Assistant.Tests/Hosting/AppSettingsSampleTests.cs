using Assistant.Bot.Channel;
using System.Text.Json.Nodes;
using Assistant.Bot.Hosting;
using Assistant.Bot.Manifest;
using Assistant.Bot.Storage;
using Assistant.Tests.Manifest;
using Microsoft.Extensions.Configuration;

namespace Assistant.Tests.Hosting;

/// <summary>appsettings.sample.json at the repository root: complete, commented, and a configuration the bot starts with.</summary>
[Trait("Category", "Integration")]
public sealed class AppSettingsSampleTests
{
    private static string SamplePath => Path.Combine(RepositoryRoot.Find(), "appsettings.sample.json");

    private static JsonObject Sample() => JsonNode.Parse(File.ReadAllText(SamplePath))!.AsObject();

    [Fact]
    public void Every_setting_has_a_comment_beside_it_or_inside_it()
    {
        var uncommented = new List<string>();
        Walk(Sample(), string.Empty, uncommented);
        Assert.True(uncommented.Count == 0, "settings without a comment: " + string.Join(", ", uncommented));
    }

    [Fact]
    public void Comment_check_finds_a_setting_without_one()
    {
        var uncommented = new List<string>();
        Walk(JsonNode.Parse("""{"A": 1, "A_comment": "x", "B": 2, "S": {"_comment": "x", "C": 3}, "T": {"D": 4}}""")!.AsObject(), string.Empty, uncommented);
        Assert.Equal(["B", "T"], uncommented);
    }

    [Fact]
    public void Every_setting_of_the_operations_options_is_in_the_sample()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(SamplePath).Build();
        var missing = new List<string>();
        // The SDK-named keys at the root (bound as BotFrameworkOptions; its computed properties are not settings).
        foreach (var property in typeof(BotFrameworkOptions).GetProperties().Where(p => p.CanWrite))
        {
            Expect(configuration, property.Name, missing);
        }

        foreach (var property in typeof(TeamsOptions).GetProperties())
        {
            Expect(configuration, $"{TeamsOptions.SectionName}:{property.Name}", missing);
        }

        foreach (var property in typeof(StorageOptions).GetProperties())
        {
            Expect(configuration, $"{StorageOptions.SectionName}:{property.Name}", missing);
        }

        foreach (var key in new[] { "ConnectionStrings:Assistant", "OpenTelemetry:ServiceName", "Logging:LogLevel:Default", "Reminders:DaysBefore", "Owners", "Graph:ClientId", "Admins", "AdminApiKey", "Knowledge:LoadSamples" })
        {
            Expect(configuration, key, missing);
        }

        Assert.True(missing.Count == 0, "missing from appsettings.sample.json: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Bot_starts_with_the_sample_as_its_configuration()
    {
        var work = Directory.CreateTempSubdirectory("assistant-sample-").FullName;
        File.Copy(SamplePath, Path.Combine(work, "appsettings.json"));
        // As a production deployment runs it: the environment adds the app registration (SECURITY.md).
        var result = await BotProcess.RunAsync([], ProductionSettings.Environment(), TimeSpan.FromSeconds(60), work, stopWhenStdoutContains: "Now listening on");
        Assert.True(result.TimedOut && result.Stdout.Contains("Now listening on", StringComparison.Ordinal), result.ToString());
    }

    private static void Expect(IConfiguration configuration, string key, List<string> missing)
    {
        var section = configuration.GetSection(key);
        if (!section.Exists() && section.Value is null && !File.ReadAllText(SamplePath).Contains($"\"{key.Split(':')[^1]}\": [", StringComparison.Ordinal))
        {
            missing.Add(key);
        }
    }

    /// <summary>
    /// A setting is explained by a "KEY_comment" sibling, by a "_comment" inside it (sections), or, inside a section,
    /// by the section's own "_comment". Sections with their own comment are walked too.
    /// </summary>
    private static void Walk(JsonObject obj, string path, List<string> uncommented)
    {
        foreach (var (key, value) in obj)
        {
            if (key.StartsWith('_') || key.EndsWith("_comment", StringComparison.Ordinal))
            {
                continue;
            }

            var name = path.Length == 0 ? key : $"{path}:{key}";
            var ownComment = value is JsonObject section && section.ContainsKey("_comment");
            if (!obj.ContainsKey(key + "_comment") && !ownComment && !(path.Length > 0 && obj.ContainsKey("_comment")))
            {
                uncommented.Add(name);
            }

            if (ownComment)
            {
                Walk((JsonObject)value!, name, uncommented);
            }
        }
    }
}
