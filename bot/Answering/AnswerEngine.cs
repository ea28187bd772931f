using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering;

/// <summary>
/// The deterministic answering engine: reads the question (<see cref="QuestionReader"/>), takes the cached knowledge
/// (<see cref="IKnowledgeCache"/>) and routes to one answerer (<see cref="AnswerRouter"/>). No cloud service, no model.
/// </summary>
public sealed partial class AnswerEngine(IKnowledgeCache cache, TimeProvider time, ILogger<AnswerEngine> logger) : IAnswerEngine
{
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var started = time.GetTimestamp();
        var knowledge = await cache.GetAsync(cancellationToken);
        var understanding = QuestionReader.Read(question.Text ?? string.Empty, question.Today, question.Locale);
        var answer = AnswerRouter.Route(understanding, knowledge);
        LogAnswered(logger, answer.Kind, answer.Language, answer.Sources.Count, time.GetElapsedTime(started).TotalMilliseconds);
        return answer;
    }

    [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "Answered a question: {Kind}, {Language}, {Sources} sources, {Milliseconds:F1} ms")]
    private static partial void LogAnswered(ILogger logger, AnswerKind kind, AnswerLanguage language, int sources, double milliseconds);
}
