using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Channel;
using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Channel.Turns;
using Assistant.Bot.Clock;

namespace Assistant.Bot.Conversation;

/// <summary>
/// Adaptive Card actions, routed by verb to the feature that owns the card (docs/protocol.md §4):
/// Action.Execute arrives as invoke adaptiveCard/action (verb in value.action.verb) and is answered with the invoke
/// response; its Action.Submit fallback arrives as a message with a value and no text (verb in value.verb) and is
/// answered by updating the card message (when the feature asks for it) or by a reply.
/// </summary>
public sealed class CardActionTurn(IEnumerable<ICardActionHandler> handlers, ILocalClock clock, ILogger<CardActionTurn> logger)
{
    /// <summary>How long the update of the card for everyone may take inside the invoke's ~5 s.</summary>
    private static readonly TimeSpan InvokeUpdateBudget = TimeSpan.FromSeconds(3);

    public static bool IsSubmit(Activity activity) => activity.Value is JsonObject && string.IsNullOrWhiteSpace(activity.Text);

    public async Task HandleSubmitAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!turn.CanReply)
        {
            Log.CannotReply(logger);
            return;
        }

        var data = (JsonObject)activity.Value!;
        var verb = data["verb"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
        var handler = verb is null ? null : handlers.FirstOrDefault(h => h.CanHandle(verb));
        if (handler is null)
        {
            Log.UnknownVerb(logger, LogText.Clean(verb));
            await turn.ReplyAsync(ActivityFactory.Message(UnknownAction, activity.Locale), cancellationToken);
            return;
        }

        var result = await handler.HandleAsync(Action(turn, verb!, data, isInvoke: false), cancellationToken);
        var message = ActivityFactory.Message(result.Message, activity.Locale);
        if (result.UpdateOriginal && result.StatusCode == 200 && !string.IsNullOrEmpty(activity.ReplyToId))
        {
            var updated = await turn.UpdateAsync(activity.ReplyToId, message, cancellationToken);
            if (updated.Succeeded)
            {
                return;
            }

            Log.UpdateFailed(logger, updated.StatusCode, updated.ErrorCode);
            message = ActivityFactory.Message(result.Message, activity.Locale);
        }

        var replied = await turn.ReplyAsync(message, cancellationToken);
        if (!replied.Succeeded)
        {
            Log.ReplyFailed(logger, replied.StatusCode, replied.ErrorCode);
        }
    }

    public async Task<InvokeResponse> HandleInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // As botbuilder-dotnet ActivityHandler.GetAdaptiveCardInvokeValue: a malformed invoke is a 400 with an error body.
        var activity = turn.Activity;
        if (activity.Value is not JsonObject value)
        {
            return InvokeResponse.AdaptiveCardError(400, "BadRequest", "Missing value property", httpStatus: 400);
        }

        if (value["action"] is not JsonObject action)
        {
            return InvokeResponse.AdaptiveCardError(400, "BadRequest", "Missing action property", httpStatus: 400);
        }

        var type = action["type"] is JsonValue t && t.TryGetValue(out string? typeText) ? typeText : null;
        if (!string.Equals(type, "Action.Execute", StringComparison.Ordinal))
        {
            return InvokeResponse.AdaptiveCardError(400, "NotSupported", $"The action '{type}' is not supported.", httpStatus: 400);
        }

        var verb = action["verb"] is JsonValue v && v.TryGetValue(out string? verbText) ? verbText : null;
        var handler = verb is null ? null : handlers.FirstOrDefault(h => h.CanHandle(verb));
        if (handler is null)
        {
            Log.UnknownVerb(logger, LogText.Clean(verb));
            return InvokeResponse.AdaptiveCardError(400, "NotSupported", UnknownAction.Text);
        }

        var data = action["data"] as JsonObject ?? [];
        var result = await handler.HandleAsync(Action(turn, verb!, data, isInvoke: true), cancellationToken);

        // The response changes the card for the user who acted; the message update changes it for everyone.
        if (result.UpdateOriginal && result.StatusCode == 200 && !string.IsNullOrEmpty(activity.ReplyToId) && turn.CanReply)
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(InvokeUpdateBudget);
            try
            {
                var updated = await turn.UpdateAsync(activity.ReplyToId, ActivityFactory.Message(result.Message, activity.Locale), budget.Token);
                if (!updated.Succeeded)
                {
                    Log.UpdateFailed(logger, updated.StatusCode, updated.ErrorCode);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Log.UpdateFailed(logger, 0, "Timeout");
            }
        }

        return ToInvokeResponse(result);
    }

    /// <summary>
    /// A card replaces the card (statusCode 200, even for a refusal: the card shows why, as the contract says); a
    /// text alone is a message for 200 and an error (application/vnd.microsoft.error) otherwise.
    /// </summary>
    public static InvokeResponse ToInvokeResponse(CardActionResult result) => result switch
    {
        { Message.Card: { } card } => InvokeResponse.AdaptiveCard(200, ContentTypes.AdaptiveCard, card.DeepClone()),
        { StatusCode: 200 } => InvokeResponse.AdaptiveCard(200, ContentTypes.ActivityMessage, JsonValue.Create(result.Message.Text)),
        _ => InvokeResponse.AdaptiveCardError(result.StatusCode, ErrorCode(result.StatusCode), result.Message.Text),
    };

    private static readonly OutgoingMessage UnknownAction = new(
        "Den här knappen känner jag inte längre igen. Fråga mig gärna igen i chatten. / I no longer recognise this button; please ask me again in the chat.");

    private static string ErrorCode(int statusCode) => statusCode switch
    {
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        409 => "Conflict",
        _ => "Error",
    };

    private CardAction Action(TurnContext turn, string verb, JsonObject data, bool isInvoke)
    {
        var activity = turn.Activity;
        var element = JsonSerializer.SerializeToElement(data, ChannelJsonContext.Default.JsonObject);
        return new CardAction(verb, element, TurnUser.Of(activity), clock.Today, activity.Locale, activity.Conversation?.Id, activity.ReplyToId, activity.Id ?? string.Empty, isInvoke);
    }
}
