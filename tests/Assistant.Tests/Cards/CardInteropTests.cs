using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Tests.Cards;

/// <summary>
/// Every card the builders make goes through the official adaptivecards JavaScript library (parse, validate, render
/// under jsdom) and through the maintainers' contract check. Skips when node or tests/node/node_modules is absent,
/// unless CI=true.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CardInteropTests
{
    [Fact]
    public async Task Every_card_parses_validates_and_renders_in_the_official_library()
    {
        var (root, directory) = await WriteAllCardsAsync();
        try
        {
            var result = await RunNodeAsync(Path.Combine(root, "tests", "node"), "cardcheck-all.js", directory);

            Assert.True(result.ExitCode == 0, result.Output);
            var charts = CardSamples.All().Sum(c => CardQuery.Objects(c.Card.ToJsonObject()).Count(o => ((string?)o["type"])?.StartsWith("Chart.", StringComparison.Ordinal) == true));
            Assert.True(charts > 0);
            Assert.Contains($"cards: {CardSamples.All().Count()} checked ({charts} charts), 0 problems", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Every_card_passes_the_shared_contract_check()
    {
        var (root, directory) = await WriteAllCardsAsync();
        // ../shared from the main checkout; ../../shared from a worktree under /work/wt.
        var tools = new[] { Path.Combine(root, "..", "shared", "tools"), Path.Combine(root, "..", "..", "shared", "tools") }
            .Select(Path.GetFullPath)
            .FirstOrDefault(p => File.Exists(Path.Combine(p, "cardcheck.js")));
        if (tools is null)
        {
            Assert.Skip("The shared contract check (../shared/tools/cardcheck.js) is not there.");
        }

        try
        {
            // cardcheck.js resolves adaptivecards and jsdom from its own folder or, failing that, from NODE_PATH.
            var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToArray();
            var result = await RunNodeAsync(tools, "cardcheck.js", files);

            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Contains($"cards: {files.Length} checked, 0 problems", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_check_rejects_an_input_without_id_a_chart_without_fallback_and_an_unescaped_link()
    {
        var root = NodeTool.RepositoryRoot();
        NodeTool.SkipUnlessAvailable(root);
        var bad = new AdaptiveCard
        {
            Body =
            [
                new TextInput { Label = "x" },
                new VerticalBarChart([new BarDatum("2021", 1)]),
                new TextBlock("[klicka](https://evil.example)"),
                new TextBlock(Markdown.Escape("[klicka](https://evil.example)")),
            ],
        };
        var file = Path.Combine(Path.GetTempPath(), "assistant-bad-card-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, bad.ToJson(), TestContext.Current.CancellationToken);

        var result = await RunNodeAsync(Path.Combine(root, "tests", "node"), "cardcheck-all.js", file);
        File.Delete(file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Chart.VerticalBar without a fallback element", result.Output, StringComparison.Ordinal);
        Assert.Contains("validate:", result.Output, StringComparison.Ordinal);
        Assert.Single(result.Output.Split('\n'), line => line.Contains("markdown made <a>", StringComparison.Ordinal));
    }

    private static async Task<(string Root, string Directory)> WriteAllCardsAsync()
    {
        var root = NodeTool.RepositoryRoot();
        NodeTool.SkipUnlessAvailable(root);
        var directory = Path.Combine(Path.GetTempPath(), "assistant-cards-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        foreach (var (name, card) in CardSamples.All())
        {
            await File.WriteAllTextAsync(Path.Combine(directory, name + ".json"), card.ToJson(indented: true), TestContext.Current.CancellationToken);
        }

        return (root, directory);
    }

    private static Task<NodeTool.Result> RunNodeAsync(string workingDirectory, string script, params string[] arguments) =>
        NodeTool.RunAsync(workingDirectory, script, arguments, TestContext.Current.CancellationToken);
}
