using Assistant.Bot.Channel;

namespace Assistant.Bot.Conversation;

/// <summary>
/// What answers a chat message no chat handler took: a question in, the reply out. The answering feature implements it
/// (its engine, then its presenter); the turn handling asks only this contract, so it depends on no feature.
/// </summary>
public interface IQuestionAnswerer
{
    Task<OutgoingMessage> AnswerAsync(IncomingMessage message, CancellationToken cancellationToken);
}
