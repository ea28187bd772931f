namespace Assistant.Bot.Channel.Connector;

/// <summary>
/// A token bucket on an injected clock: <see cref="Rate"/> tokens a second, bursts up to the same number. Reserving
/// takes a token now or tells how long to wait for one (the reservation is made either way, so waiters queue fairly).
/// </summary>
public sealed class TokenBucket(int rate, TimeProvider time)
{
    private readonly object _gate = new();
    private double _tokens = rate;
    private DateTimeOffset _updated = time.GetUtcNow();

    public int Rate { get; } = rate;

    /// <summary>Takes one token; returns how long the caller must wait before using it (zero when available now).</summary>
    public TimeSpan Reserve()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            _tokens = Math.Min(Rate, _tokens + ((now - _updated).TotalSeconds * Rate));
            _updated = now;
            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / Rate);
        }
    }

    /// <summary>Gives back a token reserved but not used (the caller gave up).</summary>
    public void Return()
    {
        lock (_gate)
        {
            _tokens = Math.Min(Rate, _tokens + 1);
        }
    }
}
