using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Tests.Answering;

/// <summary>
/// Question sets written blind (by people who saw only the seed documents and a product paragraph, never the engine):
/// Fixtures/Answering/blind-NAME.jsonl, one JSON object a line. "dev" is tuned against; "sealed" is only measured.
/// Each question is answered as the chat would answer it (the engine over the seed knowledge, today from the line),
/// the answer is rendered to the plain text the user sees, and <see cref="BlindJudge"/> scores it.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BlindSetTests
{
    /// <summary>
    /// The lowest share of right answers each set may fall to. A ratchet: set to what the set actually reached at the
    /// last commit that changed the engine, so a change that loses answers fails here; raise it, never lower it.
    /// </summary>
    /// <remarks>
    /// 2026-12-08: every floor was set again once, some lower, when the judge stopped meeting an expected number with
    /// digits inside another: "7" had been met by the import date "2026-12-07" in the source line, so some wrong answers
    /// counted as right, and a set's score changed with the day the tests ran (a count answered 8 where 7 was right
    /// passed until midnight). The judge now reads an expected number as a number (or one a precise figure rounds to).
    /// </remarks>
    private static readonly Dictionary<string, double> Floors = new(StringComparer.Ordinal)
    {
        ["dev"] = 99.2,
        // Two more development sets written blind 2026-12-06 (forecast compositions and links; passages, activities, lists).
        ["dev2"] = 99.9,
        ["dev3"] = 99.9,
        // A fourth development set, 2026-12-06 07:20 UTC, mixed like the sealed sets: 73.3 % when it arrived.
        ["dev4"] = 98.6,
        ["sealed"] = 89.9,
        // Written this session by a third blind writer, after the engine work it measures; 58.7 % before that work.
        ["sealed2"] = 85.9,
        // A fourth blind writer, 2026-12-06, before that day's engine work: 54.0 % before it.
        ["sealed3"] = 89.2,
        // A fifth blind writer, 2026-12-06 07:20 UTC, before the third round of engine work.
        ["sealed4"] = 87.2,
        // A sixth development set and a sixth sealed one, 2026-12-06 17:05 UTC, before the fourth round of engine work:
        // dev5 70.7 %, sealed5 70.0 % on arrival with one wrong number ("social secretaries" read as the total), fixed.
        ["dev5"] = 99.9,
        ["sealed5"] = 91.9,
        // A seventh development set and a seventh sealed one, 2026-12-06 19:55 UTC, before the sixth round of engine work:
        // dev6 76.7 %, sealed6 76.0 % on arrival, no wrong number.
        ["dev6"] = 99.9,
        ["sealed6"] = 90.6,
        // An eighth pair, 2026-12-06 22:50 UTC, before the eighth round of engine work: dev7 79.3 % (one answer with
        // figures the judge cannot trace: per-group sums under the total asked), sealed7 82.7 % on arrival; 86.0 % after the eighth round's figure work.
        ["dev7"] = 99.9,
        ["sealed7"] = 90.6,
        // A ninth pair, 2026-12-07 01:28 UTC, before the tenth round of engine work: dev8 81.3 % (83.3 % once the judge read "1527" as the number 1 527), sealed8 81.3 % on arrival, no wrong number.
        ["dev8"] = 98.6,
        ["sealed8"] = 89.9,
        // A tenth pair and two more development sets, 2026-12-07 04:15 UTC, before the twelfth round of engine work, each
        // with its writer's persona (a new home-care manager; an HR planner at budget time; an English-speaking controller):
        // dev9 79.3 % (80.0 % once the judge read the Markdown as rendered), dev10 84.0 %, dev11 80.7 %, sealed9 78.0 % on
        // arrival, no wrong number. The same judge fix took sealed6 from 84.7 % to 86.7 %.
        ["dev9"] = 97.9,
        ["dev10"] = 98.6,
        ["dev11"] = 93.9,
        ["sealed9"] = 85.2,
        // An eleventh pair and one more development set, 2026-12-07 07:10 UTC, before the fourteenth round of engine work,
        // with personas (a union safety representative; a new HR business partner from another municipality; a unit
        // manager in individual and family care and LSS): dev12 79.3 %, dev13 83.3 %, sealed10 86.0 % on arrival, no
        // wrong number (sealed10's numbers in "allowed" were written as JSON numbers and are kept as strings).
        ["dev12"] = 93.2,
        ["dev13"] = 97.9,
        ["sealed10"] = 88.6,
        // A twelfth pair and one more development set, 2026-12-07 15:10 UTC, before the sixteenth round of engine work,
        // with personas (the committee's chair; a recruitment specialist in HR; an analyst at the audit office): dev14
        // 80.0 %, dev15 82.0 %, sealed11 78.0 % on arrival, no wrong number (one number flagged and reviewed: d14_085).
        ["dev14"] = 92.6,
        ["dev15"] = 92.6,
        ["sealed11"] = 83.9,
        // A thirteenth pair and one more development set, 2026-12-07 17:53 UTC, before the eighteenth round of engine work,
        // with personas (a union representative at a home-care unit; a new HR business partner who writes English; a
        // finance controller): dev16 82.0 %, dev17 82.0 %, sealed12 84.0 % on arrival, with two flagged numbers: d16_091
        // (reviewed, right: see ReviewedNumbers) and s12_107, a count of activities under statuses the question left out
        // ("not Klart and not Pågår"), fixed by reading a negated status as left out.
        ["dev16"] = 91.9,
        ["dev17"] = 88.6,
        ["sealed12"] = 82.6,
        // A fourteenth round of writers, 2026-12-07 20:40 UTC, before that evening's engine work, with personas (the
        // committee's secretary, formal; a home-care unit manager typing on the phone; a quality developer mixing Swedish
        // and English): dev18 76.7 %, dev19 76.7 %, dev20 78.0 % on arrival. dev20 was written as a sealed set, but a
        // faulty measuring script printed its failures, so it became a development set and a new sealed set was written.
        // Five answers with numbers the judge flags (d18_112, d19_014, d19_015, d19_030, d20_040): each a right figure
        // for another reading of the question; they are fixed, not listed as reviewed.
        ["dev18"] = 89.2,
        ["dev19"] = 91.2,
        ["dev20"] = 91.2,
        // Its replacement, written 21:10 UTC by a committee member (a politician, everyday words) before the engine work:
        // 80.0 % on arrival, one flagged number (s13_050, reviewed: see ReviewedNumbers).
        ["sealed13"] = 80.6,
        // A fifteenth round of writers, 2026-12-07 23:24 UTC, before that night's engine work, with personas (a
        // communications officer writing the staff newsletter; an HR generalist with Swedish as a second language, often
        // in English; the social services director, terse): dev21 83.3 %, dev22 86.7 %, sealed14 75.3 % on arrival, one flagged
        // number (s14_020, reviewed: see ReviewedNumbers).
        ["dev21"] = 89.2,
        ["dev22"] = 88.6,
        ["sealed14"] = 74.6,
    };

    /// <summary>
    /// Numbers the judge flags because they are in no table or text, that a person checked and found right: computed
    /// from the knowledge for another reading of the question (the answer itself still counts as not right). Each entry
    /// says why; a flagged number not listed here fails the test.
    /// </summary>
    private static readonly Dictionary<string, decimal[]> ReviewedNumbers = new(StringComparer.Ordinal)
    {
        // "What does the staffing increase cost ...": 134 is the right 2019-2027 increase of the total staffing need
        // (1 527 - 1 393); the question asked for the cost (72 mnkr), so the answer is counted wrong.
        ["s088"] = [134m],
        // "personliga assistenter, hur mycket växer behovet 2019 till 2027 i procent?": "behovet" names neither measure, so
        // both are shown; -5.3 % is the recruitment need's right change (19 to 18), checked by hand against the table.
        ["d14_085"] = [5.3m],
        // "med hur många procent ökar personalbehovet resp rekryteringsbehovet 2020-2027": computed from the table's
        // Totalt row, 1 407 to 1 527 is +8.5 % and 211 to 263 is +24.6 %, both right; the plan's prose states 10 % and
        // 17 % for the same period, which is what the writer expected, so the answer is counted wrong.
        ["d16_091"] = [8.5m, 24.6m],
        // "Hur många nya socialsekreterare behöver vi i snitt per år ... 2019–2027?": 280.7 is the right average of the
        // staffing need (2 526 / 9, checked by hand against the table); "nya" meant the recruitment need, so the answer is
        // counted wrong.
        ["s13_050"] = [280.7m],
        // "med hur många % ökar rekbehovet 2020-2027 enl kompplanen (text)?": the answer quotes the plan's 17 % and then
        // computes +24.6 % from the table's Totalt row (211 to 263, checked by hand, as in d16_091); the writer asked for
        // the text's figure only, so the answer is counted wrong.
        ["s14_020"] = [24.6m],
    };

    /// <summary>
    /// Both sets by default; BLIND_SETS=dev (a comma-separated list) runs only those named, so an engineer tuning
    /// against the development set never runs, and never reads the report of, the sealed one.
    /// </summary>
    public static TheoryData<string> Sets()
    {
        string[] all = ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "sealed", "sealed2", "sealed3", "sealed4", "sealed5", "sealed6", "sealed7", "sealed8", "sealed9", "sealed10", "sealed11", "sealed12", "sealed13", "sealed14"];
        var only = Environment.GetEnvironmentVariable("BLIND_SETS")?
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. only is { Length: > 0 } ? all.Where(s => only.Contains(s, StringComparer.Ordinal)) : all];
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task Blind_set_reaches_its_floor_with_no_wrong_number(string set)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Answering", $"blind-{set}.jsonl");
        if (!File.Exists(file))
        {
            Assert.Skip($"Fixtures/Answering/blind-{set}.jsonl is not there: the {set} set has not been added yet.");
        }

        var knowledge = await SeedKnowledge.GetAsync();
        var judge = new BlindJudge(knowledge);
        var cases = BlindCase.Load(file);
        var verdicts = cases.Select(c => judge.Judge(c, BlindJudge.Ask(c, knowledge))).ToList();

        var report = new StringBuilder();
        var right = verdicts.Count(v => v.Right);
        var accuracy = 100.0 * right / verdicts.Count;
        report.AppendLine($"Blind set '{set}': {right}/{verdicts.Count} = {accuracy:F1} %");
        foreach (var type in verdicts.GroupBy(v => v.Case.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            report.AppendLine($"  {type.Key,-10} {type.Count(v => v.Right),3}/{type.Count(),3}");
        }

        foreach (var v in verdicts.Where(v => !v.Right))
        {
            report.AppendLine().AppendLine($"{v.Case.Id} [{v.Case.Type}] {v.Case.Question}");
            report.AppendLine("  " + string.Join("; ", v.Problems));
            report.AppendLine("  " + v.Shown.Replace("\n", "\n  ", StringComparison.Ordinal));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        var wrongNumbers = verdicts
            .Select(v => (v, numbers: v.WrongNumbers.Except(ReviewedNumbers.GetValueOrDefault(v.Case.Id, [])).ToList()))
            .Where(x => x.numbers.Count > 0)
            .Select(x => $"{x.v.Case.Id} {x.v.Case.Question}: {string.Join(", ", x.numbers)}").ToList();
        Assert.True(wrongNumbers.Count == 0, "answers with a wrong number:\n" + string.Join('\n', wrongNumbers) + "\n\n" + report);
        Assert.True(accuracy >= Floors[set], $"accuracy {accuracy:F1} % is below the floor {Floors[set]:F1} %\n" + report);
    }

    [Fact]
    public async Task The_judge_fails_a_wrong_figure_an_unrequested_dump_and_data_for_an_off_topic_request()
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var judge = new BlindJudge(knowledge);
        var today = new DateOnly(2024, 9, 16);
        var figure = new BlindCase("t1", "Hur många undersköterskor behövs 2025?", today, "figure", [["987654"]], [], [], null);
        var answer = new Answer("Det behövs 987 653 undersköterskor.", AnswerLanguage.Swedish, AnswerKind.Figure, []);
        var verdict = judge.Judge(figure, answer);
        Assert.False(verdict.Right);
        Assert.Contains(987653m, verdict.WrongNumbers);

        // A writer's rounded share ("53") matches the answer's precise one (53,4 %), not a different one (54,4 %).
        var share = new BlindCase("t4", "Hur stor andel av personalbehovet 2027 är undersköterskor?", today, "figure", [["53"]], [], [], null);
        Assert.True(judge.Judge(share, new Answer("Undersköterskor står för 53,4 % (815 av 1 527).", AnswerLanguage.Swedish, AnswerKind.Figure, [])).Right);
        Assert.Contains(54.4m, judge.Judge(share, new Answer("Undersköterskor står för 54,4 % (53 av 1 527).", AnswerLanguage.Swedish, AnswerKind.Figure, [])).WrongNumbers);

        // A number is met by that number only: not by an import date's digits or another number that contains it.
        var count = new BlindCase("t7", "Hur många aktiviteter pågår?", today, "count", [["7"]], [], [], null);
        Assert.False(judge.Judge(count, new Answer("Det är **8** aktiviteter.\n\nKälla: Plan (inläst 2026-12-07)", AnswerLanguage.Swedish, AnswerKind.ActivityList, [])).Right);
        Assert.False(judge.Judge(count, new Answer("Det är **17** aktiviteter.", AnswerLanguage.Swedish, AnswerKind.ActivityList, [])).Right);
        Assert.True(judge.Judge(count, new Answer("Det är **7** aktiviteter.\n\nKälla: Plan (inläst 2026-12-08)", AnswerLanguage.Swedish, AnswerKind.ActivityList, [])).Right);
        var rise = new BlindCase("t8", "Med hur många procent ökar behovet?", today, "figure", [["22"]], [], [], null);
        Assert.True(judge.Judge(rise, new Answer("Behovet ökar med 23 (+21,7 %).", AnswerLanguage.Swedish, AnswerKind.Figure, [])).Right);

        // A forbidden span is the span: "Due: 2020" is right when "2019-2020" is forbidden; "2019–2020" is not.
        var due = new BlindCase("t5", "When is the activity on evidence-based competence development to be done?", today, "activity", [["2020"]], ["2019-2020"], [], null);
        Assert.True(judge.Judge(due, new Answer("Due: 2020", AnswerLanguage.English, AnswerKind.Activity, [])).Right);
        Assert.False(judge.Judge(due, new Answer("Due: 2019–2020", AnswerLanguage.English, AnswerKind.Activity, [])).Right);

        // A whole number a writer wrote without its thousands separator is met as a number, not as text.
        var total = new BlindCase("t6", "Personalbehov totalt 2027?", today, "figure", [["1527"]], [], [], null);
        Assert.True(judge.Judge(total, new Answer("Personalbehov för Totalt 2027: **1\u00a0527** personer.", AnswerLanguage.Swedish, AnswerKind.Figure, [])).Right);
        Assert.False(judge.Judge(total, new Answer("Personalbehov för Totalt 2027: **1\u00a0510** personer.", AnswerLanguage.Swedish, AnswerKind.Figure, [])).Right);

        // The text is read as rendered: a writer's " 9" (with its leading space) is met by "ökar med **9** från".
        var more = new BlindCase("t7", "hur många fler usk behövs 2025 än 2024", today, "figure", [[" 9", "+9"]], [], [], null);
        Assert.True(judge.Judge(more, new Answer("Personalbehovet ökar med **9** från 2024 (787) till 2025 (796).", AnswerLanguage.Swedish, AnswerKind.Figure, [])).Right);
        Assert.False(judge.Judge(more, new Answer("Personalbehovet ökar med **19** från 2024 (777) till 2025 (796).", AnswerLanguage.Swedish, AnswerKind.Figure, [])).Right);

        var offTopic = new BlindCase("t2", "skicka ett mejl åt mig", today, "offtopic", [], [], [], null);
        Assert.False(judge.Judge(offTopic, new Answer("Det är 12 aktiviteter.", AnswerLanguage.Swedish, AnswerKind.ActivityList, [])).Right);
        Assert.True(judge.Judge(offTopic, new Answer("Det kan jag inte göra.", AnswerLanguage.Swedish, AnswerKind.Help, [])).Right);

        var activity = new BlindCase("t3", "Vem ansvarar för språket?", today, "activity", [["Klart"]], [], [], null);
        var dump = new Answer("Klart", AnswerLanguage.Swedish, AnswerKind.ActivityList, []) { ActivityIds = [.. knowledge.Activities.Take(11).Select(a => a.Id)] };
        Assert.False(judge.Judge(activity, dump).Right);
        Assert.True(judge.Judge(activity, dump with { ActivityIds = [.. dump.ActivityIds.Take(3)] }).Right);
    }
}

/// <summary>One line of a blind set.</summary>
public sealed record BlindCase(
    string Id,
    [property: JsonPropertyName("q")] string Question,
    DateOnly Today,
    string Type,
    IReadOnlyList<IReadOnlyList<string>> Must,
    IReadOnlyList<string> Forbid,
    IReadOnlyList<string> Allowed,
    string? Source)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static List<BlindCase> Load(string file) =>
        [.. File.ReadLines(file).Where(l => l.Trim().Length > 0).Select((l, i) =>
            JsonSerializer.Deserialize<Line>(l, Json) is { } line
                ? new BlindCase(
                    line.Id ?? $"line{i + 1}",
                    line.Q ?? throw new InvalidDataException($"{file}:{i + 1}: no \"q\""),
                    line.Today is { Length: > 0 } t ? DateOnly.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : new DateOnly(2024, 9, 16),
                    (line.Type ?? throw new InvalidDataException($"{file}:{i + 1}: no \"type\"")).Trim().ToLowerInvariant(),
                    line.Must ?? [],
                    line.Forbid ?? [],
                    line.Allowed ?? [],
                    line.Source?.ToString())
                : throw new InvalidDataException($"{file}:{i + 1}: not a JSON object"))];

    public override string ToString() => $"{Id} {Question}";

    private sealed record Line(string? Id, string? Q, string? Today, string? Type, List<List<string>>? Must, List<string>? Forbid, List<string>? Allowed, JsonElement? Source);
}

/// <summary>The verdict on one answer: right or not, why not, and the numbers it should not have stated.</summary>
public sealed record BlindVerdict(BlindCase Case, string Shown, bool Right, IReadOnlyList<string> Problems, IReadOnlyList<decimal> WrongNumbers);

/// <summary>
/// The judge of a blind set, exactly as agreed: the plain text the user sees (text and the items shown), whitespace
/// normalised and compared case-insensitively. Answer types need the right kind, every "must" group met, no "forbid"
/// (numbers compared as numbers) and no number outside the knowledge, the question, must, allowed or the count of the
/// listed items. Refusal types (missing, clarify, offtopic) need a refusal kind, the "must" groups, and only years and
/// the question's own numbers. Outside list and count, an answer shows at most ten items.
/// </summary>
public sealed partial class BlindJudge(KnowledgeSnapshot knowledge)
{
    public const int MaxUnrequestedItems = 10;

    private static readonly string[] AnswerTypes = ["figure", "list", "count", "activity", "passage", "knowledge", "link"];
    private static readonly string[] RefusalTypes = ["missing", "clarify", "offtopic"];

    private readonly HashSet<decimal> numbers = AnswerChecks.KnowledgeNumbers(knowledge);

    /// <summary>The answer the chat would give: the engine over the knowledge, today from the line.</summary>
    public static Answer Ask(BlindCase c, KnowledgeSnapshot knowledge) =>
        AnswerRouter.Route(QuestionReader.Read(c.Question, c.Today), knowledge);

    /// <summary>What the user reads: the answer text, then the choices offered as buttons.</summary>
    public static string Shown(Answer answer) =>
        answer.Suggestions.Count == 0 ? answer.Text : answer.Text + "\n" + string.Join('\n', answer.Suggestions.Select(s => "[" + s + "]"));

    /// <summary>The items the user sees: the activities the answer's card lists, or the "- " lines of its text.</summary>
    public static int ItemsShown(Answer answer) =>
        Math.Max(answer.ActivityIds.Distinct().Count(), answer.Text.Split('\n').Count(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal)));

    public BlindVerdict Judge(BlindCase c, Answer answer)
    {
        var shown = Shown(answer);
        // The user reads the Markdown rendered: "ökar med **9**" is "ökar med 9" on the screen.
        var text = Normalise(shown.Replace("**", "", StringComparison.Ordinal));
        var problems = new List<string>();
        var refusal = RefusalTypes.Contains(c.Type);
        if (!refusal && !AnswerTypes.Contains(c.Type))
        {
            throw new InvalidDataException($"{c.Id}: unknown type '{c.Type}'");
        }

        if (refusal)
        {
            var kinds = c.Type == "offtopic"
                ? new[] { AnswerKind.NotFound, AnswerKind.Clarification, AnswerKind.Help }
                : [AnswerKind.NotFound, AnswerKind.Clarification];
            if (!kinds.Contains(answer.Kind))
            {
                problems.Add($"kind {answer.Kind}, expected {string.Join('/', kinds)}");
            }
        }
        else if (answer.Kind is AnswerKind.NotFound or AnswerKind.Clarification or AnswerKind.Help)
        {
            problems.Add($"kind {answer.Kind}, expected an answer");
        }

        var answerNumbers = AnswerChecks.Numbers(shown.Replace('\u202f', ' ')).ToList();
        foreach (var group in c.Must.Where(g => g.Count > 0))
        {
            // A whole number is met as a number: "1527" is in "1 527" (the sv-SE thousands separator is formatting).
            if (!group.Any(s => AnswerChecks.Holds(text, Normalise(s))
                || (WholeNumber().IsMatch(s) && answerNumbers.Contains(decimal.Parse(Normalise(s).Replace(" ", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)))))
            {
                problems.Add("lacks " + string.Join(" | ", group.Select(s => $"'{s}'")));
            }
        }

        foreach (var forbid in c.Forbid)
        {
            // A forbidden span ("2019-2020": the neighbouring row's period) is that span as written, not its two years: the
            // right answer's "2020" does not hold it.
            var span = YearSpan().Match(forbid);
            var forbidNumbers = span.Success ? [] : AnswerChecks.Numbers(forbid).ToList();
            var hit = span.Success
                ? YearSpan().Matches(text).Any(m => m.Groups[1].Value == span.Groups[1].Value && m.Groups[2].Value == span.Groups[2].Value)
                : forbidNumbers.Count > 0
                ? answerNumbers.Intersect(forbidNumbers).Any()
                : text.Contains(Normalise(forbid), StringComparison.OrdinalIgnoreCase);
            if (hit)
            {
                problems.Add($"has forbidden '{forbid}'");
            }
        }

        // A wrong number is one the answer could not have taken from anywhere: not in the knowledge, the question, must,
        // allowed, or the count of the items it lists. Every type is held to that; refusals also state no data at all.
        var items = ItemsShown(answer);
        var ok = new HashSet<decimal>(numbers) { items, answer.ItemCount ?? items };
        ok.UnionWith(AnswerChecks.Numbers(c.Question));
        ok.UnionWith(c.Must.SelectMany(g => g).Concat(c.Allowed).SelectMany(AnswerChecks.Numbers));
        // A writer's rounded figure ("53" for 815 / 1 527) is the same figure as the answer's more precise one (53,4).
        var rounded = c.Must.SelectMany(g => g).Concat(c.Allowed).SelectMany(AnswerChecks.Numbers).ToList();
        var wrong = answerNumbers.Where(n => !ok.Contains(n) && !rounded.Any(m => SameWhenRounded(n, m))).Distinct().ToList();
        if (wrong.Count > 0)
        {
            problems.Add("wrong numbers: " + string.Join(", ", wrong));
        }

        // A question back may name the figures its choices lead to when the line allows them ("personalbehov 796 or
        // rekryteringsbehov 112?"); any other figure in a refusal is data it should not have given.
        var allowedInRefusal = c.Allowed.Concat(c.Must.SelectMany(g => g)).SelectMany(AnswerChecks.Numbers).ToHashSet();
        if (refusal && AnswerChecks.NonYearNumbers(shown.Replace('\u202f', ' '), c.Question).Where(n => !allowedInRefusal.Contains(n)).ToList() is { Count: > 0 } data)
        {
            problems.Add("a refusal that states figures: " + string.Join(", ", data));
        }

        if (c.Type is not ("list" or "count") && items > MaxUnrequestedItems)
        {
            problems.Add($"shows {items} items (at most {MaxUnrequestedItems} when no list was asked for)");
        }

        return new BlindVerdict(c, shown, problems.Count == 0, problems, wrong);
    }

    /// <summary>Whether <paramref name="precise"/> rounds to <paramref name="written"/> at the decimals it was written with.</summary>
    private static bool SameWhenRounded(decimal precise, decimal written)
    {
        var decimals = written.Scale;
        return decimals < precise.Scale && Math.Round(precise, decimals, MidpointRounding.AwayFromZero) == written;
    }

    /// <summary>NBSP and narrow no-break spaces become spaces; runs of white space one space.</summary>
    public static string Normalise(string text) => Spaces().Replace(text.Replace('\u00a0', ' ').Replace('\u202f', ' '), " ");

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\d{1,3}(?:[ \u00a0\u202f]?\d{3})*$")]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"\b((?:19|20)\d\d) ?[-–—] ?((?:19|20)\d\d)\b")]
    private static partial Regex YearSpan();
}
