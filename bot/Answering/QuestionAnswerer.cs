using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;

namespace Assistant.Bot.Answering;

/// <summary>
/// The chat's <see cref="IQuestionAnswerer"/>: the engine's <see cref="Answer"/> to the message, through the presenter.
/// </summary>
public sealed class QuestionAnswerer(IAnswerEngine engine, IAnswerPresenter presenter) : IQuestionAnswerer
{
    public async Task<OutgoingMessage> AnswerAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        (await AnswerWithDetailAsync(message, cancellationToken)).Message;

    /// <summary>The reply and the engine's answer behind it (for `ask --json` and `--explain`).</summary>
    public async Task<(OutgoingMessage Message, Answer Answer)> AnswerWithDetailAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var user = message.User;
        var answer = await engine.AnswerAsync(new Question(message.Text, message.Today, user.AadObjectId ?? user.Id, user.Name, message.Locale), cancellationToken);
        return (await presenter.PresentAsync(answer, message.Today, cancellationToken), answer);
    }
}
