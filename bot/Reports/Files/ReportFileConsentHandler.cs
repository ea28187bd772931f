using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;
using Assistant.Bot.Reports.Writers;

namespace Assistant.Bot.Reports.Files;

/// <summary>
/// Accept: the report is written and PUT to the uploadUrl Teams gave (one request with Content-Range, as the Teams file
/// sample does), then the file info card is sent. Decline: the bot says it will not send it.
/// </summary>
internal sealed partial class ReportFileConsentHandler(
    IReportBuilder builder,
    IEnumerable<IReportWriter> writers,
    IHttpClientFactory http,
    ILogger<ReportFileConsentHandler> logger) : IFileConsentHandler
{
    public const string HttpClientName = "report-file-upload";

    public bool CanHandle(JsonObject? context) => ReportFiles.TryRead(context, out _, out _);

    public async Task<IReadOnlyList<OutgoingMessage>> HandleAsync(FileConsent consent, CancellationToken cancellationToken)
    {
        var english = consent.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        ReportFiles.TryRead(consent.Context, out var format, out var asOf);
        if (!consent.Accepted)
        {
            return [new OutgoingMessage(english ? "Alright, I will not send the report." : "Okej, jag skickar inte rapporten.")];
        }

        if (consent.UploadInfo is not { UploadUrl: { Length: > 0 } uploadUrl } info)
        {
            return [new OutgoingMessage(english ? "Teams did not say where to put the file; please ask again." : "Teams angav inte var filen ska ligga; fråga gärna igen.")];
        }

        var bytes = await ReportFileWriter.WriteAsync(builder, writers, format, asOf, cancellationToken);
        if (bytes is null)
        {
            return [new OutgoingMessage(english ? "There is no plan to report any more." : "Det finns inte längre någon plan att rapportera.")];
        }

        using var client = http.CreateClient(HttpClientName);
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentLength = bytes.Length;
        content.Headers.ContentRange = new ContentRangeHeaderValue(0, bytes.Length - 1, bytes.Length);
        using var response = await client.PutAsync(uploadUrl, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogUploadFailed(logger, (int)response.StatusCode);
            return [new OutgoingMessage(english ? "The upload to OneDrive failed; please ask again." : "Uppladdningen till OneDrive misslyckades; fråga gärna igen.")];
        }

        LogUploaded(logger, info.Name, bytes.Length);
        return [ReportFiles.FileInfo(info, english)];
    }

    [LoggerMessage(EventId = 8002, Level = LogLevel.Information, Message = "Report file {Name} uploaded ({Bytes} bytes)")]
    private static partial void LogUploaded(ILogger logger, string? name, int bytes);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Warning, Message = "Report file upload failed with {StatusCode}")]
    private static partial void LogUploadFailed(ILogger logger, int statusCode);
}
