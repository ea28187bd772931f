using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Plans;
using Assistant.Bot.Conversation;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Knowledge.Upload;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Storage;
using Assistant.Tests.Channel.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Assistant.Tests.Knowledge.KnowledgeTestFiles;

namespace Assistant.Tests.Knowledge.Upload;

/// <summary>
/// An administrator sends a plan document in the personal chat, over real HTTP: the bot on Kestrel with signed requests,
/// the recording connector, and a local server standing in for the Teams download URL.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DocumentUploadTests : IAsyncLifetime
{
    private const string Sample = "uppfoljning-verksamhetsplan-2024.txt";
    private const string AdminAad = "3f1d7c2a-9b8e-4d6f-a1c3-5e7b9d0f2a4c"; // the user of the message-personal fixture
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private int _downloads;
    private WebApplication _fileServer = null!;
    private BotHost _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _fileServer = await LocalServer.StartAsync(app => app.MapGet("/files/{name}", (string name, HttpContext context) =>
        {
            Interlocked.Increment(ref _downloads);
            return _files.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "application/octet-stream") : Results.NotFound();
        }));
    }

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await _fileServer.DisposeAsync();
    }

    private async Task StartBotAsync(bool admin)
    {
        var settings = new Dictionary<string, string?> { ["Knowledge:MaxUploadBytes"] = "200000" };
        if (admin)
        {
            settings["Admins:0"] = AdminAad;
        }

        _bot = await BotHost.StartAsync(settings);
    }

    private static byte[] ChangedPlan() => Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(SamplesFolder, Sample))
        .Replace("Q4\tAvd-Myndighet och Kvalitet\tUppstart\t", "Q4\tAvd-Myndighet och Kvalitet\tPågår\tArbetsgruppen har startat", StringComparison.Ordinal));

    private async Task<JsonObject> SendFileAsync(string name, byte[]? content, string fileType = "txt")
    {
        if (content is not null)
        {
            _files[name] = content;
        }

        var activity = _bot.Fixture("message-personal");
        activity["id"] = Guid.NewGuid().ToString("N"); // each message its own activity id (the bot drops repeats)
        activity["text"] = string.Empty;
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = "https://ekbacka.sharepoint.com/personal/anna/Documents/" + name,
            ["name"] = name,
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = $"{LocalServer.UrlOf(_fileServer)}/files/{name}",
                ["uniqueId"] = Guid.NewGuid().ToString(),
                ["fileType"] = fileType,
            },
        });
        var before = _bot.Connector.Messages.Count;
        var response = await _bot.SendAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return _bot.Connector.Messages.Skip(before).Single().Body!.AsObject();
    }

    private async Task<string> AskAsync(string text)
    {
        var activity = _bot.Fixture("message-personal");
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["text"] = text;
        var before = _bot.Connector.Messages.Count;
        await _bot.SendAsync(activity);
        return _bot.Connector.Messages.Skip(before).Single().Body!["text"]!.GetValue<string>();
    }

    private async Task ImportOriginalAsync()
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentImporter>()
            .ImportAsync(Sample, await File.ReadAllBytesAsync(Path.Combine(SamplesFolder, Sample), Ct), Ct);
        Assert.False(result.Failed, result.Summary());
    }

    private async Task<T> WithDbAsync<T>(Func<AssistantDbContext, Task<T>> read)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AssistantDbContext>());
    }

    private Task<ActivityStatus?> StatusOfDementiaPlanAsync() =>
        WithDbAsync(db => db.Activities.Where(a => a.Title.StartsWith("Ta fram en plan för en mer demensvänlig")).Select(a => a.Status).SingleAsync(Ct));

    [Fact]
    public async Task An_admin_uploads_a_changed_plan_sees_the_preview_and_only_Importera_imports_it_once_and_logs_it()
    {
        await StartBotAsync(admin: true);
        await ImportOriginalAsync();
        var changed = ChangedPlan();

        var reply = await SendFileAsync(Sample, changed);

        // The preview: text and card with the change and the two buttons; nothing imported yet.
        var text = reply["summary"]!.GetValue<string>(); // with a card the text goes as the summary (notification preview)
        Assert.StartsWith("Förhandsgranskning, inget är sparat: " + Sample, text, StringComparison.Ordinal);
        Assert.Contains("status \"Uppstart\" → \"Pågår\"", text, StringComparison.Ordinal);
        var card = reply["attachments"]![0]!["content"]!.AsObject();
        Assert.Equal(["Importera", "Avbryt"], card["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
        // Each change is a line of its own on the card (inside one text block the lines ran together).
        Assert.Contains(card["body"]!.AsArray(), e => e!["text"]?.GetValue<string>() is { } t
            && t.Contains("Uppstart", StringComparison.Ordinal) && t.Contains("Pågår", StringComparison.Ordinal) && !t.Contains('\n', StringComparison.Ordinal)
            && !t.Contains("Förhandsgranskning", StringComparison.Ordinal));
        Assert.Equal(ActivityStatus.StartingUp, await StatusOfDementiaPlanAsync());
        var pending = await WithDbAsync(db => db.PendingUploads.SingleAsync(Ct));
        Assert.Equal((Sample, Convert.ToHexStringLower(SHA256.HashData(changed)), UploadState.Pending), (pending.FileName, pending.Sha256, pending.State));

        // "Importera" pressed twice at once (double click): one import, one "already imported".
        var data = card["actions"]![0]!["data"]!.ToJsonString();
        var results = await Task.WhenAll(PressAsync(data, UploadCards.ImportVerb), PressAsync(data, UploadCards.ImportVerb));

        Assert.Single(results, r => r.Message.Text.StartsWith(Sample + ": 11 aktiviteter", StringComparison.Ordinal));
        Assert.Single(results, r => r.Message.Text == $"{Sample} är redan inläst.");
        Assert.Equal(ActivityStatus.InProgress, await StatusOfDementiaPlanAsync());
        var done = await WithDbAsync(db => db.PendingUploads.SingleAsync(Ct));
        Assert.Equal((UploadState.Imported, 0), (done.State, done.Content.Length)); // the file itself is not kept after the import
        var log = await WithDbAsync(db => db.ImportLog.ToListAsync(Ct));
        var entry = Assert.Single(log);
        Assert.Equal((Sample, pending.Sha256, AdminAad, "Anna Lindqvist", ImportLogWriter.Chat), (entry.FileName, entry.Sha256, entry.ImportedBy, entry.ImportedByName, entry.Channel));

        var who = await AskAsync("vem läste in planen senast?");
        Assert.StartsWith($"Senast inläst: {Sample} av Anna Lindqvist ", who, StringComparison.Ordinal);
        Assert.Contains(pending.Sha256, who, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Avbryt_imports_nothing()
    {
        await StartBotAsync(admin: true);
        await ImportOriginalAsync();
        var reply = await SendFileAsync(Sample, ChangedPlan());
        var data = reply["attachments"]![0]!["content"]!["actions"]![1]!["data"]!.ToJsonString();

        var result = await PressAsync(data, UploadCards.CancelVerb);
        var again = await PressAsync(data.Replace(UploadCards.CancelVerb, UploadCards.ImportVerb, StringComparison.Ordinal), UploadCards.ImportVerb);

        Assert.Equal($"Inläsningen av {Sample} avbröts. Inget ändrades.", result.Message.Text);
        Assert.Equal($"Inläsningen av {Sample} är redan avbruten.", again.Message.Text);
        Assert.Equal(ActivityStatus.StartingUp, await StatusOfDementiaPlanAsync());
        Assert.Empty(await WithDbAsync(db => db.ImportLog.ToListAsync(Ct)));
    }

    [Fact]
    public async Task A_non_admins_upload_is_refused_politely_and_changes_nothing()
    {
        await StartBotAsync(admin: false);

        var reply = await SendFileAsync(Sample, ChangedPlan());

        Assert.StartsWith("Tack för filen! Bara administratörer kan uppdatera planerna", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, _downloads);
        Assert.Empty(await WithDbAsync(db => db.PendingUploads.ToListAsync(Ct)));
        Assert.Empty(await WithDbAsync(db => db.Documents.ToListAsync(Ct)));
    }

    [Fact]
    public async Task Too_large_unknown_and_unreadable_files_get_a_clear_message_and_change_nothing()
    {
        await StartBotAsync(admin: true);

        var large = await SendFileAsync("stor.txt", new byte[300_000]);
        var image = await SendFileAsync("bild.png", [1, 2, 3], "png");
        var broken = await SendFileAsync("trasig.pdf", "inte en pdf"u8.ToArray(), "pdf");
        var missing = await SendFileAsync("borta.txt", null);

        Assert.Equal("stor.txt är större än 0,2 MB, det största jag läser in. Inget ändrades.", large["text"]!.GetValue<string>());
        Assert.StartsWith("Jag kan inte läsa bild.png: skicka planen som .txt, .md, .csv, .docx, .xlsx, .pdf", image["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("trasig.pdf kunde inte läsas (", broken["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Jag kunde inte hämta borta.txt från Teams. Skicka den gärna igen. Inget ändrades.", missing["text"]!.GetValue<string>());
        Assert.Empty(await WithDbAsync(db => db.PendingUploads.ToListAsync(Ct)));
        Assert.Empty(await WithDbAsync(db => db.Documents.ToListAsync(Ct)));
    }

    [Fact]
    public async Task An_image_pasted_in_a_Teams_message_is_not_taken_for_a_plan_upload()
    {
        await StartBotAsync(admin: true);
        _files["bild.png"] = [1, 2, 3];
        var activity = _bot.Fixture("message-personal");
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["text"] = "Vad är rekryteringsbehovet för undersköterskor 2025?";
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "image/png",
            ["contentUrl"] = $"{LocalServer.UrlOf(_fileServer)}/files/bild.png",
            ["name"] = "bild.png",
        });

        await _bot.SendAsync(activity);

        Assert.Equal("Du frågade: Vad är rekryteringsbehovet för undersköterskor 2025?", Assert.Single(_bot.Connector.Messages).Body!["text"]!.GetValue<string>());
        Assert.Equal(0, _downloads);
    }

    /// <summary>The card's button as the bot's card action turn hands it to the feature (the host replaces the turn's handlers).</summary>
    private async Task<CardActionResult> PressAsync(string data, string verb)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        var handler = ActivatorUtilities.CreateInstance<DocumentUploadActions>(scope.ServiceProvider);
        using var json = JsonDocument.Parse(data);
        var user = new UserRef("29:anna", AdminAad, "Anna Lindqvist", BotHost.TenantId);
        return await handler.HandleAsync(new CardAction(verb, json.RootElement.Clone(), user, new DateOnly(2024, 9, 20), "sv-SE", "a:1", "m1", "act-1", IsInvoke: true), Ct);
    }
}
