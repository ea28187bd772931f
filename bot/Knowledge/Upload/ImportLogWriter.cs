using Assistant.Bot.Storage;

namespace Assistant.Bot.Knowledge.Upload;

/// <summary>Writes one <see cref="ImportLogEntry"/> per import, from the chat and from the command line.</summary>
public sealed class ImportLogWriter(AssistantDbContext db, TimeProvider time)
{
    public const string Chat = "chatt";
    public const string CommandLine = "kommandorad";

    public async Task AddAsync(string fileName, string sha256, string by, string? byName, string channel, string summary, CancellationToken cancellationToken)
    {
        db.ImportLog.Add(new ImportLogEntry
        {
            FileName = fileName,
            Sha256 = sha256,
            ImportedBy = by,
            ImportedByName = byName,
            ImportedAt = time.GetUtcNow(),
            Channel = channel,
            Summary = summary,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
