using Assistant.Bot.Channel;

namespace Assistant.Bot.Conversation;

/// <summary>
/// What the bot says to a chat message, without the channel: the chat handlers in their Order, else the
/// <see cref="IQuestionAnswerer"/>. The Teams turn uses it; the `ask` verb can too, so both answer alike.
/// </summary>
public sealed class ChatResponder(
    IEnumerable<IChatHandler> chatHandlers,
    IQuestionAnswerer answerer,
    ILogger<ChatResponder> logger)
{
    public async Task<IReadOnlyList<OutgoingMessage>> RespondAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        await TryHandlersAsync(message, cancellationToken) ?? [await answerer.AnswerAsync(message, cancellationToken)];

    /// <summary>The welcome for an empty message, else the first chat handler's reply; null when none took the message.</summary>
    public async Task<IReadOnlyList<OutgoingMessage>?> TryHandlersAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (message.Text.Length == 0 && message.Files is not { Count: > 0 })
        {
            return [WelcomeMessage.Create(message.Locale)];
        }

        foreach (var handler in chatHandlers.OrderBy(h => h.Order))
        {
            if (await handler.TryHandleAsync(message, cancellationToken) is { } handled)
            {
                Log.HandledBy(logger, handler.GetType().Name);
                return handled;
            }
        }

        return null;
    }
}
