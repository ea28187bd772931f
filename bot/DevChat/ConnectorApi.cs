using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.DevChat;

/// <summary>
/// The Bot Connector API v3 subset the bot calls on the embedded Direct Line's serviceUrl ({base}/directline/):
/// create a personal conversation, send, reply, update. What the bot sends is logged in the conversation, where the
/// page's poll finds it. Only this machine may call it (see <see cref="IsLocalCall"/>): the bot itself, through its
/// connector client. A bearer token, when the bot has an app id and sends one, is not what protects this API.
/// </summary>
public sealed class ConnectorApi(
    DirectLineStore store,
    IDirectLineUsers users,
    DirectLineServiceUrl serviceUrl,
    BotAccount botAccount,
    IOptions<DirectLineOptions> options,
    TimeProvider time)
{
    /// <summary>POST v3/conversations {members:[{id}]}: the member's conversation (the one the page opens as them).</summary>
    public async Task<IResult> CreateConversationAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, error) = await DirectLineHttp.ReadObjectAsync(request, options.Value.MaxBodyBytes, allowEmpty: false, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (body!["isGroup"] is JsonValue isGroup && isGroup.TryGetValue(out bool group) && group)
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "Only personal (1:1) conversations can be created here.");
        }

        if (body["members"] is not JsonArray { Count: 1 } members || DirectLineHttp.String(members[0]?["id"]) is not { } memberId)
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "members must name exactly one user.");
        }

        var conversation = store.FindForUser(memberId);
        if (conversation is null && await users.FindAsync(memberId, cancellationToken) is { } user)
        {
            conversation = store.ForUser(user);
        }

        if (conversation is null)
        {
            return DirectLineHttp.Error(StatusCodes.Status404NotFound, "BotNotInConversationRoster", $"'{memberId}' is not a user of this chat page.");
        }

        var answer = new JsonObject { ["id"] = conversation.Id, ["serviceUrl"] = serviceUrl.Value };
        if (body["activity"] is JsonObject first && DirectLineHttp.String(first["type"]) is not null)
        {
            answer["activityId"] = conversation.Append(DirectLineActivities.FromBot(first, conversation, botAccount, null, time.GetUtcNow()));
        }

        return DirectLineHttp.Json(answer, StatusCodes.Status201Created);
    }

    /// <summary>POST v3/conversations/{id}/activities, and with {activityId} a reply (replyToId set).</summary>
    public async Task<IResult> SendAsync(HttpRequest request, string conversationId, string? replyToId, CancellationToken cancellationToken)
    {
        var (conversation, activity, error) = await ReadAsync(request, conversationId, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var stamped = DirectLineActivities.FromBot(activity!, conversation!, botAccount, replyToId ?? DirectLineHttp.String(activity!["replyToId"]), time.GetUtcNow());
        return DirectLineHttp.Json(new JsonObject { ["id"] = conversation!.Append(stamped) });
    }

    /// <summary>PUT v3/conversations/{id}/activities/{activityId}: replaces a message the bot sent.</summary>
    public async Task<IResult> UpdateAsync(HttpRequest request, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var (conversation, activity, error) = await ReadAsync(request, conversationId, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var current = conversation!.Find(activityId);
        if (current is null)
        {
            return DirectLineHttp.Error(StatusCodes.Status404NotFound, "ActivityNotFound", "The conversation has no such activity.");
        }

        var stamped = DirectLineActivities.FromBot(activity!, conversation, botAccount, DirectLineHttp.String(current["replyToId"]), time.GetUtcNow());
        return conversation.Replace(activityId, stamped, IsFromBot)
            ? DirectLineHttp.Json(new JsonObject { ["id"] = activityId })
            : DirectLineHttp.Error(StatusCodes.Status403Forbidden, "BadArgument", "Only the bot's own activities can be updated.");
    }

    /// <summary>
    /// True when the request comes from this machine and not through a proxy: a loopback remote address and no
    /// forwarding header (a reverse proxy on the same host would otherwise make every outside request look local).
    /// </summary>
    public static bool IsLocalCall(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
        && !context.Request.Headers.ContainsKey("X-Forwarded-For")
        && !context.Request.Headers.ContainsKey("X-Forwarded-Host")
        && !context.Request.Headers.ContainsKey("Forwarded");

    private static bool IsFromBot(JsonObject activity) => DirectLineHttp.String(activity["from"]?["role"]) == "bot";

    private async Task<(DirectLineConversation? Conversation, JsonObject? Activity, IResult? Error)> ReadAsync(HttpRequest request, string conversationId, CancellationToken cancellationToken)
    {
        var (body, error) = await DirectLineHttp.ReadObjectAsync(request, options.Value.MaxBodyBytes, allowEmpty: false, cancellationToken);
        if (error is not null)
        {
            return (null, null, error);
        }

        if (DirectLineHttp.String(body!["type"]) is null)
        {
            return (null, null, DirectLineHttp.Error(StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no type."));
        }

        var conversation = store.Find(conversationId) ?? await ReopenAsync(conversationId, body, cancellationToken);
        return conversation is null
            ? (null, null, DirectLineHttp.Error(StatusCodes.Status404NotFound, "ConversationNotFound", "The conversation does not exist (or has expired)."))
            : (conversation, body, null);
    }

    // A proactive message by a reference stored before a restart: the recipient's conversation, opened again under the
    // same id (see DirectLineStore.ConversationIdOf) when the recipient is one of the page's people.
    private async Task<DirectLineConversation?> ReopenAsync(string conversationId, JsonObject activity, CancellationToken cancellationToken)
    {
        var recipientId = DirectLineHttp.String(activity["recipient"]?["id"]);
        if (recipientId is null || DirectLineStore.ConversationIdOf(recipientId) != conversationId)
        {
            return null;
        }

        return await users.FindAsync(recipientId, cancellationToken) is { } user ? store.ForUser(user) : null;
    }
}
