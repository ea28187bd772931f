namespace Assistant.Bot.Reports;

/// <summary>Builds the uppföljning from the recorded statuses and their history.</summary>
public interface IReportBuilder
{
    /// <summary>Every imported document that has activities, oldest plan year first.</summary>
    Task<IReadOnlyList<PlanInfo>> ListPlansAsync(CancellationToken cancellationToken);

    /// <returns>The report, or null when a requested plan does not exist (list them with <see cref="ListPlansAsync"/>).</returns>
    Task<Report?> BuildAsync(ReportRequest request, CancellationToken cancellationToken);
}

/// <param name="PlanIds">The documents to report on; null or empty = every plan.</param>
/// <param name="AsOf">The statuses as they stood at the end of this local day (the Clock's zone).</param>
/// <param name="Since">When set, the changes recorded from the start of this day through <paramref name="AsOf"/>.</param>
public sealed record ReportRequest(IReadOnlyList<int>? PlanIds, DateOnly AsOf, DateOnly? Since = null);

public sealed record PlanInfo(int Id, string Title, string? Organisation, int? Year, int ActivityCount);
