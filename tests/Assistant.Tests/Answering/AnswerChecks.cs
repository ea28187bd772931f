using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Snapshot;

namespace Assistant.Tests.Answering;

/// <summary>One line of a question table: the question, the kind of answer, what it must and must not contain.</summary>
public sealed record QuestionCase(string Question, DateOnly Today, AnswerKind Kind, IReadOnlyList<string> Must, IReadOnlyList<string> Allowed, IReadOnlyList<string> Forbid)
{
    public override string ToString() => Question;

    /// <summary>Lines "question | kind | must;;... | allowed;;... | forbid;;...", '#' comments; "@YYYY-MM-DD " sets today.</summary>
    public static IEnumerable<QuestionCase> Load(string file)
    {
        foreach (var line in File.ReadLines(file))
        {
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var cells = line.Split(" | ");
            var question = cells[0].Trim();
            var today = new DateOnly(2024, 9, 16);
            if (question.StartsWith('@'))
            {
                today = DateOnly.ParseExact(question[1..11], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                question = question[12..];
            }

            yield return new QuestionCase(question, today, Enum.Parse<AnswerKind>(cells[1].Trim()), List(cells, 2), List(cells, 3), List(cells, 4));
        }
    }

    private static List<string> List(string[] cells, int index) =>
        index < cells.Length ? [.. cells[index].Split(";;").Select(s => s.Trim()).Where(s => s.Length > 0)] : [];
}

/// <summary>The checks every answer passes: the right content, and no number the knowledge (or the question) does not hold.</summary>
public static partial class AnswerChecks
{
    /// <summary>Every number the knowledge holds, in any text or cell: what an answer may state without computing.</summary>
    public static HashSet<decimal> KnowledgeNumbers(KnowledgeSnapshot k)
    {
        var numbers = new HashSet<decimal>();
        foreach (var value in k.Forecasts.Select(f => f.Value).Concat(k.Forecasts.Select(f => (decimal)f.Year)))
        {
            numbers.Add(value);
        }

        foreach (var figure in k.Figures)
        {
            if (figure.Value is decimal v)
            {
                numbers.Add(v);
            }

            numbers.UnionWith(Numbers(figure.RawText + " " + figure.Row + " " + figure.Column + " " + figure.Table));
        }

        var texts = k.Documents.Values.Select(d => $"{d.Title} {d.Organisation} {d.Period} {d.Year}")
            .Concat(k.Passages.Select(p => p.Text + " " + p.HeadingPath))
            .Concat(k.Activities.Select(a => $"{a.Title} {a.Description} {a.Goal} {a.Comment} {string.Join(' ', a.Owners)} {a.DeadlineText} {a.DeadlineYear} {a.DeadlineYearTo}"));
        foreach (var text in texts)
        {
            numbers.UnionWith(Numbers(text));
        }

        return numbers;
    }

    /// <summary>Numbers as written in Swedish text: "1 527", "4,6", "2019"; not the digits inside "Q2", "PM3" or "FAS2".</summary>
    public static IEnumerable<decimal> Numbers(string text)
    {
        foreach (Match m in Number().Matches(IsoDate().Replace(text, " ")))
        {
            var digits = m.Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace('\u00a0'.ToString(), string.Empty, StringComparison.Ordinal).Replace(',', '.');
            if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                yield return value;
            }
        }
    }

    /// <summary>
    /// Whether an answer holds what a test expects. A number ("7", "9,6", "1 527") is met only by that number, not by
    /// digits inside another ("17", "2026-12-07": an import date met "7" once, so a judgement changed with the day the
    /// tests ran), or by a more precise figure that rounds to it ("22" by "21,7", "53" by "53,4"); anything else is met
    /// as text.
    /// </summary>
    public static bool Holds(string text, string expected)
    {
        if (!NumberOnly().IsMatch(expected))
        {
            return text.Contains(expected, StringComparison.OrdinalIgnoreCase);
        }

        var written = Parse(expected);
        var scale = written.Scale;
        if (Numbers(text).Any(n => Math.Round(n, scale, MidpointRounding.AwayFromZero) == Math.Abs(written)))
        {
            return true;
        }

        // English decimals ("9.6") are no number to Numbers (a Swedish reader): met as written, bounded by non-digits.
        foreach (Match m in Regex.Matches(IsoDate().Replace(text, " "), $@"(?<![\d])(?<![\d][.,]){Regex.Escape(expected)}(?<more>[.,]\d+)?(?![\d])"))
        {
            if (!m.Groups["more"].Success || Math.Round(Parse(expected + m.Groups["more"].Value), scale, MidpointRounding.AwayFromZero) == written)
            {
                return true;
            }
        }

        return false;

        static decimal Parse(string number) => decimal.Parse(
            Regex.Replace(number, @"[ \u00a0\u202f]", string.Empty).Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    /// <summary>The numbers of an answer that are in neither the knowledge, the question nor the allowed (computed) values.</summary>
    public static List<decimal> UnknownNumbers(string answer, string question, IReadOnlySet<decimal> knowledge, IEnumerable<string> allowed)
    {
        var ok = new HashSet<decimal>(knowledge);
        ok.UnionWith(Numbers(question));
        foreach (var a in allowed)
        {
            ok.UnionWith(Numbers(a));
        }

        return [.. Numbers(answer).Where(n => !ok.Contains(n))];
    }

    /// <summary>For refusals and questions back: only years and the question's own numbers may appear.</summary>
    public static List<decimal> NonYearNumbers(string answer, string question)
    {
        var ok = Numbers(question).ToHashSet();
        return [.. Numbers(answer).Where(n => !ok.Contains(n) && !(n == decimal.Truncate(n) && n is >= 1950 and <= 2100))];
    }

    public static void Check(QuestionCase c, Answer answer, IReadOnlySet<decimal> knowledge)
    {
        var text = answer.Text;
        Assert.True(c.Kind == answer.Kind, $"'{c.Question}': expected {c.Kind}, got {answer.Kind}:\n{text}");
        foreach (var must in c.Must)
        {
            Assert.True(Holds(text, must), $"'{c.Question}': answer lacks '{must}':\n{text}");
        }

        foreach (var forbid in c.Forbid)
        {
            Assert.False(Numbers(forbid).Any() ? Numbers(text).Intersect(Numbers(forbid)).Any() : text.Contains(forbid, StringComparison.OrdinalIgnoreCase),
                $"'{c.Question}': answer has '{forbid}':\n{text}");
        }

        var unknown = answer.Kind is AnswerKind.NotFound
            ? NonYearNumbers(text, c.Question)
            : UnknownNumbers(text, c.Question, knowledge, c.Allowed.Concat(c.Must));
        Assert.True(unknown.Count == 0, $"'{c.Question}': numbers not in the knowledge: {string.Join(", ", unknown)}\n{text}");
        if (answer.Kind is AnswerKind.Figure or AnswerKind.Series or AnswerKind.Activity or AnswerKind.ActivityList or AnswerKind.Passage)
        {
            Assert.NotEmpty(answer.Sources);
        }
    }

    [GeneratedRegex(@"^-?\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?$")]
    private static partial Regex NumberOnly();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\w,.])\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?(?![\w])|(?<![\w,.])\d+(?:,\d+)?(?![\w])")]
    private static partial Regex Number();
}
