using Assistant.Bot.Channel.Schema;

namespace Assistant.Bot.Channel.Connector;

/// <summary>
/// The Bot Connector REST API v3 (botframework-sdk specs/botframework-protocol/botframework-channel.json), the calls
/// the bot needs. Every call is authorised with the bot's token, throttled, retried on 429/412/502/503/504, and only
/// goes to an allowed serviceUrl.
/// </summary>
public interface IConnectorClient
{
    /// <summary>POST v3/conversations/{conversationId}/activities.</summary>
    Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>POST v3/conversations/{conversationId}/activities/{activityId}.</summary>
    Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>PUT v3/conversations/{conversationId}/activities/{activityId}.</summary>
    Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>DELETE v3/conversations/{conversationId}/activities/{activityId}.</summary>
    Task<ConnectorResult<ResourceResponse>> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, string? tenantId, CancellationToken cancellationToken);

    /// <summary>POST v3/conversations: a new (1:1) conversation.</summary>
    Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}
