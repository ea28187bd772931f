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
    public async Task<IReadOnlyList<OutgoingMessage>> RespondAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        (await RespondWithAnswerAsync(message, cancellationToken)).Messages;

    /// <summary>The reply, and the engine's answer behind it when the engine gave it (for `ask --json`).</summary>
    public async Task<ChatResponse> RespondWithAnswerAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (message.Text.Length == 0 && message.Files is not { Count: > 0 })
        {
            return new([WelcomeMessage.Create(message.Locale)], null);
        }

        foreach (var handler in chatHandlers.OrderBy(h => h.Order))
        {
            if (await handler.TryHandleAsync(message, cancellationToken) is { } handled)
            {
                Log.HandledBy(logger, handler.GetType().Name);
                return new(handled, null);
            }
        }

        var engine = engines.LastOrDefault();
        if (engine is null)
        {
            Log.NoAnswerEngine(logger);
            return new([new OutgoingMessage("Jag kan inte svara på frågor just nu. / I cannot answer questions right now.")], null);
        }

        var user = message.User;
        var answer = await engine.AnswerAsync(new Question(message.Text, message.Today, user.AadObjectId ?? user.Id, user.Name, message.Locale), cancellationToken);
        return new([await presenter.PresentAsync(answer, message.Today, cancellationToken)], answer);
    }
}

/// <param name="Answer">The answering engine's answer, when the engine (not a chat handler) replied.</param>
public sealed record ChatResponse(IReadOnlyList<OutgoingMessage> Messages, Answer? Answer);
