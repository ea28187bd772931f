using Assistant.Bot.Storage;

namespace Assistant.Bot.Reminders;

/// <summary>
/// The outbox row of one reminder: (owner, window) is unique, written before the send and marked after,
/// so a retry, a restart or a second instance never sends a window twice and never drops one.
/// </summary>
public sealed class ReminderDispatch
{
    public long Id { get; set; }

    /// <summary>Normalised owner (see OwnerName) or the recipient's user key.</summary>
    public required string OwnerKey { get; set; }

    /// <summary>The reminder window, e.g. "2024-Q3-14d" or "2024-Q3-overdue-2024-10-07".</summary>
    public required string WindowKey { get; set; }

    public DispatchState State { get; set; }

    /// <summary>The activity ids the card lists.</summary>
    public List<int> ActivityIds { get; set; } = [];

    /// <summary>Recipient (AAD object id or channel user id), when resolved.</summary>
    public string? RecipientId { get; set; }

    public string? ConversationId { get; set; }

    /// <summary>The id the connector gave the sent card: used to update it into a receipt.</summary>
    public string? MessageId { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Lease so that only one worker sends a pending row at a time.</summary>
    /// <remarks>The lease is claimed by an UPDATE ... WHERE LockedUntil &lt; now, a comparison SQLite cannot make on text.</remarks>
    [StoredAsBinaryOnSqlite]
    public DateTimeOffset? LockedUntil { get; set; }

    public string? LockedBy { get; set; }
}

public enum DispatchState
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
    Unresolved = 3,

    /// <summary>Nothing left to remind of when its turn came (all done meanwhile); nothing was sent.</summary>
    Skipped = 4,

    /// <summary>The marker row (OwnerKey "*") saying the window's plan is complete: the window is not planned again.</summary>
    Planned = 5,

    /// <summary>
    /// Claimed by a worker that is about to post it, or posted with no answer known yet. Written before the POST, so
    /// after a crash these rows (and only these) may have been delivered; once their lease expires they are sent again
    /// (at-least-once: a reminder twice is better than none), and each is logged (event 6009) and counted.
    /// </summary>
    InFlight = 6,
}
