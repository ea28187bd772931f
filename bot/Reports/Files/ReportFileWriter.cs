using Assistant.Bot.Reports.Writers;

namespace Assistant.Bot.Reports.Files;

/// <summary>The report of every plan with activities, as of a day, in one format, as bytes.</summary>
internal static class ReportFileWriter
{
    /// <returns>The file, or null when no plan has activities.</returns>
    public static async Task<byte[]?> WriteAsync(IReportBuilder builder, IEnumerable<IReportWriter> writers, ReportFormat format, DateOnly asOf, CancellationToken cancellationToken)
    {
        var plans = await builder.ListPlansAsync(cancellationToken);
        if (plans.Count == 0 || await builder.BuildAsync(new ReportRequest([.. plans.Select(p => p.Id)], asOf), cancellationToken) is not { } report)
        {
            return null;
        }

        using var stream = new MemoryStream();
        await writers.Single(w => w.Format == format).WriteAsync(report, stream, cancellationToken);
        return stream.ToArray();
    }
}
