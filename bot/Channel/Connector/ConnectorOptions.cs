using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Channel.Connector;

/// <summary>
/// Outbound limits and retries for the Bot Connector (docs/protocol.md §3): Teams allows 50 requests/s per app per tenant
/// and, per conversation, 7 per second, 8 per 2 s, 60 per 30 s and 1800 per hour.
/// </summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Connector";

    [Range(1, 10_000)]
    public int RequestsPerSecondPerTenant { get; set; } = 50;

    /// <summary>Apply the per-conversation send limits (7/1 s, 8/2 s, 60/30 s, 1800/h).</summary>
    public bool ConversationLimits { get; set; } = true;

    /// <summary>Retries after the first attempt for 429, 412, 502, 503, 504.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff delay; doubled each retry, with full jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest single wait, also the most a Retry-After is honoured (longer gives up).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait in the local throttle before a send gives up with 429.</summary>
    public TimeSpan MaxThrottleWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Per HTTP attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
