namespace Assistant.Bot.Knowledge.Import;

public enum ChangeKind
{
    Added,
    Changed,
    Removed,
}

/// <summary>One forecast value or key figure that an import adds, changes or removes: <see cref="Label"/> names it.</summary>
public sealed record FactChange(ChangeKind Kind, string Label, string? Old, string? New);

/// <summary>One field of an activity that an import changes (title, ansvarig, slutfört, status, kommentar).</summary>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>An activity an import adds, removes, or changes in <see cref="Fields"/>.</summary>
/// <param name="History">Status changes recorded for it (kept when changed, lost when removed).</param>
public sealed record ActivityChange(ChangeKind Kind, string Title, IReadOnlyList<FieldChange> Fields, int History);

/// <summary>
/// What importing one document does (or did) to the knowledge base, as data: what it held for this file before and what
/// it holds after. Built once by <see cref="DocumentImporter"/>, for a dry run and for a real import alike, and rendered
/// by the command line (<see cref="ImportPreviewText"/>), the chat card and tests.
/// </summary>
/// <param name="DryRun">True when nothing was written (a preview).</param>
/// <param name="ActivitiesKept">Activities of the file that stay, with their status history.</param>
/// <param name="HistoryKept">Status changes of those activities: kept.</param>
public sealed record ImportPreview(
    string Source,
    bool DryRun,
    ImportOutcome Outcome,
    string? Title,
    IReadOnlyList<FactChange> Forecasts,
    IReadOnlyList<FactChange> Figures,
    IReadOnlyList<ActivityChange> Activities,
    int PassagesBefore,
    int PassagesAfter,
    int ActivitiesKept,
    int HistoryKept)
{
    /// <summary>The preview of an import that changes nothing (failed, or the same content under another name).</summary>
    public static ImportPreview Nothing(ImportResult result, bool dryRun) =>
        new(result.Source, dryRun, result.Outcome, result.Title, [], [], [], 0, 0, 0, 0);

    /// <summary>False when the file gives exactly what the knowledge base already holds for it (or nothing is imported).</summary>
    public bool HasChanges =>
        Outcome is ImportOutcome.Imported or ImportOutcome.Replaced
        && (Outcome == ImportOutcome.Imported || Forecasts.Count + Figures.Count + Activities.Count > 0 || PassagesBefore != PassagesAfter);

    public int Count(IEnumerable<FactChange> changes, ChangeKind kind) => changes.Count(c => c.Kind == kind);

    public int Count(ChangeKind kind) => Activities.Count(c => c.Kind == kind);

    /// <summary>Status changes that go with removed activities.</summary>
    public int HistoryLost => Activities.Where(a => a.Kind == ChangeKind.Removed).Sum(a => a.History);
}
