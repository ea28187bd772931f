using System.Text.Json.Nodes;
using Assistant.Bot.Channel;
using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Channel.Turns;

namespace Assistant.Bot.Conversation;

/// <summary>
/// The bot's dispatch, shaped like botbuilder-dotnet ActivityHandler.cs: by activity type, then by invoke name.
/// Unknown activity types are ignored; unknown invokes are left unhandled (501).
/// </summary>
public sealed class ConversationBot(MessageTurn messages, CardActionTurn cardActions, WelcomeTurn welcome, FileConsentTurn fileConsent, ILogger<ConversationBot> logger) : IActivityHandler
{
    public async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message when CardActionTurn.IsSubmit(activity):
                await cardActions.HandleSubmitAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Message:
                await messages.HandleAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                await welcome.HandleAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Invoke:
                return await OnInvokeAsync(turn, cancellationToken);
            default:
                Log.Ignored(logger, LogText.Clean(activity.Type));
                return null;
        }
    }

    private async Task<InvokeResponse?> OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Name)
        {
            case InvokeNames.AdaptiveCardAction:
                return await cardActions.HandleInvokeAsync(turn, cancellationToken);
            case InvokeNames.FileConsent:
                return await fileConsent.HandleAsync(turn, cancellationToken);
            case InvokeNames.MessageSubmitAction when IsFeedback(activity.Value):
                Log.Feedback(logger, LogText.Clean(Reaction(activity.Value)));
                return new InvokeResponse(200);
            default:
                return null;
        }
    }

    // The feedback buttons' invoke: value {actionName:"feedback", actionValue:{reaction:"like"|"dislike", feedback:"{...}"}}.
    private static bool IsFeedback(JsonNode? value) =>
        value is JsonObject o && o["actionName"] is JsonValue name && name.TryGetValue(out string? text) && text == "feedback";

    private static string? Reaction(JsonNode? value) =>
        value?["actionValue"]?["reaction"] is JsonValue reaction && reaction.TryGetValue(out string? text) ? text : null;
}
