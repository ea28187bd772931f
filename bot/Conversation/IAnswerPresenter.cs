using Assistant.Bot.Answering;

namespace Assistant.Bot.Conversation;

/// <summary>
/// Turns the engine's <see cref="Answer"/> into the message that is sent: a card where one helps (a chart for a series,
/// activity cards and lists, help), the answer's text always (the notification preview and screen-reader summary).
/// </summary>
public interface IAnswerPresenter
{
    Task<OutgoingMessage> PresentAsync(Answer answer, CancellationToken cancellationToken);
}
