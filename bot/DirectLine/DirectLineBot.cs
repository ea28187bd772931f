using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Channel;
using Assistant.Bot.Channel.Connector;
using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Channel.State;
using Assistant.Bot.Channel.Turns;

namespace Assistant.Bot.DirectLine;

/// <summary>
/// Hands an activity from the embedded Direct Line to the bot in process: the same steps /api/messages takes after
/// authentication (the serviceUrl remembered as allowed, the conversation reference stored, one turn through the
/// channel's <see cref="IActivityHandler"/>), so the page gets the same turn handling, answering and cards as Teams.
/// The bot answers through the real connector client, to this Direct Line's connector API. One scope per turn.
/// </summary>
public sealed class DirectLineBot(IServiceScopeFactory scopes, ServiceUrlRegistry serviceUrls, ILogger<DirectLineBot> logger)
{
    /// <returns>The invoke response for an invoke; null otherwise (or when not handled).</returns>
    public async Task<InvokeResponse?> DeliverAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        var typed = activity.Deserialize(ChannelJsonContext.Default.Activity)
            ?? throw new InvalidOperationException("The activity could not be read.");
        serviceUrls.Remember(typed.ServiceUrl);

        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = typed.Id,
            ["ActivityType"] = typed.Type,
            ["ConversationId"] = typed.Conversation?.Id,
            ["ChannelId"] = typed.ChannelId,
        });

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var reference = await services.GetRequiredService<ConversationReferenceStore>().UpsertFromActivityAsync(typed, cancellationToken);
        var turn = new TurnContext(typed, isAnonymous: true, reference, services.GetRequiredService<IConnectorClient>());
        Log.Delivered(logger, typed.Type ?? "?");
        try
        {
            return await services.GetRequiredService<IActivityHandler>().OnTurnAsync(turn, cancellationToken);
        }
        catch (Exception e) when (!TurnFailure.IsTransient(e) && string.Equals(typed.Type, ActivityTypes.Message, StringComparison.Ordinal))
        {
            // As on /api/messages: the user hears that something went wrong; the error is logged with the activity id.
            Log.TurnFailed(logger, LogText.Clean(typed.Id), e);
            await TurnFailure.TellUserAsync(turn, cancellationToken);
            return null;
        }
    }
}
