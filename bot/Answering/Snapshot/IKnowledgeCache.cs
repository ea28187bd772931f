namespace Assistant.Bot.Answering.Snapshot;

/// <summary>
/// The knowledge snapshot the engine answers from, cached in memory. It reloads when the data changes (a cheap check of
/// row counts and ids, at most every <see cref="AnsweringOptions.FreshnessCheckSeconds"/>) or at once after
/// <see cref="Invalidate"/>, which the importer and the status recorder call after they write.
/// </summary>
public interface IKnowledgeCache
{
    ValueTask<KnowledgeSnapshot> GetAsync(CancellationToken cancellationToken);

    /// <summary>Forget the snapshot: the next question reloads it.</summary>
    void Invalidate();
}
