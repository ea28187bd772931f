namespace Assistant.Bot.Channel.Connector;

/// <summary>
/// Several "at most N per window" limits at once over one log of send times (Teams per-conversation limits:
/// 7 per 1 s, 8 per 2 s, 60 per 30 s, 1800 per hour). Reserving returns the wait until every limit allows the send and
/// records the send at that moment.
/// </summary>
public sealed class SlidingWindowLimit(IReadOnlyList<(int Count, TimeSpan Window)> limits, TimeProvider time)
{
    public static readonly IReadOnlyList<(int Count, TimeSpan Window)> TeamsConversation =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    private readonly object _gate = new();
    private readonly List<DateTimeOffset> _sends = [];
    private readonly TimeSpan _longest = limits.Max(l => l.Window);

    /// <summary>When the last recorded send leaves the longest window, the limit holds no state worth keeping.</summary>
    public bool IsIdle
    {
        get
        {
            lock (_gate)
            {
                return _sends.Count == 0 || time.GetUtcNow() - _sends[^1] > _longest;
            }
        }
    }

    /// <summary>Books the earliest moment every limit allows a send (never before an earlier booking).</summary>
    /// <returns>The booked moment; the caller waits until then.</returns>
    public DateTimeOffset Reserve()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            _sends.RemoveAll(s => now - s > _longest);
            var at = _sends.Count > 0 && _sends[^1] > now ? _sends[^1] : now;
            foreach (var (count, window) in limits)
            {
                // The new send is the latest: it may go once the count-th most recent send has left the window.
                if (_sends.Count >= count && _sends[^count] + window > at)
                {
                    at = _sends[^count] + window;
                }
            }

            _sends.Add(at);
            return at;
        }
    }

    /// <summary>Cancels a booking the caller did not use.</summary>
    public void Return(DateTimeOffset booked)
    {
        lock (_gate)
        {
            _sends.Remove(booked);
        }
    }
}
