using Assistant.Bot.Answering;

namespace Assistant.Bot.Conversation;

/// <summary>
/// Turns the engine's <see cref="Answer"/> into what is sent. The default sends the text; a presenter that adds cards
/// (charts, activity lists) replaces it by registering its own IAnswerPresenter.
/// </summary>
public interface IAnswerPresenter
{
    IReadOnlyList<OutgoingMessage> Present(Answer answer, IncomingMessage message);
}

/// <summary>The answer's text, complete on its own.</summary>
public sealed class TextAnswerPresenter : IAnswerPresenter
{
    public IReadOnlyList<OutgoingMessage> Present(Answer answer, IncomingMessage message) => [new OutgoingMessage(answer.Text)];
}
