using Assistant.Bot.Channel.Schema;

namespace Assistant.Bot.Channel.Turns;

/// <summary>
/// The bot's logic behind the channel (implemented in Conversation): one call per authenticated inbound activity.
/// </summary>
public interface IActivityHandler
{
    /// <returns>For an invoke, the invoke response (null = not handled, 501); ignored for other activities.</returns>
    Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
