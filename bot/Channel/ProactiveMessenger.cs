using System.Text.Json.Nodes;
using Assistant.Bot.Channel.Connector;
using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Channel.State;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channel;

/// <summary>
/// Messages the bot starts, by stored reference, through the connector client (token, throttle, retries, serviceUrl
/// allow-list). Addressed like the SDK's ContinueConversation: from = the bot, recipient = the user, the stored
/// conversation, and the tenant in channelData as Teams wants for proactive messages.
/// </summary>
public sealed class ProactiveMessenger(
    IConnectorClient connector,
    ConversationReferenceStore references,
    IOptions<BotFrameworkOptions> options,
    ILogger<ProactiveMessenger> logger) : IProactiveMessenger
{
    public const string TeamsChannelId = "msteams";

    public async Task<SendResult> SendAsync(ConversationReferenceRecord reference, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var activity = Address(ActivityFactory.Message(message, reference.Locale), reference);
        var result = await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, activity, cancellationToken);
        return ToSendResult(result, "send", reference);
    }

    public async Task<SendResult> UpdateAsync(ConversationReferenceRecord reference, string activityId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var activity = Address(ActivityFactory.Message(message, reference.Locale), reference);
        activity.Id = activityId;
        var result = await connector.UpdateActivityAsync(reference.ServiceUrl, reference.ConversationId, activityId, activity, cancellationToken);
        return ToSendResult(result, "update", reference) with { ActivityId = result.Value?.Id ?? (result.Succeeded ? activityId : null) };
    }

    public async Task<ConversationReferenceRecord?> CreatePersonalConversationAsync(string userId, string tenantId, string serviceUrl, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsDevelopmentMode || !settings.IsTenantAllowed(tenantId))
        {
            Log.ProactiveFailed(logger, "createConversation", userId, 0, settings.IsDevelopmentMode ? "NoMicrosoftAppId" : "TenantNotAllowed");
            return null;
        }

        var botId = "28:" + settings.MicrosoftAppId!.Trim();
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };

        var result = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
        if (!result.Succeeded || string.IsNullOrEmpty(result.Value?.Id))
        {
            Log.ProactiveFailed(logger, "createConversation", userId, result.StatusCode, result.ErrorCode);
            return null;
        }

        Log.ConversationCreated(logger, result.Value.Id, userId);
        return await references.UpsertAsync(new ConversationReferenceRecord
        {
            UserId = userId,
            AadObjectId = userId.StartsWith("29:", StringComparison.Ordinal) ? null : userId,
            TenantId = tenantId,
            ChannelId = TeamsChannelId,
            ServiceUrl = string.IsNullOrEmpty(result.Value.ServiceUrl) ? serviceUrl : result.Value.ServiceUrl,
            ConversationId = result.Value.Id,
            ConversationType = "personal",
            BotId = botId,
        }, cancellationToken);
    }

    /// <summary>The activity addressed to the reference's user and conversation.</summary>
    public static Activity Address(Activity activity, ConversationReferenceRecord reference)
    {
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.From = new ChannelAccount { Id = reference.BotId, Name = reference.BotName };
        activity.Recipient = new ChannelAccount { Id = reference.UserId, Name = reference.UserName, AadObjectId = reference.AadObjectId };
        activity.Conversation = new ConversationAccount
        {
            Id = reference.ConversationId,
            ConversationType = reference.ConversationType,
            TenantId = reference.TenantId,
        };
        if (!string.IsNullOrEmpty(reference.TenantId))
        {
            activity.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = reference.TenantId } };
        }

        return activity;
    }

    private SendResult ToSendResult(ConnectorResult<ResourceResponse> result, string operation, ConversationReferenceRecord reference)
    {
        if (!result.Succeeded)
        {
            Log.ProactiveFailed(logger, operation, reference.ConversationId, result.StatusCode, result.ErrorCode);
        }

        return new SendResult(result.Succeeded, result.Value?.Id, result.StatusCode, result.ErrorCode, result.ErrorMessage);
    }
}
