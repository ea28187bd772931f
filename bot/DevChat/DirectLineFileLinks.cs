using Assistant.Bot.Conversation;

namespace Assistant.Bot.DevChat;

/// <summary>A file for someone chatting through the embedded Direct Line: a link on this server (see <see cref="DirectLineFiles"/>).</summary>
public sealed class DirectLineFileLinks(DirectLineFiles files, DirectLineStore conversations) : IChatFileLinks
{
    public string? Offer(IncomingMessage message, string name, string contentType, byte[] content) =>
        message.ChannelId == DirectLineActivities.ChannelId && message.ConversationId is { } id && conversations.Find(id) is not null
            ? files.Put(name, contentType, content, knownType: true)
            : null;
}
