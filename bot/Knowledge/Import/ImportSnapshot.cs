using System.Globalization;
using Assistant.Bot.Plans;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Knowledge.Import;

/// <summary>
/// What the knowledge base holds for one document (its forecasts, key figures, activities with their status and
/// history, passage count), read before and after an import to build the <see cref="ImportPreview"/>.
/// </summary>
internal sealed class ImportSnapshot
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private ImportSnapshot(Dictionary<string, string> forecasts, Dictionary<string, string> figures, Dictionary<int, ActivityState> activities, int passages)
    {
        Forecasts = forecasts;
        Figures = figures;
        Activities = activities;
        Passages = passages;
    }

    public static ImportSnapshot Empty { get; } = new([], [], [], 0);

    public Dictionary<string, string> Forecasts { get; }

    public Dictionary<string, string> Figures { get; }

    public Dictionary<int, ActivityState> Activities { get; }

    public int Passages { get; }

    public static async Task<ImportSnapshot> ReadAsync(AssistantDbContext db, int? documentId, CancellationToken cancellationToken)
    {
        if (documentId is not { } id)
        {
            return Empty;
        }

        var forecasts = (await db.Forecasts.AsNoTracking().Where(f => f.DocumentId == id).ToListAsync(cancellationToken))
            .OrderBy(f => f.Id)
            .GroupBy(f => $"{f.Measure}, {f.Group}, {f.Year.ToString(CultureInfo.InvariantCulture)}", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Number(g.First().Value), StringComparer.Ordinal);
        var figures = (await db.Figures.AsNoTracking().Where(f => f.DocumentId == id).ToListAsync(cancellationToken))
            .OrderBy(f => f.Id)
            .GroupBy(f => $"{f.Table}: {f.Row}, {f.Column}", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().RawText, StringComparer.Ordinal);
        var activities = await db.Activities.AsNoTracking().Where(a => a.DocumentId == id).ToListAsync(cancellationToken);
        var ids = activities.Select(a => a.Id).ToList();
        var history = (await db.StatusChanges.AsNoTracking().Where(s => ids.Contains(s.ActivityId)).Select(s => s.ActivityId).ToListAsync(cancellationToken))
            .CountBy(a => a).ToDictionary(c => c.Key, c => c.Value);
        var passages = await db.Passages.AsNoTracking().CountAsync(p => p.DocumentId == id, cancellationToken);
        return new ImportSnapshot(
            forecasts,
            figures,
            activities.ToDictionary(a => a.Id, a => ActivityState.Of(a, history.GetValueOrDefault(a.Id))),
            passages);
    }

    /// <summary>The difference from <paramref name="before"/> to <paramref name="after"/>, in the document's own order.</summary>
    public static ImportPreview Compare(ImportSnapshot before, ImportSnapshot after, ImportResult result, bool dryRun)
    {
        var activities = new List<ActivityChange>();
        foreach (var (id, now) in after.Activities.OrderBy(a => a.Value.Ordinal).ThenBy(a => a.Key))
        {
            if (!before.Activities.TryGetValue(id, out var then))
            {
                activities.Add(new ActivityChange(ChangeKind.Added, now.Title, now.Fields(), 0));
                continue;
            }

            var changed = then.Fields().Zip(now.Fields(), (o, n) => new FieldChange(o.Field, o.New, n.New))
                .Where(f => !string.Equals(f.Old, f.New, StringComparison.Ordinal))
                .ToList();
            if (changed.Count > 0)
            {
                activities.Add(new ActivityChange(ChangeKind.Changed, now.Title, changed, then.History));
            }
        }

        activities.AddRange(before.Activities.Where(a => !after.Activities.ContainsKey(a.Key))
            .OrderBy(a => a.Value.Ordinal).ThenBy(a => a.Key)
            .Select(a => new ActivityChange(ChangeKind.Removed, a.Value.Title, [], a.Value.History)));

        var kept = before.Activities.Keys.Where(after.Activities.ContainsKey).ToList();
        return new ImportPreview(
            result.Source,
            dryRun,
            result.Outcome,
            result.Title,
            Facts(before.Forecasts, after.Forecasts),
            Facts(before.Figures, after.Figures),
            activities,
            before.Passages,
            after.Passages,
            kept.Count,
            kept.Sum(id => before.Activities[id].History));
    }

    private static List<FactChange> Facts(Dictionary<string, string> before, Dictionary<string, string> after)
    {
        var changes = new List<FactChange>();
        foreach (var (label, value) in after)
        {
            if (!before.TryGetValue(label, out var old))
            {
                changes.Add(new FactChange(ChangeKind.Added, label, null, value));
            }
            else if (!string.Equals(old, value, StringComparison.Ordinal))
            {
                changes.Add(new FactChange(ChangeKind.Changed, label, old, value));
            }
        }

        changes.AddRange(before.Where(b => !after.ContainsKey(b.Key)).Select(b => new FactChange(ChangeKind.Removed, b.Key, b.Value, null)));
        return changes;
    }

    private static string Number(decimal value) => value.ToString("#,0.##", Swedish);

    /// <summary>The fields of an activity an import can change, as the user reads them.</summary>
    internal sealed record ActivityState(int Ordinal, string Title, string? Description, string Owners, string? Deadline, string Status, string? Comment, int History)
    {
        public static ActivityState Of(PlanActivity a, int history) => new(
            a.Ordinal,
            a.Title,
            a.Description,
            string.Join(", ", a.Owners),
            a.DeadlineText,
            a.StatusRaw is { Length: > 0 } raw && a.Status is null ? raw : Reports.ReportStatuses.Word(a.Status),
            a.Comment,
            history);

        /// <summary>The fields in a fixed order (old is always null here; <see cref="Compare"/> pairs them).</summary>
        public IReadOnlyList<FieldChange> Fields() =>
        [
            new("titel", null, Title),
            new("text", null, Description),
            new("ansvarig", null, Owners),
            new("slutfört", null, Deadline),
            new("status", null, Status),
            new("kommentar", null, Comment),
        ];
    }
}
