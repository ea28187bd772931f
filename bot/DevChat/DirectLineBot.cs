using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Channel.Turns;

namespace Assistant.Bot.DevChat;

/// <summary>
/// Hands an activity from the embedded Direct Line to the bot in process through the channel's <see cref="TurnRunner"/>,
/// the same pipeline /api/messages uses after authentication: claim-once by activity id, the serviceUrl remembered,
/// the conversation reference stored, one turn, the same failure handling. What differs is the origin
/// (<see cref="TurnOrigin.DirectLine"/>): no Teams channel or tenant policy, since the Direct Line token decided who
/// may post. The bot answers through the real connector client, to this Direct Line's connector API. One scope per turn.
/// </summary>
public sealed class DirectLineBot(IServiceScopeFactory scopes)
{
    /// <returns>The invoke response for an invoke; null otherwise (or when not handled, or a redelivery).</returns>
    /// <exception cref="Exception">A transient failure of the turn (the claim is released: a retry is handled).</exception>
    public async Task<InvokeResponse?> DeliverAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        var typed = activity.Deserialize(ChannelJsonContext.Default.Activity)
            ?? throw new InvalidOperationException("The activity could not be read.");
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<TurnRunner>().RunAsync(typed, TurnOrigin.DirectLine, cancellationToken);
        return result.Invoke;
    }
}
