using System.IO.Compression;
using System.Text.Json.Nodes;
using Assistant.Bot.Cli;
using Assistant.Bot.Manifest;
using Assistant.Tests.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.Manifest;

[Trait("Category", "Integration")]
public sealed class PackageCommandTests
{
    private const string BotId = "0b7c8a3e-4f2d-4e1a-9c3b-2d5e6f7a8b9c";

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(Dictionary<string, string?> settings, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddManifest(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<ICommand>().Single(c => c.Verb == "package");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await command.RunAsync(CommandArguments.Parse(args), stdout, stderr, TestContext.Current.CancellationToken);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string TempZip() => Path.Combine(Directory.CreateTempSubdirectory("assistant-pkg-").FullName, "app.zip");

    private static JsonNode ReadManifest(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var stream = zip.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!;
    }

    [Fact]
    public async Task Missing_MicrosoftAppId_fails_with_a_message_naming_it_and_writes_nothing()
    {
        var output = TempZip();
        var (exit, _, stderr) = await RunAsync([], "--out", output);
        Assert.Equal(1, exit);
        Assert.StartsWith("MicrosoftAppId is not set", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task MicrosoftAppId_that_is_not_a_guid_is_refused()
    {
        var (exit, _, stderr) = await RunAsync(new() { ["MicrosoftAppId"] = "my-bot" }, "--out", TempZip());
        Assert.Equal(1, exit);
        Assert.Contains("MicrosoftAppId must be a GUID", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_out_is_a_usage_error() =>
        await Assert.ThrowsAsync<CommandLineException>(() => RunAsync(new() { ["MicrosoftAppId"] = BotId }));

    [Fact]
    public async Task Writes_the_zip_with_a_derived_manifest_id_and_the_domain()
    {
        var output = TempZip();
        var (exit, stdout, stderr) = await RunAsync(new() { ["MicrosoftAppId"] = BotId }, "--out", output, "--domain", "assistant.kommun.se");
        Assert.True(exit == 0, stderr);
        Assert.Contains(output, stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stderr);

        using (var zip = ZipFile.OpenRead(output))
        {
            Assert.Equal(["manifest.json", "color.png", "outline.png", "sv.json", "en.json"], zip.Entries.Select(e => e.FullName));
        }

        var manifest = ReadManifest(output);
        Assert.Equal(DeterministicGuid.TeamsAppIdFor(Guid.Parse(BotId)).ToString(), (string?)manifest["id"]);
        Assert.Equal(["assistant.kommun.se"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public async Task Configured_Teams_AppId_is_used_as_the_manifest_id()
    {
        var output = TempZip();
        var (exit, _, stderr) = await RunAsync(new() { ["MicrosoftAppId"] = BotId, ["Teams:AppId"] = "9F0E1D2C-3B4A-5968-8776-655443322110" }, "--out", output);
        Assert.True(exit == 0, stderr);
        Assert.Contains("links point to https://example.org", stderr, StringComparison.Ordinal);
        Assert.Equal("9f0e1d2c-3b4a-5968-8776-655443322110", (string?)ReadManifest(output)["id"]);
    }

    [Fact]
    public async Task Bot_executable_package_verb_needs_only_MicrosoftAppId()
    {
        var work = Directory.CreateTempSubdirectory("assistant-pkg-").FullName;
        var result = await BotProcess.RunAsync(["package", "--out", "app.zip"], new Dictionary<string, string> { ["MicrosoftAppId"] = BotId }, TimeSpan.FromSeconds(60), work);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(BotId, (string?)ReadManifest(Path.Combine(work, "app.zip"))["bots"]![0]!["botId"]);
        Assert.False(File.Exists(Path.Combine(work, "assistant.db")), "package must not create or migrate a database");

        // Not even an unreachable production database stops it.
        var postgres = await BotProcess.RunAsync(
            ["package", "--out", "pg.zip"],
            new Dictionary<string, string>
            {
                ["MicrosoftAppId"] = BotId,
                ["Storage__Provider"] = "Postgres",
                ["ConnectionStrings__Assistant"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2",
            },
            TimeSpan.FromSeconds(60),
            work);
        Assert.True(postgres.ExitCode == 0, postgres.ToString());

        var missing = await BotProcess.RunAsync(["package", "--out", "none.zip"], new Dictionary<string, string>(), TimeSpan.FromSeconds(60), work);
        Assert.True(missing.ExitCode == 1, missing.ToString());
        Assert.Contains("MicrosoftAppId is not set", missing.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work, "none.zip")));
    }
}
