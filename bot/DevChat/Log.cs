namespace Assistant.Bot.DevChat;

/// <summary>The Direct Line and chat page log messages (EventIds 9000-9099). Never a token or message text.</summary>
internal static partial class Log
{
    [LoggerMessage(9000, LogLevel.Information, "Assistant is running: open {Url} to chat with it")]
    public static partial void PageAddress(ILogger logger, string url);

    [LoggerMessage(9001, LogLevel.Warning, "Direct Line token request refused ({StatusCode}): {Reason}")]
    public static partial void TokenRefused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(9011, LogLevel.Error, "Direct Line: the bot failed on a {ActivityType}")]
    public static partial void BotFailed(ILogger logger, string activityType, Exception exception);

    [LoggerMessage(9012, LogLevel.Information, "Direct Line: conversation {ConversationId} started for {UserId}")]
    public static partial void Started(ILogger logger, string conversationId, string userId);

    [LoggerMessage(9013, LogLevel.Warning, "Direct Line connector API: request from {RemoteAddress} refused (only this machine's own calls are accepted)")]
    public static partial void NotLoopback(ILogger logger, string? remoteAddress);

    [LoggerMessage(9014, LogLevel.Information, "Direct Line: a card submit matched the card of activity {ActivityId}")]
    public static partial void CardMatched(ILogger logger, string activityId);

    [LoggerMessage(9015, LogLevel.Information, "Direct Line: {Files} file(s) uploaded in conversation {ConversationId} ({Bytes} bytes)")]
    public static partial void Uploaded(ILogger logger, string conversationId, int files, long bytes);

    [LoggerMessage(9020, LogLevel.Information, "Chat page admin: reminder job run for {Date}: {Sent} sent, {Failed} failed")]
    public static partial void ReminderRun(ILogger logger, DateOnly date, int sent, int failed);
}
