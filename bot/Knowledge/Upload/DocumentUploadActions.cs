using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.People;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Knowledge.Upload;

/// <summary>
/// "Importera" / "Avbryt" on the preview card. The upload is claimed with one conditional UPDATE (Pending → Imported or
/// Cancelled), so a double click or two devices import once; the import is logged in <see cref="ImportLogEntry"/>.
/// </summary>
internal sealed partial class DocumentUploadActions(
    AssistantDbContext db,
    IDocumentImporter importer,
    IOwnerDirectory directory,
    ImportLogWriter log,
    IEnumerable<IKnowledgeChanged> readers,
    ILogger<DocumentUploadActions> logger) : ICardActionHandler
{
    public bool CanHandle(string verb) => verb is UploadCards.ImportVerb or UploadCards.CancelVerb;

    public async Task<CardActionResult> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        var english = UploadTexts.IsEnglish(action.Locale);
        if (!await directory.IsAdminAsync(action.User, cancellationToken))
        {
            return new CardActionResult(403, new OutgoingMessage(UploadTexts.NotAdmin(english)), UpdateOriginal: false);
        }

        if (!action.Data.TryGetProperty("uploadId", out var idText) || !Guid.TryParse(idText.GetString(), out var id))
        {
            return new CardActionResult(400, new OutgoingMessage(UploadTexts.NotFound(english)), UpdateOriginal: false);
        }

        var target = action.Verb == UploadCards.ImportVerb ? UploadState.Imported : UploadState.Cancelled;
        var claimed = await db.PendingUploads
            .Where(u => u.Id == id && u.State == UploadState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.State, target), cancellationToken);
        var upload = await db.PendingUploads.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (upload is null)
        {
            return new CardActionResult(200, new OutgoingMessage(UploadTexts.NotFound(english)), UpdateOriginal: false);
        }

        if (claimed == 0)
        {
            return new CardActionResult(200, new OutgoingMessage(UploadTexts.AlreadyDone(upload.FileName, upload.State, english)), UpdateOriginal: false);
        }

        if (target == UploadState.Cancelled)
        {
            await DropContentAsync(id, cancellationToken);
            return new CardActionResult(200, new OutgoingMessage(UploadTexts.Cancelled(upload.FileName, english)), UpdateOriginal: true);
        }

        var result = await importer.ImportAsync(upload.FileName, upload.Content, cancellationToken);
        if (result.Failed)
        {
            // Nothing was written: the upload may be tried again.
            await db.PendingUploads.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.State, UploadState.Pending), cancellationToken);
            return new CardActionResult(200, new OutgoingMessage(UploadTexts.Unreadable(upload.FileName, string.Join(" ", result.Problems), english)), UpdateOriginal: false);
        }

        await DropContentAsync(id, cancellationToken);
        await log.AddAsync(upload.FileName, upload.Sha256, action.User.AadObjectId ?? action.User.Id, action.User.Name, ImportLogWriter.Chat, result.Summary(), cancellationToken);
        readers.NotifyAll();

        LogImported(logger, upload.FileName, upload.Sha256, action.User.Name ?? action.User.Id);
        return new CardActionResult(200, new OutgoingMessage(ImportPreviewText.Render(result, english)), UpdateOriginal: true);
    }

    /// <summary>An imported or cancelled upload keeps its name, SHA-256 and state, not the file (up to MaxUploadBytes each).</summary>
    private Task<int> DropContentAsync(Guid id, CancellationToken cancellationToken) =>
        db.PendingUploads.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Content, Array.Empty<byte>()), cancellationToken);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information, Message = "Upload {File} (SHA-256 {Sha256}) imported by {User}")]
    private static partial void LogImported(ILogger logger, string file, string sha256, string user);
}
