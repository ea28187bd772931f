using Assistant.Bot.Plans;

namespace Assistant.Bot.Reports;

/// <summary>The uppföljning: one or more plans, each with its own summary, as the statuses stood at <see cref="AsOf"/>.</summary>
/// <param name="Since">When set, <see cref="PlanReport.Changes"/> holds what changed from this day through <see cref="AsOf"/>.</param>
public sealed record Report(DateOnly AsOf, DateOnly? Since, DateTimeOffset GeneratedAt, IReadOnlyList<PlanReport> Plans)
{
    public int ActivityCount => Plans.Sum(p => p.Summary.Total);
}

/// <summary>One plan (an imported document with activities), grouped like the source plan.</summary>
public sealed record PlanReport(
    int DocumentId,
    string Title,
    string? Organisation,
    int? Year,
    string? Period,
    string SourceFile,
    ReportSummary Summary,
    IReadOnlyList<PerspectiveSection> Perspectives,
    IReadOnlyList<ReportChange> Changes)
{
    public IEnumerable<ActivityRow> Activities => Perspectives.SelectMany(p => p.Goals).SelectMany(g => g.Activities);
}

/// <summary>Perspektiv or strategiskt område; <see cref="Name"/> is null for activities that name none.</summary>
public sealed record PerspectiveSection(string? Name, IReadOnlyList<GoalSection> Goals);

/// <summary>Nämndmål (or "Vad"); <see cref="Name"/> is null for activities that name none.</summary>
public sealed record GoalSection(string? Perspective, string? Name, IReadOnlyList<ActivityRow> Activities);

/// <summary>One activity as its status stood at the report date.</summary>
/// <param name="Number">1, 2, 3 ... in report order within the plan (the same number in every format).</param>
/// <param name="StatusText">The status word to print (the canonical word, or the source's own text when it maps to none).</param>
/// <param name="ReportedBy">Who set the status: a person's name, or "import" for statuses read from the document.</param>
/// <param name="Overdue">Not Klart and the deadline's last day is before the report date.</param>
/// <param name="ChangedSince">A status change was recorded in the --since window.</param>
/// <param name="FullTitle">The title line as the plan writes it, never shortened (<see cref="Title"/> may end in "…").</param>
/// <param name="SubActivities">The other lines of the activity cell: sub-activities ("Aktivitet: ..."), bulleted pilots, other columns.</param>
public sealed record ActivityRow(
    int Id,
    int Ordinal,
    string? Perspective,
    string? Goal,
    string Title,
    string? Deadline,
    DateOnly? LastDay,
    IReadOnlyList<string> Owners,
    ActivityStatus? Status,
    string StatusText,
    string? Comment,
    string ReportedBy,
    DateTimeOffset? ReportedAt,
    StatusChannel? Channel,
    bool Overdue,
    bool ChangedSince,
    int Number = 0,
    string? FullTitle = null,
    IReadOnlyList<string>? SubActivities = null)
{
    /// <summary>The title to print in a report: the whole title line.</summary>
    public string ReportTitle => FullTitle ?? Title;

    /// <summary>The whole activity as a report prints it: the title line, then each sub-activity on a line of its own.</summary>
    public string ReportText => SubActivities is not { Count: > 0 } subs
        ? ReportTitle
        : ReportTitle + "\n" + string.Join('\n', subs.Select(s => "• " + s));
}

/// <summary>One recorded change inside the --since window.</summary>
public sealed record ReportChange(
    int ActivityId,
    string Title,
    ActivityStatus? From,
    ActivityStatus? To,
    string? Comment,
    string ChangedBy,
    DateTimeOffset At,
    StatusChannel Channel);
