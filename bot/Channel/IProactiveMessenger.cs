namespace Assistant.Bot.Channel;

/// <summary>
/// Messages the bot starts (reminders, escalations): sent by a stored conversation reference through the
/// Bot Connector client (token, throttle, retries on 429/412/502/503/504 live behind this interface).
/// </summary>
public interface IProactiveMessenger
{
    /// <summary>Sends a new message into the reference's conversation.</summary>
    Task<SendResult> SendAsync(ConversationReferenceRecord reference, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>Replaces a message the bot sent earlier (e.g. a reminder card turned into a receipt).</summary>
    Task<SendResult> UpdateAsync(ConversationReferenceRecord reference, string activityId, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the 1:1 conversation with a user the bot has no reference for (POST v3/conversations) and stores the
    /// reference. Needs a serviceUrl and tenant (from configuration or another reference of the tenant).
    /// </summary>
    Task<ConversationReferenceRecord?> CreatePersonalConversationAsync(string userId, string tenantId, string serviceUrl, CancellationToken cancellationToken);
}

/// <param name="ActivityId">The id the connector gave the message.</param>
/// <param name="StatusCode">The final HTTP status (after retries).</param>
/// <param name="ErrorCode">The connector's error code, e.g. BotNotInConversationRoster.</param>
public sealed record SendResult(bool Succeeded, string? ActivityId, int StatusCode, string? ErrorCode = null, string? ErrorMessage = null)
{
    /// <summary>403: the app is not installed for the user or they blocked it; installing it through Graph may help.</summary>
    public bool NotInstalled => StatusCode == 403;
}
