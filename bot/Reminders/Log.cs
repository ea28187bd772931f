namespace Assistant.Bot.Reminders;

/// <summary>The reminders' log messages (event ids 6000-6099). Never message text or tokens.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Reminder window {Window} planned: {Rows} new dispatches, {Unresolved} unresolved owners")]
    public static partial void WindowPlanned(ILogger logger, string window, int rows, int unresolved);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Reminder dispatch {Id} ({Window}) sent as {MessageId}")]
    public static partial void Sent(ILogger logger, long id, string window, string? messageId);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Reminder dispatch {Id} ({Window}) attempt {Attempt} failed with {StatusCode} {ErrorCode}; {Outcome}")]
    public static partial void SendFailed(ILogger logger, long id, string window, int attempt, int statusCode, string? errorCode, string outcome);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Reminder dispatch {Id} ({Window}) cannot be delivered: {Problem}")]
    public static partial void Undeliverable(ILogger logger, long id, string window, string problem);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Reminder dispatch {Id} ({Window}) skipped: {Reason}")]
    public static partial void Skipped(ILogger logger, long id, string window, string reason);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Error, Message = "Reminder dispatch {Id} was sent but its lease was lost before it was marked: it may be sent again")]
    public static partial void LeaseLost(ILogger logger, long id);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Warning, Message = "Reminder dispatch {Id} ({Window}) failed with an exception; it stays pending")]
    public static partial void SendException(ILogger logger, long id, string window, Exception exception);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Information, Message = "Reminder run at {Local}: {Windows} windows planned, {Sent} sent, {Failed} failed, {Deferred} deferred")]
    public static partial void RunDone(ILogger logger, DateTimeOffset local, int windows, int sent, int failed, int deferred);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Warning, Message = "Reminder owner '{Owner}' is unresolved in {Window}: {Problem}")]
    public static partial void OwnerUnresolved(ILogger logger, string owner, string window, string? problem);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Warning, Message = "Reminder dispatch {Id} ({Window}) was in flight when worker {Worker} stopped: it may have been delivered; sending it again (at-least-once)")]
    public static partial void PossiblyDelivered(ILogger logger, long id, string window, string? worker);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Warning, Message = "Reminder store unavailable (attempt {Attempt}): {Error}; retrying")]
    public static partial void StoreRetry(ILogger logger, int attempt, string error);
}
