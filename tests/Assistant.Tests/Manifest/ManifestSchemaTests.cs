using Assistant.Tests.Hosting;

namespace Assistant.Tests.Manifest;

/// <summary>
/// The package the bot executable writes, checked by the official schemas bundled in @microsoft/app-manifest
/// (offline) through tests/node/manifest-check.js, and by the maintainers' contract check
/// ../shared/tools/manifestcheck.js where that is present.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ManifestSchemaTests
{
    private const string BotId = "3c2b1a09-8f7e-4d6c-9b5a-0e1f2d3c4b5a";

    private static async Task<string> PackageAsync(params string[] extra)
    {
        var work = Directory.CreateTempSubdirectory("assistant-schema-").FullName;
        var result = await BotProcess.RunAsync(["package", "--out", "app.zip", .. extra], new Dictionary<string, string> { ["MicrosoftAppId"] = BotId }, TimeSpan.FromSeconds(60), work);
        Assert.True(result.ExitCode == 0, result.ToString());
        return Path.Combine(work, "app.zip");
    }

    [Theory]
    [InlineData("assistant.kommun.se")]
    [InlineData(null)]
    public async Task Package_passes_the_official_schema_and_icon_checks(string? domain)
    {
        var node = NodeTool.RequireTestsNode();
        var zip = domain is null ? await PackageAsync() : await PackageAsync("--domain", domain);
        string[] args = domain is null ? [zip, "--bot-id", BotId] : [zip, "--bot-id", BotId, "--domain", domain];
        var (exit, output) = await NodeTool.RunAsync(Path.Combine(node, "manifest-check.js"), args, node);
        Assert.True(exit == 0, output);
        Assert.Contains("manifest 1.24, 5 files: 0 problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_passes_the_maintainers_manifestcheck()
    {
        var node = NodeTool.RequireTestsNode();
        // ../shared beside the repository (CI); a worktree may sit deeper, so look in every folder above it.
        var script = Ancestors(RepositoryRoot.Find()).Select(dir => Path.Combine(dir, "shared", "tools", "manifestcheck.js")).FirstOrDefault(File.Exists);
        if (script is null)
        {
            Assert.Skip("shared/tools/manifestcheck.js is absent (the shared folder is not beside this repository).");
        }

        var zip = await PackageAsync("--domain", "assistant.kommun.se");
        var environment = new Dictionary<string, string> { ["NODE_PATH"] = Path.Combine(node, "node_modules") };
        var (exit, output) = await NodeTool.RunAsync(script, [zip], node, environment);
        Assert.True(exit == 0, output);
        Assert.Contains("0 problems", output, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var dir = Directory.GetParent(folder); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }

    [Fact]
    public async Task Checker_finds_a_broken_package()
    {
        // The check must be able to fail: a package whose outline icon is the colour icon and whose English file
        // lost a string is refused with both problems named.
        var node = NodeTool.RequireTestsNode();
        var zip = await PackageAsync();
        var broken = Path.Combine(Path.GetDirectoryName(zip)!, "broken.zip");
        using (var source = System.IO.Compression.ZipFile.OpenRead(zip))
        using (var target = System.IO.Compression.ZipFile.Open(broken, System.IO.Compression.ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries)
            {
                using var input = (entry.FullName == "outline.png" ? source.GetEntry("color.png")! : entry).Open();
                using var memory = new MemoryStream();
                input.CopyTo(memory);
                var bytes = memory.ToArray();
                if (entry.FullName == "en.json")
                {
                    var json = System.Text.Json.Nodes.JsonNode.Parse(bytes)!.AsObject();
                    json.Remove("description.short");
                    bytes = System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
                }

                using var output = target.CreateEntry(entry.FullName).Open();
                output.Write(bytes);
            }
        }

        var (exit, text) = await NodeTool.RunAsync(Path.Combine(node, "manifest-check.js"), [broken], node);
        Assert.Equal(1, exit);
        Assert.Contains("outline icon outline.png must be a 32x32 PNG", text, StringComparison.Ordinal);
        Assert.Contains("en.json does not translate the same strings as sv.json", text, StringComparison.Ordinal);
    }
}
