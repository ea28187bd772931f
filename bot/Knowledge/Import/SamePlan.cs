using Assistant.Bot.Plans;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Knowledge.Import;

/// <summary>
/// Finds another extraction of the same plan already in the knowledge base (the 000 Word text and the 001 PDF text
/// are one plan): a stored document whose text holds most of this one's, by <see cref="TextOverlap"/>.
/// </summary>
public static class SamePlan
{
    /// <summary>Shared share of five-word runs above which two documents are one plan; unrelated documents share under 1 %.</summary>
    public const double Threshold = 0.5;

    /// <summary>Texts this short are not compared (too little to tell).</summary>
    public const int MinimumShingles = 50;

    public static async Task<KnowledgeDocument?> FindAsync(AssistantDbContext db, TextOverlap text, int? exceptDocumentId, CancellationToken cancellationToken)
    {
        if (text.Size < MinimumShingles)
        {
            return null;
        }

        var except = exceptDocumentId ?? 0;
        var ids = await db.Documents.Where(d => d.Id != except).Select(d => d.Id).ToListAsync(cancellationToken);
        var corpora = await CorporaAsync(db, ids, merge: false, cancellationToken);
        var best = corpora
            .Select(c => (c.Key, Similarity: c.Value.Size >= MinimumShingles ? text.Similarity(c.Value) : 0))
            .Where(c => c.Similarity >= Threshold)
            .OrderByDescending(c => c.Similarity)
            .FirstOrDefault();
        return best.Key == 0 ? null : await db.Documents.AsNoTracking().SingleAsync(d => d.Id == best.Key, cancellationToken);
    }

    /// <summary>All stored text of the given documents as one <see cref="TextOverlap"/>: passages, activities, figures.</summary>
    public static async Task<TextOverlap> CorpusAsync(AssistantDbContext db, IReadOnlyCollection<int> documentIds, CancellationToken cancellationToken)
    {
        var corpora = await CorporaAsync(db, [.. documentIds], merge: true, cancellationToken);
        return corpora.Count == 0 ? new TextOverlap([]) : corpora.Values.Single();
    }

    private static async Task<Dictionary<int, TextOverlap>> CorporaAsync(AssistantDbContext db, List<int> idList, bool merge, CancellationToken cancellationToken)
    {
        var passages = await db.Passages.AsNoTracking().Where(p => idList.Contains(p.DocumentId)).Select(p => new { p.DocumentId, p.Text }).ToListAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking().Where(a => idList.Contains(a.DocumentId))
            .Select(a => new { a.DocumentId, Text = a.Title + "\n" + (a.Description ?? string.Empty) + "\n" + (a.Comment ?? string.Empty) }).ToListAsync(cancellationToken);
        var figures = await db.Figures.AsNoTracking().Where(f => idList.Contains(f.DocumentId))
            .Select(f => new { f.DocumentId, Text = f.Row + " " + f.Column + " " + f.RawText }).ToListAsync(cancellationToken);
        var texts = passages.Select(p => (p.DocumentId, p.Text))
            .Concat(activities.Select(a => (a.DocumentId, a.Text)))
            .Concat(figures.Select(f => (f.DocumentId, f.Text)));
        return merge
            ? texts.Any() ? new Dictionary<int, TextOverlap> { [0] = new TextOverlap(texts.Select(t => t.Text)) } : []
            : texts.GroupBy(t => t.DocumentId).ToDictionary(g => g.Key, g => new TextOverlap(g.Select(t => t.Text)));
    }
}
