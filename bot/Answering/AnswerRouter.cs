using Assistant.Bot.Answering.Queries;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering;

/// <summary>
/// Answers a read question: <see cref="QueryReader"/> reads it into an <see cref="AnswerQuery"/>, <see cref="QueryExecutor"/> runs it. Pure: the same question and knowledge give the
/// same answer, so it is tested without a database.
/// </summary>
public static class AnswerRouter
{
    /// <summary>Reader → query → executor: the question read into a typed query, then run over the knowledge.</summary>
    public static Answer Route(QuestionUnderstanding q, KnowledgeSnapshot k) => QueryExecutor.Execute(QueryReader.Read(q, k), k);
}
