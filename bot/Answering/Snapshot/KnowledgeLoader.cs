using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Answering.Snapshot;

/// <summary>A cheap fingerprint of the data: when any import or status change lands, one of these numbers moves.</summary>
public sealed record KnowledgeFingerprint(
    int Documents, int MaxDocument, int Forecasts, int MaxForecast, int Figures, int MaxFigure,
    int Activities, int MaxActivity, int Passages, int MaxPassage, int StatusChanges, long MaxStatusChange);

/// <summary>Reads the knowledge from the database into a <see cref="KnowledgeSnapshot"/>.</summary>
public static class KnowledgeLoader
{
    public static async Task<KnowledgeSnapshot> LoadAsync(AssistantDbContext db, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().ToListAsync(cancellationToken);
        var forecasts = await db.Forecasts.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var figures = await db.Figures.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking().OrderBy(a => a.DocumentId).ThenBy(a => a.Ordinal).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var passages = await db.Passages.AsNoTracking().OrderBy(p => p.DocumentId).ThenBy(p => p.Ordinal).ToListAsync(cancellationToken);
        var changes = await db.StatusChanges.AsNoTracking().ToListAsync(cancellationToken);
        return KnowledgeSnapshot.Create(documents, forecasts, figures, activities, passages, changes);
    }

    public static async Task<KnowledgeFingerprint> FingerprintAsync(AssistantDbContext db, CancellationToken cancellationToken) => new(
        await db.Documents.CountAsync(cancellationToken),
        await db.Documents.MaxAsync(d => (int?)d.Id, cancellationToken) ?? 0,
        await db.Forecasts.CountAsync(cancellationToken),
        await db.Forecasts.MaxAsync(f => (int?)f.Id, cancellationToken) ?? 0,
        await db.Figures.CountAsync(cancellationToken),
        await db.Figures.MaxAsync(f => (int?)f.Id, cancellationToken) ?? 0,
        await db.Activities.CountAsync(cancellationToken),
        await db.Activities.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0,
        await db.Passages.CountAsync(cancellationToken),
        await db.Passages.MaxAsync(p => (int?)p.Id, cancellationToken) ?? 0,
        await db.StatusChanges.CountAsync(cancellationToken),
        await db.StatusChanges.MaxAsync(s => (long?)s.Id, cancellationToken) ?? 0);
}
