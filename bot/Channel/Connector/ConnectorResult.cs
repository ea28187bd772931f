namespace Assistant.Bot.Channel.Connector;

/// <summary>
/// The outcome of a Bot Connector call after retries: expected failures (403 not installed, 404, 429 after the last
/// retry, a refused serviceUrl) are values, not exceptions. <see cref="StatusCode"/> is 0 when no HTTP answer came.
/// </summary>
public sealed record ConnectorResult<T>(bool Succeeded, int StatusCode, T? Value, string? ErrorCode = null, string? ErrorMessage = null, int Attempts = 1)
    where T : class
{
    public static ConnectorResult<T> Refused(string code, string message) => new(false, 0, null, code, message, 0);
}

/// <summary>Error codes the client gives for failures that did not come from the connector.</summary>
public static class LocalErrorCodes
{
    public const string ServiceUrlNotAllowed = "ServiceUrlNotAllowed";
    public const string TokenUnavailable = "TokenUnavailable";
    public const string Throttled = "LocalThrottle";
    public const string ConnectionFailed = "ConnectionFailed";
    public const string Timeout = "Timeout";
}
