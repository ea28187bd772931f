namespace Assistant.Tests.Architecture;

/// <summary>
/// The unit tier (`--filter "Category!=Integration"`) stays fast and self-contained: a test file that starts the bot
/// (TestApp or its drivers), a process, PostgreSQL, a browser, Node or a stand-in HTTP server, or reads the shared seed
/// documents beside the repository (../shared/seeds), must mark its class [Trait("Category", "Integration")], so such a
/// test cannot slip into the unit tier by mistake. Long scenarios by design (a two-year walk, a 10,000-owner load)
/// carry the trait too, with a comment saying why.
/// </summary>
public sealed class TestTierTests
{
    /// <summary>What makes a test an integration test, as it appears in the test's source.</summary>
    private static readonly string[] Markers =
    [
        "TestApp.", "BotHost", "DirectLineHost", "WebApplicationFactory", "TestServer", "UseKestrel", "CreateSlimBuilder", "CreateBuilder(",
        "BotProcess.", "FanOutSetup", "ProcessStartInfo", "Process.Start",
        "PostgresServer", "PostgresCollection", "Playwright", "WebChatBrowser", "WebChatScenario", "NodeTool.", "NodeScripts", "NodeConnectorProxy",
        "LocalServer.", "LocalConnector", "LocalIssuer", "RecordingConnector", "StandInConnectorServer",
        "SeedKnowledge.", "SeedFiles.", "Seed(\"0",
    ];

    private const string Trait = "[Trait(\"Category\", \"Integration\")]";

    [Fact]
    public void Every_test_that_needs_a_host_a_process_a_database_server_or_a_browser_is_in_the_integration_tier()
    {
        var unmarked = SourceTree.Files("tests/Assistant.Tests", "*.cs")
            .Where(f => !f.StartsWith("tests/Assistant.Tests/Architecture/", StringComparison.Ordinal))
            .Select(f => (File: f, Text: SourceTree.Read(f)))
            .Where(f => f.Text.Contains("[Fact", StringComparison.Ordinal) || f.Text.Contains("[Theory", StringComparison.Ordinal))
            .Where(f => !f.Text.Contains(Trait, StringComparison.Ordinal))
            .Select(f => (f.File, Uses: Markers.Where(m => f.Text.Contains(m, StringComparison.Ordinal)).ToList()))
            .Where(f => f.Uses.Count > 0)
            .Select(f => $"{f.File} ({string.Join(", ", f.Uses)})")
            .ToList();

        Assert.True(unmarked.Count == 0, $"These test files start a host, a process, a database server, a browser or Node but their class has no {Trait}:\n{string.Join("\n", unmarked)}");
    }
}
