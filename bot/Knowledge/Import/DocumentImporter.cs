using Assistant.Bot.Knowledge.Extraction;
using Assistant.Bot.Knowledge.Reading;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Knowledge.Import;

/// <summary>
/// Reads a document (<see cref="DocumentReaders"/>), extracts its facts (<see cref="DocumentExtractor"/>) and stores
/// them in one transaction (<see cref="KnowledgeWriter"/>). The file name is the document's identity: importing it
/// again replaces what it gave. The same content under another name is not imported twice. A file that cannot be read
/// changes nothing and says why.
/// </summary>
public sealed partial class DocumentImporter(AssistantDbContext db, TimeProvider time, ILogger<DocumentImporter> logger) : IDocumentImporter
{
    public Task<ImportResult> ImportFileAsync(string path, CancellationToken cancellationToken) =>
        FileAsync(path, dryRun: false, cancellationToken);

    public Task<ImportResult> PreviewFileAsync(string path, CancellationToken cancellationToken) =>
        FileAsync(path, dryRun: true, cancellationToken);

    public async Task<ImportResult> ImportAsync(string name, Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        return await ImportAsync(name, buffer.ToArray(), cancellationToken);
    }

    /// <remarks>Logs at Debug only: callers report the result (the `import` verb on stdout, the sample loader in the log).</remarks>
    public Task<ImportResult> ImportAsync(string name, byte[] content, CancellationToken cancellationToken) =>
        RunAsync(name, content, dryRun: false, cancellationToken);

    public Task<ImportResult> PreviewAsync(string name, byte[] content, CancellationToken cancellationToken) =>
        RunAsync(name, content, dryRun: true, cancellationToken);

    private async Task<ImportResult> FileAsync(string path, bool dryRun, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return ImportResult.Failure(name.Length > 0 ? name : path, "filen finns inte");
        }

        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImportResult.Failure(name, $"filen kunde inte läsas ({e.Message})");
        }

        return await RunAsync(name, content, dryRun, cancellationToken);
    }

    private async Task<ImportResult> RunAsync(string name, byte[] content, bool dryRun, CancellationToken cancellationToken)
    {
        name = Path.GetFileName(name);
        var result = await ImportCoreAsync(name, content, dryRun, cancellationToken);
        result = result.Preview is null ? result with { Preview = ImportPreview.Nothing(result, dryRun) } : result;
        if (result.Failed)
        {
            LogFailed(logger, name, string.Join(" ", result.Problems));
        }
        else if (!dryRun)
        {
            LogImported(logger, name, result.Outcome, result.Activities, result.Forecasts, result.Figures, result.Passages, result.Problems.Count);
        }

        return result;
    }

    private async Task<ImportResult> ImportCoreAsync(string name, byte[] content, bool dryRun, CancellationToken cancellationToken)
    {
        if (!DocumentReaders.IsSupported(name))
        {
            return ImportResult.Failure(name, $"formatet '{Path.GetExtension(name)}' stöds inte (stöds: {string.Join(", ", DocumentReaders.Extensions)})");
        }

        ExtractionResult extraction;
        string hash;
        try
        {
            var read = DocumentReaders.Read(name, content);
            extraction = DocumentExtractor.Extract(read);
            hash = KnowledgeKeys.ContentHash(read.CanonicalText);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            return ImportResult.Failure(name, e.Message);
        }

        if (extraction.Forecasts.Count + extraction.Figures.Count + extraction.Activities.Count + extraction.Passages.Count == 0)
        {
            return ImportResult.Failure(name, "inget innehåll kunde läsas (ingen text, inga tabeller)");
        }

        var sameContent = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.ContentHash == hash, cancellationToken);
        if (sameContent is not null && !string.Equals(sameContent.SourceFile, name, StringComparison.Ordinal))
        {
            return ImportResult.Duplicate(name, sameContent.Id, sameContent.SourceFile);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var existing = await db.Documents.AsNoTracking().Where(d => d.SourceFile == name).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
                var before = await ImportSnapshot.ReadAsync(db, existing, ct);
                var written = await new KnowledgeWriter(db, time).WriteAsync(name, hash, extraction, ct);
                db.ChangeTracker.Clear();
                var after = await ImportSnapshot.ReadAsync(db, written.DocumentId, ct);
                if (dryRun)
                {
                    // The import ran inside the transaction only to see what it would do: nothing stays.
                    await transaction.RollbackAsync(ct);
                }
                else
                {
                    await transaction.CommitAsync(ct);
                }

                return written with { Preview = ImportSnapshot.Compare(before, after, written, dryRun) };
            }, cancellationToken);
        }
        catch (DbUpdateException e)
        {
            return ImportResult.Failure(name, $"kunde inte sparas ({e.InnerException?.Message ?? e.Message})");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Imported {Source} ({Outcome}): {Activities} activities, {Forecasts} forecasts, {Figures} figures, {Passages} passages, {Problems} problems")]
    private static partial void LogImported(ILogger logger, string source, ImportOutcome outcome, int activities, int forecasts, int figures, int passages, int problems);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Import of {Source} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string source, string reason);
}
