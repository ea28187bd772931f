using Assistant.Cards.Text;

namespace Assistant.Cards.Activities;

/// <summary>What a card shows of one activity. Texts are as written (the builders escape them).</summary>
/// <param name="DeadlineText">As the plan writes it, e.g. "Q3 2024" or "2025/2026".</param>
/// <param name="Status">Null when no status was ever given.</param>
/// <param name="Overdue">The deadline has passed and the activity is not done.</param>
public sealed record ActivityView(
    int Id,
    string Title,
    IReadOnlyList<string> Owners,
    string? DeadlineText,
    StatusStyle? Status,
    string? Comment,
    bool Overdue)
{
    /// <summary>
    /// What an answer says about the activity besides its fields, one paragraph a line: the rest of a title the plan cut
    /// short, its sub-activities, the forecast figure it relates to (our text around the plan's; ** bold kept, the rest
    /// escaped).
    /// </summary>
    public string? Details { get; init; }

    /// <summary>The goal (nämndmål) or area the activity serves.</summary>
    public string? Goal { get; init; }

    public string? ChangedBy { get; init; }

    /// <summary>Local time (Europe/Stockholm) of the last change.</summary>
    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>Latest first.</summary>
    public IReadOnlyList<HistoryEntry> History { get; init; } = [];

    /// <summary>A page with the full history, when there is one.</summary>
    public Uri? HistoryUrl { get; init; }
}

/// <param name="At">Local time of the change.</param>
public sealed record HistoryEntry(DateTimeOffset At, string By, StatusStyle? From, StatusStyle? To, string? Comment);
