using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>Sums and averages over years, and a group's share of the total in a year.</summary>
public static class ForecastSums
{
    public static Answer Sum(QuestionUnderstanding q, ForecastRequest request, SourceRef source) => Aggregate(q, request, source, average: false);

    public static Answer Average(QuestionUnderstanding q, ForecastRequest request, SourceRef source) => Aggregate(q, request, source, average: true);

    public static Answer Share(QuestionUnderstanding q, ForecastRequest request, SourceRef source)
    {
        var table = request.Table;
        var year = q.Years.Years[0];
        var lines = new List<string>();
        foreach (var measure in request.Measures)
        {
            foreach (var group in request.Groups.Where(g => g != table.TotalGroup))
            {
                var part = table.Value(measure, group, year);
                var total = table.TotalGroup is null ? null : table.Value(measure, table.TotalGroup, year);
                if (part is null || total is null || total == 0)
                {
                    continue;
                }

                var share = SwedishFormat.Percent(part.Value / total.Value * 100m);
                lines.Add(q.Say(
                    $"{group} står för **{share}** av {measure.Label(q)} {year} ({SwedishFormat.Number(part.Value)} av {SwedishFormat.Number(total.Value)}).",
                    $"{ForecastAnswerer.GroupLabel(q, group)} make up **{share}** of the {measure.Label(q)} in {year} ({SwedishFormat.Number(part.Value)} of {SwedishFormat.Number(total.Value)})."));
            }
        }

        return lines.Count == 0
            ? ForecastValues.Answer(q, request, source)
            : new Answer(SourceText.WithSources(q, string.Join('\n', lines), [source]), q.Language, AnswerKind.Figure, [source]);
    }

    private static Answer Aggregate(QuestionUnderstanding q, ForecastRequest request, SourceRef source, bool average)
    {
        var table = request.Table;
        if (request.MeasureAmbiguous)
        {
            return Refusals.WhichMeasure(q, request, source);
        }

        // The years the question names, never more: a sum asked for "2022" is not widened to every year of the table
        // (that answered a question nobody asked with a number that looked like the answer). No year named: all years.
        var years = q.Years.IsRange ? [.. q.Years.All] : q.Years.Years.Count >= 1 ? [.. q.Years.Years] : table.Years.ToList();
        var combined = new Dictionary<Snapshot.ForecastMeasure, decimal>();
        var lines = new List<string>();
        var results = new List<decimal>();
        foreach (var measure in request.Measures)
        {
            foreach (var group in request.Groups)
            {
                var values = years.Select(y => (Year: y, Value: table.Value(measure, group, y))).ToList();
                if (values.Any(v => v.Value is null))
                {
                    continue;
                }

                var sum = values.Sum(v => v.Value!.Value);
                combined[measure] = combined.GetValueOrDefault(measure) + sum;
                var result = average ? Math.Round(sum / values.Count, 1, MidpointRounding.AwayFromZero) : sum;
                results.Add(result);
                var detail = string.Join(", ", values.Select(v => $"{v.Year}: {SwedishFormat.Number(v.Value!.Value)}"));
                var span = SwedishFormat.Years(years[0], years[^1]);
                lines.Add(average
                    ? q.Say($"Genomsnittligt {measure.Label(q)} per år för {group} {span}: **{SwedishFormat.Number(result)}** ({detail}).",
                        $"Average {measure.Label(q)} per year for {ForecastAnswerer.GroupLabel(q, group)} {span}: **{SwedishFormat.Number(result)}** ({detail}).")
                    : q.Say($"Sammanlagt {measure.Label(q)} för {group} {span}: **{SwedishFormat.Number(result)}** personer ({detail}).",
                        $"Total {measure.Label(q)} for {ForecastAnswerer.GroupLabel(q, group)} {span}: **{SwedishFormat.Number(result)}** people ({detail})."));
            }
        }

        if (lines.Count == 0)
        {
            return Refusals.NoValues(q, source);
        }

        // Several groups summed: the groups together, one figure per measure ("socialsekreterare och ledning tillsammans").
        var together = !average && request.Groups.Count > 1 && request.Groups.All(g => g != table.TotalGroup) && lines.Count == request.Groups.Count * request.Measures.Count
            ? request.Measures.Select(m => q.Say(
                $"Tillsammans ({string.Join(" + ", request.Groups)}), {m.Label(q)} {SwedishFormat.Years(years[0], years[^1])}: **{SwedishFormat.Number(combined[m])}**.",
                $"Together ({string.Join(" + ", request.Groups)}), {m.Label(q)} {SwedishFormat.Years(years[0], years[^1])}: **{SwedishFormat.Number(combined[m])}**.")).ToList()
            : [];
        results.AddRange(combined.Values);
        // A sum over one year of one group is just that year's value: the question meant to add something the reading
        // did not recognise (a second group), so say which group was understood rather than pretend it was a total.
        var onlyOne = !average && years.Count == 1 && request.Groups.Count == 1
            ? "\n" + q.Say(
                $"(Jag kände bara igen en yrkesgrupp i frågan: {request.Groups[0]}. Skriv grupperna som i prognosen för att lägga ihop flera.)",
                $"(I recognised only one occupational group in the question: {ForecastAnswerer.GroupLabel(q, request.Groups[0])}. Name the groups as in the forecast to add several.)")
            : string.Empty;
        var text = ForecastAnswerer.ClaimPrefix(q, results) + string.Join('\n', together.Select(t => t + "\n"))
            + (lines.Count == 1 ? lines[0] : string.Join('\n', lines.Select(l => "- " + l))) + onlyOne;
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.Figure, [source]);
    }
}
