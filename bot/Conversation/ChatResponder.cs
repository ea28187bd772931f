using Assistant.Bot.Answering;

namespace Assistant.Bot.Conversation;

/// <summary>
/// What the bot says to a chat message, without the channel: the chat handlers in their Order, else the answering
/// engine through the presenter. The Teams turn uses it; the `ask` verb can too, so both answer alike.
/// </summary>
public sealed class ChatResponder(
    IEnumerable<IChatHandler> chatHandlers,
    IEnumerable<IAnswerEngine> engines,
    IAnswerPresenter presenter,
    ILogger<ChatResponder> logger)
{
    public async Task<IReadOnlyList<OutgoingMessage>> RespondAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (message.Text.Length == 0)
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

        var engine = engines.LastOrDefault();
        if (engine is null)
        {
            Log.NoAnswerEngine(logger);
            return [new OutgoingMessage("Jag kan inte svara på frågor just nu. / I cannot answer questions right now.")];
        }

        var user = message.User;
        var answer = await engine.AnswerAsync(new Question(message.Text, message.Today, user.AadObjectId ?? user.Id, user.Name, message.Locale), cancellationToken);
        return [await presenter.PresentAsync(answer, cancellationToken)];
    }
}
