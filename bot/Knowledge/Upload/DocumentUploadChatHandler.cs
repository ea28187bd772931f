using System.Security.Cryptography;
using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Knowledge.Reading;
using Assistant.Bot.People;
using Assistant.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Knowledge.Upload;

/// <summary>
/// A plan document sent in the personal chat: administrators get the preview of what importing it would change as a card
/// with "Importera" / "Avbryt" (the file waits in <see cref="PendingUpload"/>); everyone else a polite no. Files over
/// <see cref="KnowledgeOptions.MaxUploadBytes"/>, of a type the importer cannot read, or that fail to parse get a clear
/// message; nothing changes until "Importera".
/// </summary>
internal sealed partial class DocumentUploadChatHandler(
    AssistantDbContext db,
    IDocumentImporter importer,
    IOwnerDirectory directory,
    IHttpClientFactory http,
    IOptions<KnowledgeOptions> options,
    TimeProvider time,
    ILogger<DocumentUploadChatHandler> logger) : IChatHandler
{
    public const string HttpClientName = "document-uploads";

    /// <summary>Before every other handler: a message with a file is about the file.</summary>
    public int Order => ChatHandlerOrder.DocumentUpload;

    public async Task<IReadOnlyList<OutgoingMessage>?> TryHandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (UploadedFile.First(message) is not { } file)
        {
            return null;
        }

        var english = UploadTexts.IsEnglish(message.Locale);
        if (!await directory.IsAdminAsync(message.User, cancellationToken))
        {
            LogRefused(logger, file.Name);
            return [new OutgoingMessage(UploadTexts.NotAdmin(english))];
        }

        if (!DocumentReaders.IsSupported(file.Name))
        {
            return [new OutgoingMessage(UploadTexts.UnknownType(file.Name, english))];
        }

        var max = options.Value.MaxUploadBytes;
        byte[] content;
        try
        {
            content = await DownloadAsync(file.Url, max, cancellationToken);
        }
        catch (FileTooLargeException)
        {
            return [new OutgoingMessage(UploadTexts.TooLarge(file.Name, max, english))];
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogDownloadFailed(logger, file.Name, e.Message);
            return [new OutgoingMessage(UploadTexts.DownloadFailed(file.Name, english))];
        }

        var preview = await importer.PreviewAsync(file.Name, content, cancellationToken);
        if (preview.Failed)
        {
            return [new OutgoingMessage(UploadTexts.Unreadable(file.Name, string.Join(" ", preview.Problems), english))];
        }

        var upload = new PendingUpload
        {
            Id = Guid.NewGuid(),
            FileName = Path.GetFileName(file.Name),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedBy = message.User.AadObjectId ?? message.User.Id,
            UploadedByName = message.User.Name,
            UploadedAt = time.GetUtcNow(),
            State = UploadState.Pending,
        };
        db.PendingUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        LogPreviewed(logger, upload.FileName, upload.Sha256, upload.Id);
        return [new OutgoingMessage(ImportPreviewText.Render(preview, english), UploadCards.Preview(upload, preview, english))];
    }

    /// <summary>GET with the size limit checked on the declared length and again while reading.</summary>
    private async Task<byte[]> DownloadAsync(string url, long max, CancellationToken cancellationToken)
    {
        using var client = http.CreateClient(HttpClientName);
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength is { } length && length > max)
        {
            throw new FileTooLargeException();
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new FileTooLargeException();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private sealed class FileTooLargeException : Exception;

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Upload of {File} refused: not an administrator")]
    private static partial void LogRefused(ILogger logger, string file);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Upload of {File} could not be downloaded: {Reason}")]
    private static partial void LogDownloadFailed(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Upload {File} (SHA-256 {Sha256}) previewed, waiting as {UploadId}")]
    private static partial void LogPreviewed(ILogger logger, string file, string sha256, Guid uploadId);
}
