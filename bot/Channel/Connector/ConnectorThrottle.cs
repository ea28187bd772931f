using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channel.Connector;

/// <summary>
/// Keeps outbound calls inside Teams' limits before the connector has to say 429 (docs/protocol.md §3): a token bucket of
/// RequestsPerSecondPerTenant per tenant, and the per-conversation sliding windows. A call that would have to wait
/// longer than MaxThrottleWait is refused at once instead.
/// </summary>
public sealed class ConnectorThrottle(IOptions<ConnectorOptions> options, TimeProvider time)
{
    private const int SweepAbove = 10_000;
    private readonly ConcurrentDictionary<string, TokenBucket> _tenants = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SlidingWindowLimit> _conversations = new(StringComparer.Ordinal);

    /// <returns>False when the wait would be longer than allowed (nothing is reserved then).</returns>
    public async Task<bool> WaitAsync(string? tenantId, string? conversationId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var bucket = _tenants.GetOrAdd(tenantId ?? string.Empty, _ => new TokenBucket(settings.RequestsPerSecondPerTenant, time));
        var wait = bucket.Reserve();

        SlidingWindowLimit? limit = null;
        DateTimeOffset booked = default;
        if (settings.ConversationLimits && !string.IsNullOrEmpty(conversationId))
        {
            SweepIdle();
            limit = _conversations.GetOrAdd(conversationId, _ => new SlidingWindowLimit(SlidingWindowLimit.TeamsConversation, time));
            booked = limit.Reserve();
            if (booked - now > wait)
            {
                wait = booked - now;
            }
        }

        if (wait > settings.MaxThrottleWait)
        {
            bucket.Return();
            limit?.Return(booked);
            return false;
        }

        if (wait > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(wait, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                bucket.Return();
                limit?.Return(booked);
                throw;
            }
        }

        return true;
    }

    private void SweepIdle()
    {
        if (_conversations.Count <= SweepAbove)
        {
            return;
        }

        foreach (var (id, limit) in _conversations)
        {
            if (limit.IsIdle)
            {
                _conversations.TryRemove(id, out _);
            }
        }
    }
}
