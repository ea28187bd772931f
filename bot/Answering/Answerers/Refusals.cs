using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>Honest answers when the data does not hold what was asked: what is missing, and what exists instead.</summary>
public static class Refusals
{
    public static Answer NoForecasts(QuestionUnderstanding q) => new(
        q.Say("Det finns ingen prognos inläst ännu, så jag kan inte svara med en siffra.", "No forecast has been imported yet, so I cannot answer with a number."),
        q.Language, AnswerKind.NotFound, []);

    public static Answer NoSuchGroup(QuestionUnderstanding q, ForecastRequest request, SourceRef source)
    {
        var names = string.Join(", ", request.Missing.Select(m => q.Say(m.Swedish, m.English)));
        var groups = string.Join(", ", request.Table.Groups);
        var text = q.Say(
            $"Prognosen har ingen siffra för {names}. Den omfattar yrkesgrupperna: {groups}.",
            $"The forecast has no figure for {names}. It covers these occupation groups: {groups}.");
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.NotFound, [source])
        {
            Suggestions = [.. request.Table.Groups.Take(6)],
        };
    }

    public static Answer YearOutside(QuestionUnderstanding q, ForecastRequest request, IReadOnlyList<int> outside, SourceRef source)
    {
        var table = request.Table;
        var span = SwedishFormat.Years(table.FirstYear, table.LastYear);
        var asked = string.Join(", ", outside);
        var text = q.Say(
            $"Prognosen täcker åren {span}, så för {asked} finns ingen siffra.",
            $"The forecast covers the years {span}, so there is no figure for {asked}.");
        var group = request.Groups.FirstOrDefault() ?? table.TotalGroup ?? table.Groups[0];
        var measure = request.Measures[0];
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.NotFound, [source])
        {
            Suggestions =
            [
                q.Say($"{ForecastValues.Capital(measure.Label(q))} för {group} {table.LastYear}", $"{ForecastValues.Capital(measure.Label(q))} for {group} in {table.LastYear}"),
                q.Say($"{ForecastValues.Capital(measure.Label(q))} för {group} {span}", $"{ForecastValues.Capital(measure.Label(q))} for {group} {span}"),
            ],
        };
    }

    public static Answer WhichGroup(QuestionUnderstanding q, ForecastTable table, SourceRef source) => new(
        SourceText.WithSources(q, q.Say("Vilken yrkesgrupp menar du? Prognosen har: ", "Which occupation group do you mean? The forecast has: ") + string.Join(", ", table.Groups) + ".", [source]),
        q.Language, AnswerKind.Clarification, [source])
    {
        Suggestions = [.. table.Groups],
    };

    public static Answer WhichMeasure(QuestionUnderstanding q, ForecastRequest request, SourceRef source)
    {
        var suggestions = request.Measures
            .Select(m => q.Say($"{ForecastValues.Capital(m.Label(q))} för {request.Groups[0]} {YearText(q)}", $"{ForecastValues.Capital(m.Label(q))} for {request.Groups[0]} {YearText(q)}").Trim())
            .ToList();
        var text = q.Say(
            "Menar du personalbehov (hur många som behövs) eller rekryteringsbehov (hur många som behöver anställas)?",
            "Do you mean the staffing need (how many are needed) or the recruitment need (how many must be hired)?");
        return new Answer(SourceText.WithSources(q, text + "\n" + string.Join('\n', suggestions.Select(s => "- " + s)), [source]), q.Language, AnswerKind.Clarification, [source])
        {
            Suggestions = suggestions,
        };
    }

    public static Answer NoValues(QuestionUnderstanding q, SourceRef source) => new(
        SourceText.WithSources(q, q.Say("Tabellen har inga värden för det du frågar om.", "The table has no values for what you ask."), [source]),
        q.Language, AnswerKind.NotFound, [source]);

    public static Answer AppendMissing(QuestionUnderstanding q, Answer answer, ForecastRequest request)
    {
        var names = string.Join(", ", request.Missing.Select(m => q.Say(m.Swedish, m.English)));
        var note = q.Say($"(För {names} finns ingen prognos.)", $"(There is no forecast for {names}.)");
        return answer with { Text = note + "\n" + answer.Text };
    }

    private static string YearText(QuestionUnderstanding q) =>
        q.Years.IsRange ? SwedishFormat.Years(q.Years.From!.Value, q.Years.To!.Value) : string.Join(", ", q.Years.Years);

    /// <summary>
    /// A follow-up with no subject ("Is it late?", "ändringen då?", "och 2026?"): there is no earlier question to take one
    /// from, so one short question back about what is meant, with example questions as buttons.
    /// </summary>
    public static Answer WhichSubject(QuestionUnderstanding q)
    {
        var year = q.Years.IsEmpty ? string.Empty : " " + (q.Years.IsRange ? SwedishFormat.Years(q.Years.From!.Value, q.Years.To!.Value) : string.Join(", ", q.Years.Years));
        var text = q.Say(
            $"Vad syftar du på{(year.Length > 0 ? " för" + year : string.Empty)}? Skriv vad frågan gäller: en yrkesgrupp och ett mått (personalbehov eller rekryteringsbehov), ett nyckeltal eller en aktivitet.",
            $"What do you mean{(year.Length > 0 ? " for" + year : string.Empty)}? Say what the question is about: an occupation group and a measure (staffing or recruitment need), a key figure or an activity.");
        return new Answer(text, q.Language, AnswerKind.Clarification, [])
        {
            Suggestions = [.. HelpAnswerer.Examples(q).Take(3)],
        };
    }

    /// <summary>Two readings of the question fit about equally well: one short question back, the readings as buttons.</summary>
    public static Answer WhichReading(QuestionUnderstanding q, IReadOnlyList<string> choices) => new(
        q.Say("Frågan kan läsas på mer än ett sätt. Vilket menar du?", "The question can be read in more than one way. Which do you mean?"),
        q.Language, AnswerKind.Clarification, [])
    {
        Suggestions = choices,
    };
}
