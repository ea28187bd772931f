using Assistant.Bot.Channel.Connector;
using Assistant.Bot.Channel.Schema;

namespace Assistant.Bot.Channel.Turns;

/// <summary>
/// One inbound activity and the means to answer it: replies are addressed as the SDK's
/// TurnContext.ApplyConversationReference does (from = the bot, recipient = the sender, the same conversation,
/// replyToId = the inbound id).
/// </summary>
public sealed class TurnContext(Activity activity, bool isAnonymous, ConversationReferenceRecord? reference, IConnectorClient connector)
{
    public Activity Activity { get; } = activity;

    /// <summary>True in development mode, when the request carried no token.</summary>
    public bool IsAnonymous { get; } = isAnonymous;

    /// <summary>The stored reference of the sender in this conversation (null when the activity did not name one).</summary>
    public ConversationReferenceRecord? Reference { get; } = reference;

    /// <summary>Replies to the inbound activity (POST .../activities/{id}, replyToId set).</summary>
    public Task<ConnectorResult<ResourceResponse>> ReplyAsync(Activity reply, CancellationToken cancellationToken)
    {
        Address(reply);
        if (string.IsNullOrEmpty(Activity.Id))
        {
            return connector.SendToConversationAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, reply, cancellationToken);
        }

        reply.ReplyToId = Activity.Id;
        return connector.ReplyToActivityAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, Activity.Id, reply, cancellationToken);
    }

    /// <summary>Sends a new activity into the conversation (no replyToId), e.g. a welcome after conversationUpdate.</summary>
    public Task<ConnectorResult<ResourceResponse>> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        Address(activity);
        return connector.SendToConversationAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activity, cancellationToken);
    }

    /// <summary>Replaces an activity the bot sent in this conversation (PUT).</summary>
    public Task<ConnectorResult<ResourceResponse>> UpdateAsync(string activityId, Activity replacement, CancellationToken cancellationToken)
    {
        Address(replacement);
        replacement.Id = activityId;
        return connector.UpdateActivityAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activityId, replacement, cancellationToken);
    }

    /// <summary>The typing indicator, sent to the conversation.</summary>
    public Task<ConnectorResult<ResourceResponse>> SendTypingAsync(CancellationToken cancellationToken)
    {
        var typing = new Activity { Type = ActivityTypes.Typing };
        Address(typing);
        return connector.SendToConversationAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, typing, cancellationToken);
    }

    /// <summary>True when the activity names a conversation and a serviceUrl to answer to.</summary>
    public bool CanReply => !string.IsNullOrEmpty(Activity.ServiceUrl) && !string.IsNullOrEmpty(Activity.Conversation?.Id);

    private void Address(Activity outgoing)
    {
        outgoing.ChannelId = Activity.ChannelId;
        outgoing.ServiceUrl = Activity.ServiceUrl;
        outgoing.Conversation = Activity.Conversation;
        outgoing.From = Activity.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name } : null;
        outgoing.Recipient = Activity.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId } : null;
        outgoing.Locale ??= Activity.Locale;
    }
}
