using System.Globalization;
using System.Text.Json.Nodes;

namespace Assistant.Bot.DevChat;

/// <summary>
/// How the embedded Direct Line stamps activities, as the Direct Line service does: the channel sets id, timestamp,
/// channelId, serviceUrl, conversation, from (the token's user, whatever the client wrote) and recipient; everything
/// else the client or the bot sent is kept as it is.
/// </summary>
public static class DirectLineActivities
{
    public const string ChannelId = "directline";

    /// <summary>Fields only the channel may set on what a client posts.</summary>
    private static readonly string[] ChannelFields = ["id", "timestamp", "channelId", "serviceUrl", "conversation", "from", "recipient"];

    /// <summary>The activity the client posted, as the bot receives it (without its id, which the log gives).</summary>
    public static JsonObject FromUser(JsonObject posted, DirectLineConversation conversation, BotAccount bot, string serviceUrl, DateTimeOffset now)
    {
        var activity = posted.DeepClone().AsObject();
        foreach (var field in ChannelFields)
        {
            activity.Remove(field);
        }

        var user = conversation.User;
        activity["timestamp"] = Timestamp(now);
        activity["channelId"] = ChannelId;
        activity["serviceUrl"] = serviceUrl;
        activity["conversation"] = Conversation(conversation);
        activity["from"] = Account(user.Id, user.Name, user.AadObjectId, "user");
        activity["recipient"] = Account(bot.Id, bot.Name, null, "bot");
        return activity;
    }

    /// <summary>conversationUpdate: the user and the bot joined (sent when a client first starts the conversation).</summary>
    public static JsonObject MembersAdded(DirectLineConversation conversation, BotAccount bot, string serviceUrl, DateTimeOffset now, string? locale)
    {
        var user = conversation.User;
        var activity = new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["membersAdded"] = new JsonArray(Account(bot.Id, bot.Name, null, null), Account(user.Id, user.Name, user.AadObjectId, null)),
        };
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        return FromUser(activity, conversation, bot, serviceUrl, now);
    }

    /// <summary>What the bot sent through the connector API, as clients see it.</summary>
    public static JsonObject FromBot(JsonObject sent, DirectLineConversation conversation, BotAccount bot, string? replyToId, DateTimeOffset now)
    {
        var activity = sent.DeepClone().AsObject();
        activity.Remove("id");
        activity["timestamp"] = Timestamp(now);
        activity["channelId"] = ChannelId;
        activity["conversation"] = Conversation(conversation);
        var from = activity["from"] as JsonObject ?? Account(bot.Id, bot.Name, null, null);
        from["id"] ??= bot.Id;
        from["name"] ??= bot.Name;
        from["role"] = "bot";
        activity["from"] = from;
        var user = conversation.User;
        activity["recipient"] = Account(user.Id, user.Name, null, "user");
        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        return activity;
    }

    public static string Timestamp(DateTimeOffset now) => now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static JsonObject Conversation(DirectLineConversation conversation) => new()
    {
        ["id"] = conversation.Id,
        ["conversationType"] = "personal",
    };

    private static JsonObject Account(string id, string? name, string? aadObjectId, string? role)
    {
        var account = new JsonObject { ["id"] = id };
        if (name is not null)
        {
            account["name"] = name;
        }

        if (aadObjectId is not null)
        {
            account["aadObjectId"] = aadObjectId;
        }

        if (role is not null)
        {
            account["role"] = role;
        }

        return account;
    }
}

/// <summary>The bot as the embedded Direct Line names it: MicrosoftAppId (or "assistant" without one) and the page's bot name.</summary>
public sealed record BotAccount(string Id, string Name);
