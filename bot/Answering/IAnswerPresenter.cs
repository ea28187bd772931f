using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;

namespace Assistant.Bot.Answering;

/// <summary>
/// Turns the engine's <see cref="Answer"/> into the message that is sent: a card where one helps (a chart for a series,
/// activity cards and lists, help), the answer's text always (the notification preview and screen-reader summary).
/// </summary>
public interface IAnswerPresenter
{
    Task<OutgoingMessage> PresentAsync(Answer answer, CancellationToken cancellationToken);

    /// <summary>As <see cref="PresentAsync(Answer, CancellationToken)"/>, judging overdue from <paramref name="today"/> (the turn's date or --as-of).</summary>
    Task<OutgoingMessage> PresentAsync(Answer answer, DateOnly today, CancellationToken cancellationToken) => PresentAsync(answer, cancellationToken);
}
