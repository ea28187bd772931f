using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Tests.Answering;

/// <summary>
/// The held-out set (Fixtures/Answering/heldout-questions.txt), written after tuning: the share answered right is measured
/// and must be at least 95 %, and no answer may state a number the knowledge does not hold.
/// </summary>
[Trait("Category", "Integration")]
public sealed class HeldOutAccuracyTests
{
    [Fact]
    public async Task Held_out_questions_are_at_least_95_percent_right_with_no_wrong_number()
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var numbers = AnswerChecks.KnowledgeNumbers(knowledge);
        var cases = QuestionCase.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Answering", "heldout-questions.txt")).ToList();
        var wrong = new List<string>();
        var wrongNumbers = new List<string>();
        foreach (var c in cases)
        {
            var answer = AnswerRouter.Route(QuestionReader.Read(c.Question, c.Today), knowledge);
            try
            {
                AnswerChecks.Check(c, answer, numbers);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                wrong.Add(e.Message);
            }

            var unknown = answer.Kind is AnswerKind.NotFound
                ? AnswerChecks.NonYearNumbers(answer.Text, c.Question)
                : AnswerChecks.UnknownNumbers(answer.Text, c.Question, numbers, c.Allowed.Concat(c.Must));
            var forbidden = c.Forbid.SelectMany(AnswerChecks.Numbers).Intersect(AnswerChecks.Numbers(answer.Text)).ToList();
            if (unknown.Count > 0 || forbidden.Count > 0)
            {
                wrongNumbers.Add($"{c.Question}: {string.Join(", ", unknown.Concat(forbidden))}");
            }
        }

        var accuracy = 100.0 * (cases.Count - wrong.Count) / cases.Count;
        TestContext.Current.TestOutputHelper?.WriteLine($"Held-out accuracy: {cases.Count - wrong.Count}/{cases.Count} = {accuracy:F1} %\n" + string.Join("\n\n", wrong));
        Assert.True(wrongNumbers.Count == 0, "wrong numbers:\n" + string.Join('\n', wrongNumbers));
        Assert.True(accuracy >= 95.0, $"held-out accuracy {accuracy:F1} % ({cases.Count} questions); wrong:\n" + string.Join("\n\n", wrong));
    }
}
