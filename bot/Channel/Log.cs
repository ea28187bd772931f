namespace Assistant.Bot.Channel;

/// <summary>
/// The channel's log messages (EventIds 1000-1099). Never a token, a password or message text: ids, statuses and reasons.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Critical, "NO MicrosoftAppId IS CONFIGURED: /api/messages accepts ANONYMOUS requests (local development mode) and sends no token. Never run like this in production.")]
    public static partial void DevelopmentMode(ILogger logger);

    [LoggerMessage(1002, LogLevel.Critical, "NO MicrosoftAppId OUTSIDE DEVELOPMENT (environment {Environment}): Channel:AllowUnauthenticatedOutsideDevelopment lets ANYONE who reaches /api/messages act as any user. Closed test networks only; conversation references are not stored.")]
    public static partial void UnauthenticatedOutsideDevelopment(ILogger logger, string environment);

    [LoggerMessage(1001, LogLevel.Information, "Bot Framework channel: app {AppId} ({AppType}), OpenID metadata {MetadataUrl}, login {LoginUrl}")]
    public static partial void Configured(ILogger logger, string appId, string appType, string metadataUrl, string loginUrl);

    [LoggerMessage(1010, LogLevel.Information, "Request refused with {StatusCode}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(1011, LogLevel.Warning, "Unauthorized request refused (401): {Reason} (channel {ChannelId})")]
    public static partial void Unauthorized(ILogger logger, string reason, string? channelId);

    [LoggerMessage(1012, LogLevel.Warning, "Activity from tenant {TenantId} refused (403): not in AllowedTenants")]
    public static partial void TenantRefused(ILogger logger, string? tenantId);

    [LoggerMessage(1017, LogLevel.Warning, "Activity from channel {ChannelId} refused (403): /api/messages serves msteams and Channel:EnabledChannels only")]
    public static partial void ChannelRefused(ILogger logger, string? channelId);

    [LoggerMessage(1013, LogLevel.Information, "Activity already handled (redelivery): answered 200, not handled again")]
    public static partial void Redelivered(ILogger logger);

    [LoggerMessage(1014, LogLevel.Debug, "Turn started: {ActivityType} (anonymous: {Anonymous})")]
    public static partial void TurnStarted(ILogger logger, string activityType, bool anonymous);

    [LoggerMessage(1015, LogLevel.Information, "Invoke {Name} not handled (501)")]
    public static partial void InvokeNotImplemented(ILogger logger, string? name);

    [LoggerMessage(1016, LogLevel.Error, "Turn failed (500); the channel may redeliver it")]
    public static partial void TurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(1018, LogLevel.Error, "Turn of activity {ActivityId} ({ActivityType}) failed; the user was told something went wrong")]
    public static partial void TurnFailedAnswered(ILogger logger, string? activityId, string? activityType, Exception exception);

    [LoggerMessage(1033, LogLevel.Warning, "The connector answered 401 to {Operation}: the cached bot token was dropped and the call is tried once more")]
    public static partial void TokenRejected(ILogger logger, string operation);

    [LoggerMessage(1020, LogLevel.Information, "Signing key {KeyId} unknown: refreshing the channel's keys")]
    public static partial void SigningKeyUnknown(ILogger logger, string keyId);

    [LoggerMessage(1021, LogLevel.Information, "Channel signing keys refreshed: {Count} keys")]
    public static partial void SigningKeysRefreshed(ILogger logger, int count);

    [LoggerMessage(1022, LogLevel.Warning, "Refreshing the channel's signing keys failed; the cached keys stay in use")]
    public static partial void SigningKeysRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(1023, LogLevel.Error, "The channel's signing keys could not be fetched: request answered 503")]
    public static partial void SigningKeysUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(1030, LogLevel.Debug, "Bot token acquired, valid {ExpiresIn} s")]
    public static partial void TokenAcquired(ILogger logger, long expiresIn);

    [LoggerMessage(1031, LogLevel.Error, "The token endpoint {Url} answered {StatusCode}")]
    public static partial void TokenRequestFailed(ILogger logger, int statusCode, string url);

    [LoggerMessage(1032, LogLevel.Error, "The token endpoint {Url} could not be reached ({Error})")]
    public static partial void TokenRequestError(ILogger logger, string url, string error);

    [LoggerMessage(1040, LogLevel.Warning, "Connector {Operation} refused locally: serviceUrl {ServiceUrl} is not allowed")]
    public static partial void ServiceUrlRefused(ILogger logger, string operation, string serviceUrl);

    [LoggerMessage(1041, LogLevel.Warning, "Connector {Operation} answered {StatusCode} (attempt {Attempt}); retrying in {Delay}")]
    public static partial void ConnectorRetry(ILogger logger, string operation, int statusCode, int attempt, TimeSpan delay);

    [LoggerMessage(1042, LogLevel.Warning, "Connector {Operation} failed with {StatusCode} {ErrorCode} after {Attempts} attempts")]
    public static partial void ConnectorFailed(ILogger logger, string operation, int statusCode, string? errorCode, int attempts);

    [LoggerMessage(1043, LogLevel.Warning, "Connector {Operation} could not be reached ({Error})")]
    public static partial void ConnectorUnreachable(ILogger logger, string operation, string error);

    [LoggerMessage(1044, LogLevel.Warning, "Connector {Operation} timed out after {Timeout}")]
    public static partial void ConnectorTimedOut(ILogger logger, string operation, TimeSpan timeout);

    [LoggerMessage(1050, LogLevel.Warning, "Proactive {Operation} to conversation {ConversationId} failed: {StatusCode} {ErrorCode}")]
    public static partial void ProactiveFailed(ILogger logger, string operation, string conversationId, int statusCode, string? errorCode);

    [LoggerMessage(1051, LogLevel.Information, "Created 1:1 conversation {ConversationId} with user {UserId}")]
    public static partial void ConversationCreated(ILogger logger, string conversationId, string userId);

    [LoggerMessage(1060, LogLevel.Information, "Pruned {Count} processed activity records")]
    public static partial void Pruned(ILogger logger, int count);

    [LoggerMessage(1061, LogLevel.Warning, "Pruning processed activity records failed")]
    public static partial void PruneFailed(ILogger logger, Exception exception);
}
