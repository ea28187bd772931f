using Assistant.Bot.Clock;
using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Knowledge.Extraction;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Reports;

internal sealed class ReportBuilder(AssistantDbContext db, ILocalClock clock) : IReportBuilder
{
    public async Task<IReadOnlyList<PlanInfo>> ListPlansAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Activities.AsNoTracking()
            .GroupBy(a => a.DocumentId)
            .Select(g => new { DocumentId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.DocumentId, g => g.Count, cancellationToken);
        var ids = counts.Keys.ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
        return [.. documents
            .OrderBy(d => d.Year ?? int.MaxValue).ThenBy(d => d.Id)
            .Select(d => new PlanInfo(d.Id, d.Title, d.Organisation, d.Year, counts[d.Id]))];
    }

    public async Task<Report?> BuildAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var plans = await ListPlansAsync(cancellationToken);
        var wanted = request.PlanIds is { Count: > 0 } ids ? ids.Distinct().ToList() : [.. plans.Select(p => p.Id)];
        if (wanted.Any(id => plans.All(p => p.Id != id)))
        {
            return null;
        }

        var documents = await db.Documents.AsNoTracking().Where(d => wanted.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var activities = await db.Activities.AsNoTracking()
            .Include(a => a.History)
            .Where(a => wanted.Contains(a.DocumentId))
            .ToListAsync(cancellationToken);
        var byDocument = activities.ToLookup(a => a.DocumentId);

        var reports = plans.Where(p => wanted.Contains(p.Id))
            .Select(p => BuildPlan(documents[p.Id], byDocument[p.Id], request))
            .ToList();
        return new Report(request.AsOf, request.Since, clock.Now, reports);
    }

    private PlanReport BuildPlan(KnowledgeDocument document, IEnumerable<PlanActivity> activities, ReportRequest request)
    {
        var cutoff = clock.EndOf(request.AsOf);
        var since = request.Since is { } day ? clock.StartOf(day) : (DateTimeOffset?)null;
        var ordered = activities.OrderBy(a => a.Ordinal).ThenBy(a => a.Id).ToList();
        var rows = ordered.Select(a => Row(a, document, cutoff, since, request.AsOf)).ToList();
        var perspectives = ReportGrouping.Group(rows);
        var goals = perspectives.SelectMany(p => p.Goals).ToList();

        var changes = since is null
            ? []
            : ordered.SelectMany(a => StatusTimeline.Between(a, since.Value, cutoff).Select(c => (Activity: a, Change: c)))
                .OrderBy(x => x.Change.At).ThenBy(x => x.Change.Id)
                .Select(x => new ReportChange(x.Activity.Id, x.Activity.Title, x.Change.From, x.Change.To, x.Change.Comment, StatusTimeline.Who(x.Change), clock.ToLocal(x.Change.At), x.Change.Channel))
                .ToList();

        return new PlanReport(
            document.Id,
            document.Title,
            document.Organisation,
            document.Year,
            document.Period,
            document.SourceFile,
            ReportSummary.From(goals),
            perspectives,
            changes);
    }

    private ActivityRow Row(PlanActivity activity, KnowledgeDocument document, DateTimeOffset cutoff, DateTimeOffset? since, DateOnly asOf)
    {
        var status = StatusTimeline.Resolve(activity, cutoff, document.ImportedAt);
        var lastDay = activity.Deadline.LastDayIn(document.Year);
        var changed = since is not null && StatusTimeline.Between(activity, since.Value, cutoff).Any();
        var (fullTitle, subActivities) = ActivityLines(activity);
        return new ActivityRow(
            activity.Id,
            activity.Ordinal,
            Clean(activity.Perspective),
            Clean(activity.Goal),
            activity.Title,
            activity.Deadline.DisplayText,
            lastDay,
            activity.Owners,
            status.Status,
            status.StatusText,
            status.Comment,
            status.ReportedBy,
            status.ReportedAt is { } reported ? clock.ToLocal(reported) : null,
            status.Channel,
            Overdue: Overdue.On(asOf, status.Status, lastDay),
            ChangedSince: changed,
            FullTitle: fullTitle,
            SubActivities: subActivities);
    }

    /// <summary>
    /// The whole title line and the other lines of the activity from its stored description (the cell's lines, then
    /// its other columns); the title alone when the description says no more.
    /// </summary>
    internal static (string FullTitle, IReadOnlyList<string> SubActivities) ActivityLines(PlanActivity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Description))
        {
            return (activity.Title, []);
        }

        var lines = activity.Description.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var titleLine = ActivityText.TitleLine(lines);
        var fullTitle = ActivityText.FullTitle(lines);
        if (fullTitle.Length == 0 || !StartsLike(fullTitle, activity.Title))
        {
            // The description does not begin with this title (a title edited after import): keep every line.
            fullTitle = activity.Title;
            titleLine = -1;
        }

        var rest = lines
            .Where((_, i) => i != titleLine)
            .Select(ActivityText.StripBullet)
            .Where(l => l.Length > 0)
            .ToList();
        return (fullTitle, rest);
    }

    private static bool StartsLike(string full, string title)
    {
        var stem = title.EndsWith('…') ? title.TrimEnd('…').TrimEnd() : title;
        return full.StartsWith(stem, StringComparison.Ordinal);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
