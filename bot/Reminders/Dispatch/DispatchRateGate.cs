using System.Collections.Concurrent;
using Assistant.Bot.Channel.Connector;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Reminders.Dispatch;

/// <summary>
/// Paces the dispatcher at the connector's rate (Connector:RequestsPerSecondPerTenant, a token bucket per tenant)
/// BEFORE a row is claimed. A worker holds a token when it claims, so the rows in flight are only those the rate lets
/// out now; a crash finds the rest waiting for a token, unclaimed, and they are neither lost nor doubled. The bucket
/// holds a tenth of a second's worth (not a whole second's, as the connector allows): a full second's burst would
/// put that many posts in flight at once for a crash to double, and saves only one second of a fan-out. The connector
/// client's own throttle (which also counts the bot's replies) stays the authority; at the same rate it rarely waits.
/// </summary>
/// <remarks>
/// It runs on the system clock, not the injected one: it paces real requests against a limit the connector counts in
/// real seconds, and a frozen test clock would never refill the bucket.
/// </remarks>
public sealed class DispatchRateGate(IOptions<ConnectorOptions> options)
{
    /// <summary>The burst the bucket allows, in seconds of the rate.</summary>
    public const double BurstSeconds = 0.1;

    private readonly ConcurrentDictionary<string, TokenBucket> _tenants = new(StringComparer.OrdinalIgnoreCase);

    private static TokenBucket Bucket(int rate) => new(rate, TimeProvider.System, Math.Max(1, rate * BurstSeconds));

    /// <summary>Waits for a token of the tenant's bucket.</summary>
    /// <returns>The token, to give back when the row turns out not to be this worker's.</returns>
    public async Task<Token> WaitAsync(string? tenantId, CancellationToken cancellationToken)
    {
        var bucket = _tenants.GetOrAdd(tenantId ?? string.Empty, _ => Bucket(options.Value.RequestsPerSecondPerTenant));
        var wait = bucket.Reserve();
        if (wait > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(wait, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                bucket.Return();
                throw;
            }
        }

        return new Token(bucket);
    }

    /// <summary>A token taken from a bucket.</summary>
    public sealed class Token
    {
        private readonly TokenBucket _bucket;

        internal Token(TokenBucket bucket) => _bucket = bucket;

        /// <summary>Gives the token back (the row was not claimed, nothing was sent).</summary>
        public void Return() => _bucket.Return();
    }
}
