using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Assistant.Tests.DevChat.Infrastructure;

/// <summary>
/// What the chat page's browser tests share: Debian's chromium launched by Playwright (no browser download), typing in
/// Web Chat's send box, numbered screenshots in one run folder, and the skip (or, with CI=true, the failure) where
/// chromium or the Web Chat bundle is absent.
/// </summary>
internal sealed class WebChatBrowser(string artifacts)
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // The flags the machine's own probe uses: without the background-networking ones chromium keeps trying hosts
    // this closed network refuses.
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private int _shot;

    /// <summary>The run folder the screenshots go to (printed by the tests).</summary>
    public string Artifacts => artifacts;

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });

    public static async Task SayAsync(IPage page, string text)
    {
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    public async Task ShotAsync(IPage page, string name)
    {
        var path = Path.Combine(artifacts, $"{++_shot:00}-{name}.png");
        var bytes = await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(Path.GetFileName(path), bytes, "image/png");
    }

    public static async Task SkipUnlessBrowserAndBundleAsync(DirectLineHost host)
    {
        var required = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        string? missing = null;
        if (!File.Exists(ChromiumPath))
        {
            missing = $"chromium is not installed at {ChromiumPath} (apt-get install -y chromium)";
        }
        else
        {
            var people = JsonNode.Parse(await host.Client.GetStringAsync("/webchat/api/people", TestContext.Current.CancellationToken))!;
            if (people["bundle"]?.GetValue<bool>() != true)
            {
                missing = "the Web Chat bundle is missing (bot/wwwroot/lib/webchat.js: build with npm available)";
            }
        }

        if (missing is null)
        {
            return;
        }

        Assert.False(required, $"CI=true and {missing}.");
        Assert.Skip($"Browser test skipped: {missing}.");
    }
}
