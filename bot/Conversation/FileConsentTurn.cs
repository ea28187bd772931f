using System.Text.Json.Nodes;
using Assistant.Bot.Channel;
using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Channel.Turns;
using Assistant.Bot.Clock;

namespace Assistant.Bot.Conversation;

/// <summary>
/// The answer to a file consent card (invoke fileConsent/invoke, as botbuilder-js TeamsActivityHandler.handleTeamsFileConsent):
/// value {type:"fileUpload", action:"accept"|"decline", context, uploadInfo:{name, uploadUrl, contentUrl, uniqueId, fileType}}.
/// The feature that sent the card (<see cref="IFileConsentHandler"/>) uploads or says it will not; the invoke is answered 200.
/// </summary>
public sealed partial class FileConsentTurn(IEnumerable<IFileConsentHandler> handlers, ILocalClock clock, ILogger<FileConsentTurn> logger)
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var value = activity.Value as JsonObject;
        var action = value?["action"]?.GetValue<string>();
        var context = value?["context"] as JsonObject;
        var handler = handlers.FirstOrDefault(h => h.CanHandle(context));
        if (handler is null || action is not ("accept" or "decline"))
        {
            LogUnknown(logger, action);
            return new InvokeResponse(400);
        }

        var info = value?["uploadInfo"] is JsonObject u
            ? new FileUploadInfo(Text(u, "name"), Text(u, "uploadUrl"), Text(u, "contentUrl"), Text(u, "uniqueId"), Text(u, "fileType"))
            : null;
        var consent = new FileConsent(action == "accept", context, info, TurnUser.Of(activity), clock.Today, activity.Locale);
        var messages = await handler.HandleAsync(consent, cancellationToken);
        foreach (var message in messages)
        {
            var sent = await turn.SendAsync(ActivityFactory.Message(message, activity.Locale), cancellationToken);
            if (!sent.Succeeded)
            {
                LogSendFailed(logger, sent.StatusCode);
            }
        }

        return new InvokeResponse(200);
    }

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue(out string? text) ? text : null;

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "fileConsent/invoke with action {Action} and no handler for its context")]
    private static partial void LogUnknown(ILogger logger, string? action);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Reply to a file consent failed with {StatusCode}")]
    private static partial void LogSendFailed(ILogger logger, int statusCode);
}
