using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Assistant.Bot.Knowledge.Import;
using Assistant.Tests.Channel.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static Assistant.Tests.Knowledge.KnowledgeTestFiles;

namespace Assistant.Tests.Reports.Files;

/// <summary>
/// "skicka uppföljningen som Word" over real HTTP: the FileConsentCard, the fileConsent/invoke (accept and decline), the
/// PUT of the file to a local stand-in for the OneDrive upload URL, and the file info card.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ReportFileConsentTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private readonly ConcurrentDictionary<string, (byte[] Body, string? Range)> _uploads = new(StringComparer.Ordinal);
    private WebApplication _oneDrive = null!;
    private BotHost _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _oneDrive = await LocalServer.StartAsync(app => app.MapPut("/upload/{name}", async (string name, HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            _uploads[name] = (body.ToArray(), context.Request.Headers.ContentRange.ToString());
            return Results.StatusCode(201);
        }));
        _bot = await BotHost.StartAsync();
        await using var scope = _bot.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentImporter>()
            .ImportFileAsync(Path.Combine(SamplesFolder, "uppfoljning-verksamhetsplan-2024.txt"), Ct);
        Assert.False(result.Failed);
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _oneDrive.DisposeAsync();
    }

    private async Task<(HttpResponseMessage Response, List<JsonObject> Sent)> SendAsync(Action<JsonObject> change)
    {
        var activity = _bot.Fixture("message-personal");
        activity["id"] = Guid.NewGuid().ToString("N");
        change(activity);
        var before = _bot.Connector.Messages.Count;
        var response = await _bot.SendAsync(activity);
        return (response, [.. _bot.Connector.Messages.Skip(before).Select(m => m.Body!.AsObject())]);
    }

    private Task<(HttpResponseMessage Response, List<JsonObject> Sent)> ConsentAsync(string action, JsonNode context, string name) => SendAsync(a =>
    {
        a["type"] = "invoke";
        a["name"] = "fileConsent/invoke";
        a.Remove("text");
        a["value"] = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = context.DeepClone(),
            ["uploadInfo"] = action == "accept"
                ? new JsonObject
                {
                    ["name"] = name,
                    ["uploadUrl"] = $"{LocalServer.UrlOf(_oneDrive)}/upload/{name}",
                    ["contentUrl"] = $"https://ekbacka-my.sharepoint.com/personal/anna/Documents/Applications/Assistent/{name}",
                    ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
                    ["fileType"] = Path.GetExtension(name).TrimStart('.'),
                }
                : null,
        };
    });

    [Theory]
    [InlineData("skicka uppföljningen som Word", ".docx")]
    [InlineData("skicka uppföljningen som Excel", ".xlsx")]
    public async Task Accepting_the_consent_card_uploads_a_valid_report_and_shows_the_file_info_card(string request, string extension)
    {
        var (_, sent) = await SendAsync(a => a["text"] = request);

        var consent = Assert.Single(sent)["attachments"]![0]!.AsObject();
        Assert.Equal("application/vnd.microsoft.teams.card.file.consent", consent["contentType"]!.GetValue<string>());
        var name = consent["name"]!.GetValue<string>();
        Assert.EndsWith(extension, name, StringComparison.Ordinal);
        var size = consent["content"]!["sizeInBytes"]!.GetValue<long>();
        Assert.True(size > 1000);

        var (response, after) = await ConsentAsync("accept", consent["content"]!["acceptContext"]!, name);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (body, range) = _uploads[name];
        Assert.Equal($"bytes 0-{body.Length - 1}/{body.Length}", range);
        using (var stream = new MemoryStream(body))
        {
            using OpenXmlPackage document = extension == ".docx" ? WordprocessingDocument.Open(stream, false) : SpreadsheetDocument.Open(stream, false);
            OfficeAssertions.Valid(document);
        }

        var info = Assert.Single(after)["attachments"]![0]!.AsObject();
        Assert.Equal("application/vnd.microsoft.teams.card.file.info", info["contentType"]!.GetValue<string>());
        Assert.Equal(name, info["name"]!.GetValue<string>());
        Assert.EndsWith("/Assistent/" + name, info["contentUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(extension.TrimStart('.'), info["content"]!["fileType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Declining_uploads_nothing_and_says_so()
    {
        var (_, sent) = await SendAsync(a => a["text"] = "skicka uppföljningen som Word");
        var consent = sent[0]["attachments"]![0]!;

        var (response, after) = await ConsentAsync("decline", consent["content"]!["declineContext"]!, consent["name"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Okej, jag skickar inte rapporten.", Assert.Single(after)["text"]!.GetValue<string>());
        Assert.Empty(_uploads);
    }
}
