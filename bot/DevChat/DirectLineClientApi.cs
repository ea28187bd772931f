using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Assistant.Bot.Channel.Authentication;

namespace Assistant.Bot.DevChat;

/// <summary>
/// The Direct Line 3.0 client API subset Web Chat uses with polling (botframework-directlinejs): tokens generate and
/// refresh, start (and reconnect to) a conversation, post an activity, get activities since a watermark. Every call
/// but generate needs "Authorization: Bearer TOKEN"; a missing one is 401, an unknown or expired one or a token for
/// another conversation 403 (Web Chat then refreshes). Generate needs the Direct Line secret when one is configured
/// (always outside Development); outside Development it also never issues a token for one of the page's people (the
/// picker's derivable owner and admin ids): only for the caller's own "dl_" user id or a new guest.
/// </summary>
public sealed class DirectLineClientApi(
    DirectLineStore store,
    DirectLineBot bot,
    IDirectLineUsers users,
    DirectLineServiceUrl serviceUrl,
    DirectLineFiles files,
    BotAccount botAccount,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    IHostEnvironment environment,
    ILogger<DirectLineClientApi> logger)
{
    /// <summary>The prefix of user ids a backend may choose for its signed-in users (as Azure Direct Line's "dl_").</summary>
    public const string CallerUserPrefix = "dl_";

    public const string Prefix = "/v3/directline";

    /// <summary>POST tokens/generate, body {"user":{"id","name"}} (optional: without it, a new guest).</summary>
    public async Task<IResult> GenerateTokenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (options.Value.HasSecret && !SecretMatches(DirectLineHttp.BearerToken(request), options.Value.DirectLineSecret!.Trim()))
        {
            Log.TokenRefused(logger, StatusCodes.Status401Unauthorized, "no or wrong Direct Line secret");
            return DirectLineHttp.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Authorization: Bearer DIRECT_LINE_SECRET is required to generate a token.");
        }

        var (body, error) = await DirectLineHttp.ReadObjectAsync(request, options.Value.MaxBodyBytes, allowEmpty: true, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        DirectLineUser user;
        if (!environment.IsDevelopment())
        {
            // No picker outside Development: the caller (a backend holding the secret) names its own user, or gets a guest.
            var given = DirectLineHttp.String(body!["user"]?["id"]);
            if (given is not null && (!given.StartsWith(CallerUserPrefix, StringComparison.Ordinal) || given.Length > 128))
            {
                Log.TokenRefused(logger, StatusCodes.Status400BadRequest, "user id not a dl_ id");
                return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", $"user.id must start with '{CallerUserPrefix}' (at most 128 characters).");
            }

            user = new DirectLineUser(given ?? NewGuestId(), DirectLineHttp.String(body["user"]?["name"]) is { } name ? name[..Math.Min(name.Length, 100)] : "Gäst");
        }
        else if (DirectLineHttp.String(body!["user"]?["id"]) is { } userId)
        {
            var found = await users.FindAsync(userId, cancellationToken);
            if (found is null)
            {
                return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", $"'{userId}' is not one of the page's people.");
            }

            user = found;
        }
        else
        {
            user = new DirectLineUser(NewGuestId(), "Gäst");
        }

        var conversation = store.ForUser(user);
        return TokenAnswer(conversation, store.IssueToken(conversation), StatusCodes.Status200OK);
    }

    /// <summary>POST tokens/refresh: a new token for the same conversation.</summary>
    public IResult RefreshToken(HttpRequest request)
    {
        var conversation = store.Authorize(DirectLineHttp.BearerToken(request));
        return conversation is null
            ? Refused(request)
            : TokenAnswer(conversation, store.IssueToken(conversation), StatusCodes.Status200OK);
    }

    /// <summary>
    /// POST conversations: starts the token's conversation (201). The first start tells the bot the user and the bot
    /// joined (conversationUpdate), so it can store the reference and welcome them; later starts (a reload) just
    /// reconnect (200).
    /// </summary>
    public async Task<IResult> StartAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var token = DirectLineHttp.BearerToken(request);
        var conversation = store.Authorize(token, out var expiresIn);
        if (conversation is null)
        {
            return Refused(request);
        }

        var (body, _) = await DirectLineHttp.ReadObjectAsync(request, options.Value.MaxBodyBytes, allowEmpty: true, cancellationToken);
        if (!conversation.MarkStarted())
        {
            return TokenAnswer(conversation, (token!, expiresIn), StatusCodes.Status200OK);
        }

        Log.Started(logger, conversation.Id, Channel.LogText.Clean(conversation.User.Id)!);
        var joined = DirectLineActivities.MembersAdded(conversation, botAccount, serviceUrl.Value, time.GetUtcNow(), DirectLineHttp.String(body?["locale"]));
        joined["id"] = conversation.Id + "|start";
        await TryDeliverAsync(joined, cancellationToken);
        return TokenAnswer(conversation, (token!, expiresIn), StatusCodes.Status201Created);
    }

    /// <summary>GET conversations/{id}: reconnect (the stream URL is not offered: clients poll).</summary>
    public IResult Reconnect(HttpRequest request, string conversationId)
    {
        var token = DirectLineHttp.BearerToken(request);
        var conversation = store.Authorize(token, out var expiresIn);
        return conversation is null || conversation.Id != conversationId
            ? Refused(request)
            : TokenAnswer(conversation, (token!, expiresIn), StatusCodes.Status200OK);
    }

    /// <summary>POST conversations/{id}/activities: logged (the client sees its own message come back), then handed to the bot.</summary>
    public async Task<IResult> PostAsync(HttpRequest request, string conversationId, CancellationToken cancellationToken)
    {
        var conversation = store.Authorize(DirectLineHttp.BearerToken(request));
        if (conversation is null || conversation.Id != conversationId)
        {
            return Refused(request);
        }

        var (body, error) = await DirectLineHttp.ReadObjectAsync(request, options.Value.MaxBodyBytes, allowEmpty: false, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        // A file reaches the bot only through the upload endpoint, as a link this endpoint made: an attachment with a
        // contentUrl of the client's choosing would make the bot download any address for an administrator.
        if (body!["attachments"] is JsonArray attachments && attachments.OfType<JsonObject>().Any(a => a["contentUrl"] is not null))
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "Send files through conversations/{id}/upload, not as attachment links.");
        }

        return await AcceptAsync(conversation, body, cancellationToken);
    }

    /// <summary>
    /// POST conversations/{id}/upload?userId=…: what Web Chat's upload button sends (botframework-directlinejs
    /// postMessageWithAttachments), multipart/form-data with an "activity" part (application/vnd.microsoft.activity) and
    /// one "file" part per file. The files are kept in <see cref="DirectLineFiles"/> and the activity goes to the bot
    /// with an attachment per file whose contentUrl is the file's link, as Azure Direct Line does. The same token as
    /// every other call; at most <see cref="DirectLineOptions.MaxUploadBytes"/> in all.
    /// </summary>
    public async Task<IResult> UploadAsync(HttpRequest request, string conversationId, CancellationToken cancellationToken)
    {
        var conversation = store.Authorize(DirectLineHttp.BearerToken(request));
        if (conversation is null || conversation.Id != conversationId)
        {
            return Refused(request);
        }

        var max = options.Value.MaxUploadBytes;
        if (request.ContentLength > max)
        {
            return TooLarge(max);
        }

        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return DirectLineHttp.Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Content-Type must be multipart/form-data.");
        }

        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = max, ValueCountLimit = 64 }, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(max)
                : DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "The multipart body could not be read.");
        }

        JsonObject body = new() { ["type"] = "message" };
        if (form.Files.GetFile("activity") is { } activityPart)
        {
            try
            {
                await using var stream = activityPart.OpenReadStream();
                if (await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken) is not JsonObject posted)
                {
                    return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "The activity part is not a JSON object.");
                }

                body = posted;
            }
            catch (System.Text.Json.JsonException)
            {
                return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "The activity part is not valid JSON.");
            }
        }

        var attachments = new JsonArray();
        foreach (var file in form.Files.Where(f => f.Name == "file"))
        {
            var name = Path.GetFileName(file.FileName);
            if (string.IsNullOrWhiteSpace(name))
            {
                return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "Every file part needs a file name.");
            }

            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            var contentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType;
            attachments.Add(new JsonObject
            {
                ["contentType"] = contentType,
                ["contentUrl"] = files.Put(name, contentType, content.ToArray(), knownType: false),
                ["name"] = name,
            });
        }

        if (attachments.Count == 0)
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "MissingProperty", "The upload has no file part.");
        }

        Log.Uploaded(logger, conversation.Id, attachments.Count, request.ContentLength ?? 0);
        body["type"] = "message";
        body["attachments"] = attachments;
        return await AcceptAsync(conversation, body, cancellationToken);
    }

    private async Task<IResult> AcceptAsync(DirectLineConversation conversation, JsonObject body, CancellationToken cancellationToken)
    {
        var type = DirectLineHttp.String(body["type"]);
        if (type is null)
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no type.");
        }

        if (type == "invoke")
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "Invoke activities are not supported from Direct Line clients here.");
        }

        // A client that did not get the answer to its post sends it again with the same clientActivityId: same answer.
        if (DirectLineHttp.String(body["channelData"]?["clientActivityId"]) is { } clientActivityId
            && conversation.FindNewest(a => DirectLineHttp.String(a["channelData"]?["clientActivityId"]) == clientActivityId
                && DirectLineHttp.String(a["from"]?["role"]) == "user") is { } earlier)
        {
            return DirectLineHttp.Json(new JsonObject { ["id"] = DirectLineHttp.String(earlier["id"]) });
        }

        TeamsCardActions.Normalize(body);
        var activity = DirectLineActivities.FromUser(body, conversation, botAccount, serviceUrl.Value, time.GetUtcNow());
        if (type == "message" && activity["value"] is JsonObject value && DirectLineHttp.String(activity["replyToId"]) is null
            && conversation.FindNewest(a => CardSubmitMatcher.HoldsCardFor(a, value, botAccount.Id)) is { } cardActivity)
        {
            var cardActivityId = DirectLineHttp.String(cardActivity["id"])!;
            Log.CardMatched(logger, cardActivityId);
            activity["replyToId"] = cardActivityId;
        }

        var id = conversation.Append(activity);
        return await TryDeliverAsync(activity, cancellationToken)
            ? DirectLineHttp.Json(new JsonObject { ["id"] = id })
            : DirectLineHttp.Error(StatusCodes.Status502BadGateway, "BotError", "The bot failed on this activity.");
    }

    /// <summary>GET conversations/{id}/activities?watermark=N: {activities, watermark}.</summary>
    public IResult Get(HttpRequest request, string conversationId, string? watermark)
    {
        var conversation = store.Authorize(DirectLineHttp.BearerToken(request));
        if (conversation is null || conversation.Id != conversationId)
        {
            return Refused(request);
        }

        long from = 0;
        if (!string.IsNullOrEmpty(watermark) && (!long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out from)))
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not one this service gave.");
        }

        var (activities, next) = conversation.Read(from);
        return DirectLineHttp.Json(new JsonObject
        {
            ["activities"] = new JsonArray([.. activities]),
            ["watermark"] = next.ToString(CultureInfo.InvariantCulture),
        });
    }

    private async Task<bool> TryDeliverAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        try
        {
            await bot.DeliverAsync(activity, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.BotFailed(logger, DirectLineHttp.String(activity["type"]) ?? "?", e);
            return false;
        }
    }

    private static IResult TooLarge(int max) => DirectLineHttp.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig",
        $"The upload is larger than allowed ({max.ToString("N0", CultureInfo.InvariantCulture)} bytes).");

    private static string NewGuestId() => CallerUserPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private static bool SecretMatches(string? given, string secret) => SecretComparison.Matches(given, secret);

    private static IResult TokenAnswer(DirectLineConversation conversation, (string Token, int ExpiresIn) token, int statusCode) =>
        DirectLineHttp.Json(new JsonObject
        {
            ["conversationId"] = conversation.Id,
            ["token"] = token.Token,
            ["expires_in"] = token.ExpiresIn,
        }, statusCode);

    private static IResult Refused(HttpRequest request) => DirectLineHttp.BearerToken(request) is null
        ? DirectLineHttp.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Authorization: Bearer TOKEN is required.")
        : DirectLineHttp.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is unknown, expired or for another conversation.");
}
