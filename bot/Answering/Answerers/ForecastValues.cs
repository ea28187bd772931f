using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>Values for the years asked: one sentence for one value, a labelled line each for several.</summary>
public static class ForecastValues
{
    public static Answer Answer(QuestionUnderstanding q, ForecastRequest request, SourceRef source)
    {
        // "socialsekreterarna 2024 – vad är siffran?", "what's the figure for usk in 2025?": one figure asked, and the question
        // leaves open which of the two measures: asked back, the two as buttons, rather than both figures.
        if (request.MeasureAmbiguous && request.Groups.Count == 1 && q.Years.Years.Count == 1 && AsksOneFigure(q))
        {
            return Refusals.WhichMeasure(q, request, source);
        }

        var table = request.Table;
        var lines = new List<string>();
        var values = new List<decimal>();
        var years = q.Years.Years;
        // "personalbehovet 2026 per yrkesgrupp": every group of the table one by one, and the total row they add up to.
        var groups = table.TotalGroup is { } total && request.Exclusion is null && ForecastResolver.EveryGroup(q)
            && !request.Groups.Contains(total) && table.OccupationGroups.All(request.Groups.Contains)
            ? [.. request.Groups, total] : request.Groups;
        foreach (var measure in request.Measures)
        {
            foreach (var group in groups)
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
            Suggestions = request.MeasureAmbiguous ? Suggest(q, request, years)
                : values.Count == 1 ? OtherMeasure(q, request, years) : [],
        };
    }

    /// <summary>
    /// "Hur många undersköterskor behöver vi 2025?": a need verb with no measure named is read as the staffing need (how
    /// many are needed); writers of our blind sets split on it, so the recruitment need is one button away.
    /// </summary>
    private static List<string> OtherMeasure(QuestionUnderstanding q, ForecastRequest request, IReadOnlyList<int> years)
    {
        if (q.HasAny(Cue.Staffing, Cue.Recruitment) || !q.Has(Cue.NeedVerb) || request.Groups.Count != 1 || years.Count != 1)
        {
            return [];
        }

        var other = request.Table.Measures.FirstOrDefault(m => m.Kind == Snapshot.MeasureKind.Recruitment && !request.Measures.Contains(m));
        return other is null ? [] : [q.Say($"{Capital(other.Label(q))} för {request.Groups[0]} {years[0]}", $"{Capital(other.Label(q))} for {request.Groups[0]} {years[0]}")];
    }

    /// <summary>"siffran", "talet", "the figure", "the number": one figure asked for, in the singular and definite.</summary>
    private static bool AsksOneFigure(QuestionUnderstanding q) =>
        q.Tokens.Any(t => t is "siffran" or "talet") || q.Tokens.Select((t, i) => (t, i)).Any(x => x.t is "figure" or "number" or "value"
            && x.i > 0 && q.Tokens[x.i - 1] is "the" && !(x.i + 1 < q.Tokens.Count && q.Tokens[x.i + 1] is "of"));

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
