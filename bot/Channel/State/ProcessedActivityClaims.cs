using System.Collections.Concurrent;

namespace Assistant.Bot.Channel.State;

/// <summary>
/// Claims activity keys for the endpoint with group commit: every claim that arrives while a write is in flight goes
/// into the next single INSERT (<see cref="ProcessedActivityStore.TryClaimManyAsync"/>), so under load the database
/// sees one round trip per batch instead of one per activity, and each claim is still durable before its turn runs.
/// With one request at a time a batch holds one key and costs what a single insert did.
/// </summary>
public sealed class ProcessedActivityClaims(IServiceScopeFactory scopes)
{
    /// <summary>Two parameters per key; PostgreSQL allows 65,535 in one statement.</summary>
    public const int MaxBatch = 500;

    private readonly ConcurrentQueue<Claim> _queue = new();
    private int _writing;

    /// <summary>True when the key was new (the turn runs); false for a redelivery. Throws when the database fails.</summary>
    public Task<bool> TryClaimAsync(string key)
    {
        var claim = new Claim(key, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        _queue.Enqueue(claim);
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            _ = Task.Run(WriteAsync);
        }

        // Not cancellable on purpose: once queued the key may be written, and a claim whose turn never ran would make
        // the channel's redelivery look handled. The database's command timeout bounds the wait.
        return claim.Result.Task;
    }

    private async Task WriteAsync()
    {
        while (true)
        {
            var batch = new List<Claim>();
            while (batch.Count < MaxBatch && _queue.TryDequeue(out var claim))
            {
                batch.Add(claim);
            }

            if (batch.Count > 0)
            {
                await WriteBatchAsync(batch);
                continue;
            }

            // Nothing queued: stand down, unless a claim slipped in after the last look and found us still writing.
            Volatile.Write(ref _writing, 0);
            if (_queue.IsEmpty || Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
            {
                return;
            }
        }
    }

    private async Task WriteBatchAsync(List<Claim> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<ProcessedActivityStore>();
            var claimed = new HashSet<string>(await store.TryClaimManyAsync([.. batch.Select(c => c.Key)], CancellationToken.None), StringComparer.Ordinal);

            // The same key twice in one batch (a redelivery racing the original): only the first one is new.
            foreach (var claim in batch)
            {
                claim.Result.SetResult(claimed.Remove(claim.Key));
            }
        }
        catch (Exception e)
        {
            foreach (var claim in batch)
            {
                claim.Result.TrySetException(e);
            }
        }
    }

    private sealed record Claim(string Key, TaskCompletionSource<bool> Result);
}
