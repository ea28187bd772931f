using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>The series per year of a group and measure (for a range, or all years of the table).</summary>
public static class ForecastSeries
{
    public static Answer Answer(QuestionUnderstanding q, ForecastRequest request, SourceRef source)
    {
        var table = request.Table;
        var years = q.Years.IsRange ? [.. q.Years.All] : q.Years.Years.Count > 1 ? q.Years.Years : table.Years;
        var blocks = new List<string>();
        var series = new List<Series>();
        foreach (var measure in request.Measures)
        {
            foreach (var group in request.Groups)
            {
                var points = years
                    .Select(y => (Year: y, Value: table.Value(measure, group, y)))
                    .Where(p => p.Value is not null)
                    .Select(p => new SeriesPoint(p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Value!.Value))
                    .ToList();
                if (points.Count == 0)
                {
                    continue;
                }

                var title = q.Say($"{ForecastValues.Capital(measure.Label(q))} för {group}", $"{ForecastValues.Capital(measure.Label(q))} for {ForecastAnswerer.GroupLabel(q, group)}");
                series.Add(new Series(title, q.Say("personer", "people"), points));
                blocks.Add($"**{title}, {SwedishFormat.Years(years[0], years[^1])}:**\n" + string.Join('\n', points.Select(p => $"- {p.Label}: {SwedishFormat.Number(p.Value)}")));
            }
        }

        if (series.Count == 0)
        {
            return Refusals.NoValues(q, source);
        }

        var text = request.MeasureAmbiguous
            ? q.Say("Både personalbehov och rekryteringsbehov:", "Both the staffing need and the recruitment need:") + "\n\n"
            : string.Empty;
        text += string.Join("\n\n", blocks);
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.Series, [source])
        {
            Series = series[0],
        };
    }
}
