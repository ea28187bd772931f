using System.Text.RegularExpressions;
using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Tests.Answering;

/// <summary>
/// Acceptance over the real seeds imported by the real importer: every line of ../shared/examples/questions.md, the
/// forecast questions of the table-driven suite, and questions written for the seeds' activities, key figures and text.
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class SeedAcceptanceTests
{
    // What the examples' "right answer contains" column says, for the lines that say it in words.
    private static readonly Dictionary<string, (AnswerKind Kind, string[] Must)> Described = new(StringComparer.Ordinal)
    {
        ["rekryteringsbehov undersköterskor 2031"] = (AnswerKind.NotFound, ["2019", "2027"]),
        ["Rekryteringsbehov för sjuksköterskor 2025"] = (AnswerKind.NotFound, ["Vårdare/undersköterska/assistent", "Socialsekreterare/biståndsbedömare"]),
        ["Vilken status har aktiviteten om språkkunskaper?"] = (AnswerKind.Activity, ["Klart"]),
        ["Vem ansvarar för revideringen av riktlinjerna för FAS2?"] = (AnswerKind.Activity, ["Direktör"]),
        ["Vilka aktiviteter ska vara klara Q2?"] = (AnswerKind.ActivityList, ["färdplan för vårdboende", "goda arbetsvillkor och konkurrenskraftiga löner"]),
        ["Vilka aktiviteter har Avd- HR och kompetensförsörjning?"] = (AnswerKind.ActivityList, ["språkkunskaper", "undersköterska som lägsta utbildningsnivå", "utbildningstjänster", "bemanningspool"]),
        ["Hur många anmälde sig till krisbemanningscentret?"] = (AnswerKind.Passage, ["Över 600"]),
        ["Vad säger planen om heltid som norm?"] = (AnswerKind.Passage, ["Kommunal och SKL"]),
    };

    // Numbers an answer computes beside the expected one (the percent of a change).
    private static readonly Dictionary<string, string[]> Derived = new(StringComparer.Ordinal)
    {
        ["Hur mycket ökar det totala personalbehovet från 2021 till 2027?"] = ["7,4"],
    };

    public static TheoryData<string> Examples()
    {
        var file = SeedKnowledge.ExamplesFile;
        return file is null ? new TheoryData<string> { "(no examples file)" } : [.. ExampleLines(file).Select(e => e.Question)];
    }

    public static TheoryData<string> SeedQuestions() => [.. Cases().Select(c => c.Question)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_question_is_answered_right(string question)
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var file = SeedKnowledge.ExamplesFile ?? throw new InvalidOperationException("../shared/examples/questions.md is missing beside the seeds.");
        var (_, right) = ExampleLines(file).First(e => e.Question == question);
        var c = Described.TryGetValue(question, out var described)
            ? new QuestionCase(question, new DateOnly(2024, 9, 16), described.Kind, described.Must, [], [])
            : new QuestionCase(question, new DateOnly(2024, 9, 16), Kind(question), [LeadingNumber().Match(right).Value], [LeadingNumber().Match(right).Value, .. Derived.GetValueOrDefault(question, [])], []);
        var answer = AnswerRouter.Route(QuestionReader.Read(question, c.Today), knowledge);
        AnswerChecks.Check(c, answer, AnswerChecks.KnowledgeNumbers(knowledge));
    }

    [Theory]
    [MemberData(nameof(SeedQuestions))]
    public async Task Seed_question_is_answered_right_with_no_wrong_number(string question)
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var c = Cases().First(x => x.Question == question);
        var answer = AnswerRouter.Route(QuestionReader.Read(c.Question, c.Today), knowledge);
        AnswerChecks.Check(c, answer, AnswerChecks.KnowledgeNumbers(knowledge));
    }

    private static AnswerKind Kind(string question) =>
        question.Contains("aktivitet", StringComparison.OrdinalIgnoreCase) ? AnswerKind.ActivityList : AnswerKind.Figure;

    /// <summary>The rows of the examples' markdown table: question and the "right answer contains" cell.</summary>
    private static IEnumerable<(string Question, string Right)> ExampleLines(string file) =>
        File.ReadLines(file)
            .Where(l => l.StartsWith('|') && !l.StartsWith("| question", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length >= 4)
            .Select(cells => (cells[1], cells[2]));

    private static IEnumerable<QuestionCase> Cases()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Answering");
        return QuestionCase.Load(Path.Combine(dir, "forecast-questions.txt")).Concat(QuestionCase.Load(Path.Combine(dir, "seed-questions.txt")));
    }

    [GeneratedRegex(@"\d[\d ]*(?:,\d+)?")]
    private static partial Regex LeadingNumber();
}
