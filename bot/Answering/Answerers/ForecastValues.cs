using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>Values for the years asked: one sentence for one value, a labelled line each for several.</summary>
public static class ForecastValues
{
    public static Answer Answer(QuestionUnderstanding q, ForecastRequest request, SourceRef source)
    {
        var table = request.Table;
        var lines = new List<string>();
        var values = new List<decimal>();
        var years = q.Years.Years;
        foreach (var measure in request.Measures)
        {
            foreach (var group in request.Groups)
            {
                foreach (var year in years)
                {
                    var value = table.Value(measure, group, year);
                    if (value is null)
                    {
                        lines.Add(q.Say($"{Capital(measure.Label(q))} för {group} {year}: saknas i tabellen.",
                            $"{Capital(measure.Label(q))} for {ForecastAnswerer.GroupLabel(q, group)} in {year}: not in the table."));
                        continue;
                    }

                    values.Add(value.Value);
                    lines.Add(q.Say(
                        $"{Capital(measure.Label(q))} för {group} {year}: **{SwedishFormat.Number(value.Value)}** personer.",
                        $"{Capital(measure.Label(q))} for {ForecastAnswerer.GroupLabel(q, group)} in {year}: **{SwedishFormat.Number(value.Value)}** people."));
                }
            }
        }

        var text = ForecastAnswerer.ClaimPrefix(q, values);
        if (request.MeasureAmbiguous)
        {
            text += q.Say("Frågan kan gälla både personalbehov (hur många som behövs) och rekryteringsbehov (hur många som behöver anställas). Båda:",
                "The question can mean the staffing need (how many are needed) or the recruitment need (how many must be hired). Both:") + "\n";
        }

        text += lines.Count == 1 ? lines[0] : string.Join('\n', lines.Select(l => "- " + l));
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, values.Count > 0 ? AnswerKind.Figure : AnswerKind.NotFound, [source])
        {
            Suggestions = request.MeasureAmbiguous ? Suggest(q, request, years) : [],
        };
    }

    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static List<string> Suggest(QuestionUnderstanding q, ForecastRequest request, IReadOnlyList<int> years)
    {
        var group = request.Groups[0];
        var year = years.Count > 0 ? " " + years[0] : string.Empty;
        return
        [
            .. request.Measures.Select(m => q.Say($"{Capital(m.Label(q))} för {group}{year}", $"{Capital(m.Label(q))} for {group}{year}")),
        ];
    }
}
