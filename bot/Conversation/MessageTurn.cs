using Assistant.Bot.Answering;
using Assistant.Bot.Channel;
using Assistant.Bot.Channel.Turns;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Conversation;

/// <summary>
/// A chat message: mentions stripped, then the chat handlers in their Order, then the answering engine through the
/// presenter. A typing indicator goes out when the answer takes longer than TypingDelay, and again every
/// TypingInterval until it is ready.
/// </summary>
public sealed class MessageTurn(
    IEnumerable<IChatHandler> chatHandlers,
    IEnumerable<IAnswerEngine> engines,
    IAnswerPresenter presenter,
    TurnClock clock,
    TimeProvider time,
    IOptions<ConversationOptions> options,
    ILogger<MessageTurn> logger)
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!turn.CanReply)
        {
            Log.CannotReply(logger);
            return;
        }

        var activity = turn.Activity;
        var text = MentionText.Clean(activity);
        Log.MessageText(logger, text);
        var message = new IncomingMessage(text, TurnUser.Of(activity), clock.Today, activity.Locale, activity.Conversation?.Id, activity.Id);

        var replies = await WithTypingAsync(turn, ReplyToAsync(message, cancellationToken), cancellationToken);
        foreach (var reply in replies)
        {
            var sent = await turn.ReplyAsync(ActivityFactory.Message(reply, activity.Locale), cancellationToken);
            if (!sent.Succeeded)
            {
                Log.ReplyFailed(logger, sent.StatusCode, sent.ErrorCode);
            }
        }
    }

    private async Task<IReadOnlyList<OutgoingMessage>> ReplyToAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (message.Text.Length == 0)
        {
            return [WelcomeMessage.Create()];
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

    private async Task<T> WithTypingAsync<T>(TurnContext turn, Task<T> work, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var wait = settings.TypingDelay;
        try
        {
            while (!work.IsCompleted)
            {
                var delay = Task.Delay(wait, time, stop.Token);
                if (await Task.WhenAny(work, delay) == work)
                {
                    break;
                }

                await turn.SendTypingAsync(cancellationToken);
                wait = settings.TypingInterval;
            }
        }
        finally
        {
            await stop.CancelAsync();
        }

        return await work;
    }
}
