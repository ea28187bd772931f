namespace Assistant.Bot.Channel.Connector;

/// <summary>
/// A token bucket on an injected clock: <see cref="Rate"/> tokens a second, bursts up to <paramref name="capacity"/>
/// (by default a second's worth). Reserving takes a token now or tells how long to wait for one (the reservation is
/// made either way, so waiters queue fairly).
/// </summary>
public sealed class TokenBucket(int rate, TimeProvider time, double? capacity = null)
{
    private readonly Lock _gate = new();
    private readonly double _capacity = capacity ?? rate;
    private double _tokens = capacity ?? rate;
    private DateTimeOffset _updated = time.GetUtcNow();

    public int Rate { get; } = rate;

    /// <summary>Takes one token; returns how long the caller must wait before using it (zero when available now).</summary>
    public TimeSpan Reserve()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            _tokens = Math.Min(_capacity, _tokens + ((now - _updated).TotalSeconds * Rate));
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
            _tokens = Math.Min(_capacity, _tokens + 1);
        }
    }
}
