using Assistant.Tests.DevChat.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assistant.Tests.DevChat;

/// <summary>
/// End to end in a real headless browser: Debian's chromium driven by Playwright (no browser download), the page with
/// the Web Chat bundle from the build, the bot with every feature. Skips where chromium or the bundle is absent,
/// unless CI=true. Screenshots of every step go to TestResults/webchat-e2e (the path is printed).
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Integration")]
public sealed class WebChatBrowserTests : IAsyncLifetime
{
    private const float Timeout = 20_000;

    private DirectLineHost _host = null!;
    private WebChatBrowser _browser = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await DirectLineHost.StartAsync(WebChatScenario.Settings);
        await WebChatScenario.ImportAsync(_host);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Owner_AsksAForecast_GetsAReminder_AnswersTheCard_AndSeesTheNewStatus()
    {
        await WebChatBrowser.SkipUnlessBrowserAndBundleAsync(_host);
        _browser = new WebChatBrowser(BrowserArtifacts.NewRunFolder("reminder-round-trip"));
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshots: {_browser.Artifacts}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await WebChatBrowser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "sv-SE" });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(_host.BaseAddress.ToString());
        await page.Locator("#person").SelectOptionAsync(new SelectOptionValue { Label = WebChatScenario.OwnerName });
        var chat = page.Locator($"#chat [data-person]");
        await Expect(chat).ToHaveAttributeAsync("data-person", await WebChatScenario.PersonIdAsync(_host, WebChatScenario.OwnerName), new() { Timeout = Timeout });
        var transcript = chat.Locator(".webchat__basic-transcript");
        await Expect(transcript.GetByText("Hej!", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = Timeout });
        await _browser.ShotAsync(page, "welcome");

        await WebChatBrowser.SayAsync(page, WebChatScenario.ForecastQuestion);
        await Expect(transcript.Locator(".webchat__stacked-layout__content").Last).ToContainTextAsync(WebChatScenario.ForecastAnswer, new() { Timeout = Timeout });
        await _browser.ShotAsync(page, "forecast-answer");

        await page.Locator("#remind-date").FillAsync(WebChatScenario.ReminderDate);
        await page.Locator("#remind-run").ClickAsync();
        await Expect(page.Locator("#remind-status")).ToContainTextAsync("1 skickade", new() { Timeout = Timeout });
        await Expect(page.Locator("#remind-result")).ToContainTextAsync(WebChatScenario.OwnerName);

        var card = transcript.Locator(".ac-adaptiveCard").Filter(new() { HasText = WebChatScenario.ActivityTitle }).Last;
        await Expect(card).ToBeVisibleAsync(new() { Timeout = Timeout });
        await card.ScrollIntoViewIfNeededAsync();
        await _browser.ShotAsync(page, "reminder-card");

        await card.Locator("select").First.SelectOptionAsync(new SelectOptionValue { Label = "Pågår" });
        await card.Locator("textarea").First.FillAsync("Leverantören är vald, start i oktober");
        await _browser.ShotAsync(page, "card-filled");
        await card.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();

        var receipt = transcript.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Tack! Statusen är sparad" });
        await Expect(receipt).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Expect(receipt).ToContainTextAsync("Pågår");
        await Expect(transcript.Locator(".ac-adaptiveCard select")).ToHaveCountAsync(0);
        await _browser.ShotAsync(page, "receipt");

        await WebChatBrowser.SayAsync(page, WebChatScenario.StatusQuestion);
        var answer = transcript.Locator(".webchat__stacked-layout__content").Last;
        await Expect(answer).ToContainTextAsync("Pågår", new() { Timeout = Timeout });
        await Expect(answer).ToContainTextAsync("Leverantören är vald");
        await _browser.ShotAsync(page, "new-status");

        // The welcome card's Teams imBack button works here too: it asks as if typed.
        await transcript.GetByRole(AriaRole.Button, new() { Name = "Mina aktiviteter" }).First.ClickAsync();
        await Expect(transcript.Locator(".webchat__stacked-layout__content").Last).ToContainTextAsync(WebChatScenario.ActivityTitle, new() { Timeout = Timeout });
        await _browser.ShotAsync(page, "my-activities");

        Assert.Empty(errors);
    }
}
