using Assistant.Bot.Conversation;
using Assistant.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Answering.Snapshot;

/// <summary>
/// Keeps one <see cref="KnowledgeSnapshot"/> for the whole process. A question costs no database work except a
/// fingerprint check every few seconds; a rebuild happens once per change, one caller at a time.
/// </summary>
public sealed partial class KnowledgeCache(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<AnsweringOptions> options,
    ILogger<KnowledgeCache> logger) : IKnowledgeCache, IKnowledgeChanged, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile State? _state;

    public async ValueTask<KnowledgeSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var state = _state;
        if (state is not null && time.GetUtcNow() - state.CheckedAt < TimeSpan.FromSeconds(options.Value.FreshnessCheckSeconds))
        {
            return state.Snapshot;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            state = _state;
            if (state is not null && time.GetUtcNow() - state.CheckedAt < TimeSpan.FromSeconds(options.Value.FreshnessCheckSeconds))
            {
                return state.Snapshot;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AssistantDbContext>();
            var fingerprint = await KnowledgeLoader.FingerprintAsync(db, cancellationToken);
            if (state is not null && state.Fingerprint == fingerprint)
            {
                _state = state with { CheckedAt = time.GetUtcNow() };
                return state.Snapshot;
            }

            var started = time.GetTimestamp();
            var snapshot = await KnowledgeLoader.LoadAsync(db, cancellationToken);
            _state = new State(snapshot, fingerprint, time.GetUtcNow());
            LogLoaded(logger, snapshot.Documents.Count, snapshot.Forecasts.Count, snapshot.Activities.Count, snapshot.Passages.Count,
                (long)time.GetElapsedTime(started).TotalMilliseconds);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _state = null;

    /// <summary>An import elsewhere (Knowledge) wrote: the next question rebuilds the snapshot.</summary>
    public void OnKnowledgeChanged() => Invalidate();

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(EventId = 3100, Level = LogLevel.Debug,
        Message = "Knowledge loaded: {Documents} documents, {Forecasts} forecast values, {Activities} activities, {Passages} passages in {Milliseconds} ms")]
    private static partial void LogLoaded(ILogger logger, int documents, int forecasts, int activities, int passages, long milliseconds);

    private sealed record State(KnowledgeSnapshot Snapshot, KnowledgeFingerprint Fingerprint, DateTimeOffset CheckedAt);
}
