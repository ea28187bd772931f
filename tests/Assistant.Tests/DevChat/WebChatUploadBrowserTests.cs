using System.Text.Json.Nodes;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Knowledge.Upload;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Storage;
using Assistant.Tests.DevChat.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Assistant.Tests.Knowledge.KnowledgeTestFiles;
using static Microsoft.Playwright.Assertions;

namespace Assistant.Tests.DevChat;

/// <summary>
/// A plan document through Web Chat's own upload button, in a real headless browser (Debian's chromium, Playwright):
/// the file goes up through the embedded Direct Line's upload endpoint, the bot downloads it from the attachment's link
/// as it downloads a Teams file, and an admin gets the preview card. The plan is the 2021 sample with one recruitment
/// forecast changed. Skips where chromium or the bundle is absent, unless CI=true. Screenshots go to
/// TestResults/webchat-e2e (the path is printed).
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Integration")]
public sealed class WebChatUploadBrowserTests : IAsyncLifetime
{
    private const float Timeout = 30_000;
    private const string Sample = "personal-och-kompetensforsorjningsplan-2021.md";
    private const string Question = "Vad är rekryteringsbehovet för socialsekreterare 2027?";
    private const string AdminLabel = "Admin (administratör)";

    private DirectLineHost _host = null!;
    private WebChatBrowser _browser = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await DirectLineHost.StartAsync(WebChatScenario.Settings);
        await using var scope = _host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentImporter>()
            .ImportAsync(Sample, await File.ReadAllBytesAsync(Path.Combine(SamplesFolder, Sample), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        Assert.False(result.Failed, result.Summary());
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Admin_UploadsAChangedPlan_SeesThePreview_Imports_AndTheAnswerChanges()
    {
        await WebChatBrowser.SkipUnlessBrowserAndBundleAsync(_host);
        var file = WriteChangedPlan();
        _browser = new WebChatBrowser(BrowserArtifacts.NewRunFolder("upload-admin"));
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshots: {_browser.Artifacts}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await WebChatBrowser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "sv-SE" });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        var transcript = await OpenAsAsync(page, AdminLabel);

        await WebChatBrowser.SayAsync(page, Question);
        await Expect(LastMessage(transcript)).ToContainTextAsync("55", new() { Timeout = Timeout });
        await Expect(LastMessage(transcript)).Not.ToContainTextAsync("58");

        await page.Locator("#chat input[type=file]").SetInputFilesAsync(file);
        var preview = transcript.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Förhandsgranskning: " + Sample });
        await Expect(preview).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Expect(preview).ToContainTextAsync("55");
        await Expect(preview).ToContainTextAsync("58");
        await preview.ScrollIntoViewIfNeededAsync();
        await _browser.ShotAsync(page, "upload-preview");
        Assert.Equal(55, await RecruitmentFor2027Async());

        await preview.GetByRole(AriaRole.Button, new() { Name = "Importera" }).ClickAsync();
        // The card is replaced by the import's summary once imported.
        await Expect(preview).ToHaveCountAsync(0, new() { Timeout = Timeout });
        await _browser.ShotAsync(page, "imported");
        Assert.Equal(58, await RecruitmentFor2027Async());

        await WebChatBrowser.SayAsync(page, Question);
        await Expect(LastMessage(transcript)).ToContainTextAsync("58", new() { Timeout = Timeout });
        await _browser.ShotAsync(page, "new-answer");

        Assert.Empty(errors);
    }

    [Fact]
    public async Task NonAdmin_UploadsAPlan_IsRefusedPolitely_AndNothingChanges()
    {
        await WebChatBrowser.SkipUnlessBrowserAndBundleAsync(_host);
        var file = WriteChangedPlan();
        _browser = new WebChatBrowser(BrowserArtifacts.NewRunFolder("upload-non-admin"));
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshots: {_browser.Artifacts}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await WebChatBrowser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "sv-SE" });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        var owner = await FirstOwnerLabelAsync();
        var transcript = await OpenAsAsync(page, owner);

        await page.Locator("#chat input[type=file]").SetInputFilesAsync(file);
        // Any message, not the last: under load a late greeting can land after the refusal (seen once in a full run).
        await Expect(transcript.Locator(".webchat__stacked-layout__content").Filter(new() { HasText = "Bara administratörer kan uppdatera planerna" }))
            .ToHaveCountAsync(1, new() { Timeout = Timeout });
        await Expect(transcript.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Förhandsgranskning" })).ToHaveCountAsync(0);
        await _browser.ShotAsync(page, "refused");

        Assert.Equal(0, await WithDbAsync(db => db.PendingUploads.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(55, await RecruitmentFor2027Async());
        await WebChatBrowser.SayAsync(page, Question);
        await Expect(LastMessage(transcript)).ToContainTextAsync("55", new() { Timeout = Timeout });
        Assert.Empty(errors);
    }

    /// <summary>The sample with the social workers' recruitment need in 2027 changed from 55 to 58 (and the total with it).</summary>
    private static string WriteChangedPlan()
    {
        var text = File.ReadAllText(Path.Combine(SamplesFolder, Sample));
        var changed = text
            .Replace("| Socialsekreterare/biståndsbedömare | 51 | 44 | 51 | 49 | 46 | 52 | 50 | 51 | 55 |", "| Socialsekreterare/biståndsbedömare | 51 | 44 | 51 | 49 | 46 | 52 | 50 | 51 | 58 |", StringComparison.Ordinal)
            .Replace("| Totalt | 224 | 211 | 240 | 232 | 240 | 246 | 243 | 247 | 263 |", "| Totalt | 224 | 211 | 240 | 232 | 240 | 246 | 243 | 247 | 266 |", StringComparison.Ordinal);
        Assert.NotEqual(text, changed);
        var folder = Directory.CreateTempSubdirectory("assistant-upload-");
        var path = Path.Combine(folder.FullName, Sample);
        File.WriteAllText(path, changed);
        return path;
    }

    private async Task<decimal?> RecruitmentFor2027Async() => await WithDbAsync(db => db.Forecasts
        .Where(f => f.Year == 2027 && f.Group.StartsWith("Socialsekreterare") && f.Measure.StartsWith("Rekrytering"))
        .Select(f => (decimal?)f.Value).SingleOrDefaultAsync(TestContext.Current.CancellationToken));

    private async Task<T> WithDbAsync<T>(Func<AssistantDbContext, Task<T>> read)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AssistantDbContext>());
    }

    private async Task<string> FirstOwnerLabelAsync()
    {
        var people = JsonNode.Parse(await _host.Client.GetStringAsync("/webchat/api/people", TestContext.Current.CancellationToken))!["people"]!.AsArray();
        return people.First(p => p!["kind"]!.GetValue<string>() != "admin")!["name"]!.GetValue<string>();
    }

    private async Task<ILocator> OpenAsAsync(IPage page, string label)
    {
        await page.GotoAsync(_host.BaseAddress.ToString());
        await page.Locator("#person").SelectOptionAsync(new SelectOptionValue { Label = label });
        var chat = page.Locator("#chat [data-person]");
        var transcript = chat.Locator(".webchat__basic-transcript");
        await Expect(transcript.GetByText("Hej!", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = Timeout });
        return transcript;
    }

    private static ILocator LastMessage(ILocator transcript) => transcript.Locator(".webchat__stacked-layout__content").Last;
}
