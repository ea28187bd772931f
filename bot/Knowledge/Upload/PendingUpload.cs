using Assistant.Bot.Storage;

namespace Assistant.Bot.Knowledge.Upload;

public enum UploadState
{
    Pending,
    Imported,
    Cancelled,
}

/// <summary>
/// A plan document an administrator sent in chat, kept until they press "Importera" or "Avbryt": stored in the database
/// (with its SHA-256) so that a restart loses nothing, and claimed once so that a double click imports once.
/// </summary>
public sealed class PendingUpload
{
    public Guid Id { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>Who sent it: the AAD object id when Teams gives it, else the channel user id.</summary>
    public required string UploadedBy { get; set; }

    public string? UploadedByName { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public UploadState State { get; set; }
}

/// <summary>One import of a plan document: who, when, from which file (name and SHA-256), through which way, with what result.</summary>
public sealed class ImportLogEntry
{
    public int Id { get; set; }

    public required string FileName { get; set; }

    public required string Sha256 { get; set; }

    public required string ImportedBy { get; set; }

    public string? ImportedByName { get; set; }

    /// <remarks>"The latest import" orders by it, which SQLite cannot do on DateTimeOffset text.</remarks>
    [StoredAsBinaryOnSqlite]
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>"chatt" (upload in chat) or "kommandorad" (the import verb).</summary>
    public required string Channel { get; set; }

    /// <summary>The import's summary line ("plan.pdf: 12 aktiviteter, ...").</summary>
    public required string Summary { get; set; }
}
