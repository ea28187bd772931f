namespace Assistant.Bot.Conversation;

/// <summary>Turn handling's log messages (EventIds 1100-1199). Message text only at Trace.</summary>
internal static partial class Log
{
    [LoggerMessage(1100, LogLevel.Trace, "Message text: {Text}")]
    public static partial void MessageText(ILogger logger, string text);

    [LoggerMessage(1101, LogLevel.Debug, "Message handled by {Handler}")]
    public static partial void HandledBy(ILogger logger, string handler);

    [LoggerMessage(1103, LogLevel.Warning, "Reply failed: {StatusCode} {ErrorCode}")]
    public static partial void ReplyFailed(ILogger logger, int statusCode, string? errorCode);

    [LoggerMessage(1104, LogLevel.Warning, "The activity names no conversation or serviceUrl to answer to")]
    public static partial void CannotReply(ILogger logger);

    [LoggerMessage(1105, LogLevel.Warning, "Card action with verb {Verb} has no handler")]
    public static partial void UnknownVerb(ILogger logger, string? verb);

    [LoggerMessage(1106, LogLevel.Warning, "Updating the card message failed: {StatusCode} {ErrorCode}")]
    public static partial void UpdateFailed(ILogger logger, int statusCode, string? errorCode);

    [LoggerMessage(1107, LogLevel.Information, "Welcome sent")]
    public static partial void Welcomed(ILogger logger);

    [LoggerMessage(1108, LogLevel.Information, "Feedback received: {Reaction}")]
    public static partial void Feedback(ILogger logger, string? reaction);

    [LoggerMessage(1109, LogLevel.Debug, "Activity of type {ActivityType} ignored")]
    public static partial void Ignored(ILogger logger, string? activityType);
}
