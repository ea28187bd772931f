using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Knowledge.Upload;
using Assistant.Bot.Storage;
using Assistant.Bot.DevChat;
using Assistant.Tests.DevChat.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Assistant.Tests.Knowledge.KnowledgeTestFiles;

namespace Assistant.Tests.DevChat;

/// <summary>
/// POST /v3/directline/conversations/{id}/upload as botframework-directlinejs sends it (multipart: an "activity" part and
/// "file" parts), over real HTTP to the bot on Kestrel: the same token as every other call, a size limit, and the file
/// reaching the upload handler through its link; the report offered as a link instead of the Teams consent card.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DirectLineUploadTests : IAsyncLifetime
{
    private const string Sample = "uppfoljning-verksamhetsplan-2024.txt";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DirectLineHost _host = null!;

    public async ValueTask InitializeAsync() =>
        _host = await DirectLineHost.StartAsync(new() { ["WebChat:MaxUploadBytes"] = "400000" });

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static MultipartFormDataContent Multipart(string name, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var activity = new ByteArrayContent(Encoding.UTF8.GetBytes(new JsonObject
        {
            ["type"] = "message",
            ["locale"] = "sv-SE",
            ["from"] = new JsonObject { ["id"] = "whoever-the-client-says" },
            ["channelData"] = new JsonObject { ["clientActivityId"] = Guid.NewGuid().ToString("N") },
        }.ToJsonString()));
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", name);
        return form;
    }

    private async Task<HttpResponseMessage> UploadAsync(DirectLineTestClient client, HttpContent content, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload?userId=x") { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _host.Client.SendAsync(request, Ct);
    }

    private async Task<DirectLineTestClient> StartAsync(string userId)
    {
        var client = _host.NewClient();
        await client.GenerateAsync(userId);
        await client.StartAsync();
        await client.WaitForAsync(a => a["from"]?["role"]?.GetValue<string>() == "bot");
        return client;
    }

    private async Task<int> PendingUploadsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AssistantDbContext>().PendingUploads.CountAsync(Ct);
    }

    [Fact]
    public async Task AnAdminsUpload_ReachesTheUploadHandler_ThroughItsLink_AndGetsThePreviewCard()
    {
        var client = await StartAsync(WebChatPerson.AdminId);
        var content = await File.ReadAllBytesAsync(Path.Combine(SamplesFolder, Sample), Ct);

        using var response = await UploadAsync(client, Multipart(Sample, content), client.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var seen = new List<JsonObject>();
        var preview = await client.WaitForAsync(a => a["attachments"]?[0]?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive", seen);
        var echo = seen.Single(a => a["from"]?["role"]?.GetValue<string>() == "user" && a["attachments"] is JsonArray);
        var link = echo["attachments"]![0]!["contentUrl"]!.GetValue<string>();
        Assert.Equal(Sample, echo["attachments"]![0]!["name"]!.GetValue<string>());
        using (var file = await _host.Client.GetAsync(link, Ct))
        {
            // Served back as bytes to save, never as the type the client claimed (an upload could be HTML).
            Assert.Equal("application/octet-stream", file.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal(content, await file.Content.ReadAsByteArrayAsync(Ct));
        }

        using var unknown = await _host.Client.GetAsync(link[..^4] + "0000", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Förhandsgranskning: " + Sample, preview["attachments"]![0]!["content"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.Equal(1, await PendingUploadsAsync());
    }

    [Fact]
    public async Task AnUpload_WithoutTheToken_OrWithAnotherConversationsToken_IsRefused_AndNothingReachesTheBot()
    {
        var client = await StartAsync(WebChatPerson.AdminId);
        var other = _host.NewClient();
        await other.GenerateAsync();
        var content = Encoding.UTF8.GetBytes("Plan");

        using var none = await UploadAsync(client, Multipart(Sample, content), null);
        using var wrong = await UploadAsync(client, Multipart(Sample, content), other.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.DoesNotContain(await client.PollAsync(), a => a["attachments"] is JsonArray && a["from"]?["role"]?.GetValue<string>() == "user");
        Assert.Equal(0, await PendingUploadsAsync());
    }

    [Fact]
    public async Task An_attachment_link_of_the_clients_choosing_is_refused_so_the_bot_never_downloads_it()
    {
        var client = await StartAsync(WebChatPerson.AdminId);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "text/plain",
                ["contentUrl"] = "http://127.0.0.1:9/internal/secret.txt",
                ["name"] = Sample,
            }),
        };

        var (status, body) = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", activity);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("upload", body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(await client.PollAsync(), a => a["attachments"] is JsonArray && a["from"]?["role"]?.GetValue<string>() == "user");
        Assert.Equal(0, await PendingUploadsAsync());
    }

    [Fact]
    public async Task AnUpload_OverTheSizeLimit_Is413_AndNothingReachesTheBot()
    {
        var client = await StartAsync(WebChatPerson.AdminId);

        using var response = await UploadAsync(client, Multipart(Sample, new byte[500_000]), client.Token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than allowed", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain(await client.PollAsync(), a => a["from"]?["role"]?.GetValue<string>() == "user");
        Assert.Equal(0, await PendingUploadsAsync());
    }

    [Fact]
    public async Task AnUpload_WithoutAFile_OrNotMultipart_IsABadRequest()
    {
        var client = await StartAsync(WebChatPerson.AdminId);

        using var noFile = await UploadAsync(client, new MultipartFormDataContent { { new StringContent("{}"), "activity" } }, client.Token);
        using var json = await UploadAsync(client, new StringContent("{}", Encoding.UTF8, "application/json"), client.Token);

        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }

    [Fact]
    public async Task TheReportAsWord_InWebChat_IsADownloadLink_ToADocx()
    {
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<IDocumentImporter>()
                .ImportAsync(Sample, await File.ReadAllBytesAsync(Path.Combine(SamplesFolder, Sample), Ct), Ct);
            Assert.False(result.Failed, result.Summary());
        }

        var client = await StartAsync(WebChatPerson.AdminId);
        await client.SayAsync("skicka uppföljningen som Word");

        var reply = await client.WaitForAsync(a => a["from"]?["role"]?.GetValue<string>() == "bot" && a["attachments"] is JsonArray { Count: 1 });
        var attachment = reply["attachments"]![0]!;
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", attachment["contentType"]!.GetValue<string>());
        Assert.StartsWith("uppfoljning-", attachment["name"]!.GetValue<string>(), StringComparison.Ordinal);
        using var download = await _host.Client.GetAsync(attachment["contentUrl"]!.GetValue<string>(), Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(await download.Content.ReadAsStreamAsync(Ct), false);
        Assistant.Tests.Reports.OfficeAssertions.Valid(docx);
        Assert.Contains(attachment["contentUrl"]!.GetValue<string>(), reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
