using Assistant.Bot.Answering;

namespace Assistant.Bot.Conversation;

/// <summary>
/// The default presenter: the answer's text, complete on its own. A presenter that adds cards replaces it by
/// registering its own <see cref="IAnswerPresenter"/> (this one is registered with TryAdd).
/// </summary>
public sealed class TextAnswerPresenter : IAnswerPresenter
{
    public Task<OutgoingMessage> PresentAsync(Answer answer, CancellationToken cancellationToken) =>
        Task.FromResult(new OutgoingMessage(answer.Text));
}
