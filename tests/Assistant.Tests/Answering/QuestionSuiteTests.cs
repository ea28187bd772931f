using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Tests.Answering;

/// <summary>
/// The table-driven suite (Fixtures/Answering/questions.txt): forecasts, key figures, activities, passages, help and
/// refusals, in Swedish and English, with typos and paraphrases, over knowledge built in the test.
/// </summary>
public sealed class QuestionSuiteTests
{
    private static readonly KnowledgeSnapshot Knowledge = SampleKnowledge.Snapshot();
    private static readonly HashSet<decimal> Numbers = AnswerChecks.KnowledgeNumbers(Knowledge);

    public static TheoryData<string> Questions() => [.. Cases().Select(c => c.Question)];

    [Theory]
    [MemberData(nameof(Questions))]
    public void Question_is_answered_right_with_no_wrong_number(string question)
    {
        var c = Cases().First(x => x.Question == question);
        var answer = AnswerRouter.Route(QuestionReader.Read(c.Question, c.Today), Knowledge);
        AnswerChecks.Check(c, answer, Numbers);
    }

    [Fact]
    public void Suite_has_at_least_200_questions_in_both_languages()
    {
        var cases = Cases().ToList();
        Assert.True(cases.Count >= 200, $"{cases.Count} questions");
        Assert.True(cases.Count(c => LanguageDetector.Detect(c.Question, null) == AnswerLanguage.English) >= 50);
        Assert.All(Enum.GetValues<AnswerKind>(), kind => Assert.Contains(cases, c => c.Kind == kind));
    }

    private static IEnumerable<QuestionCase> Cases()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Answering");
        return QuestionCase.Load(Path.Combine(dir, "forecast-questions.txt")).Concat(QuestionCase.Load(Path.Combine(dir, "sample-questions.txt")));
    }
}
