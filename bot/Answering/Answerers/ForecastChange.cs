using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>Change between two years, in people and in percent, for each group and measure asked.</summary>
public static class ForecastChange
{
    public static Answer Answer(QuestionUnderstanding q, ForecastRequest request, SourceRef source)
    {
        var (from, to) = Span(q, request.Table);
        var lines = new List<string>();
        foreach (var measure in request.Measures)
        {
            foreach (var group in request.Groups)
            {
                var a = request.Table.Value(measure, group, from);
                var b = request.Table.Value(measure, group, to);
                if (a is null || b is null)
                {
                    continue;
                }

                lines.Add(Sentence(q, measure.Label(q), group, from, to, a.Value, b.Value));
            }
        }

        if (lines.Count == 0)
        {
            return Refusals.NoValues(q, source);
        }

        // "usk och pers ass tillsammans": the change of the groups' sum as well, each measure once.
        var groups = request.Groups.Where(g => g != request.Table.TotalGroup).ToList();
        if (groups.Count > 1 && groups.Count == request.Groups.Count && (q.Has(Cue.Sum) || ForecastAnswerer.Plus(q.Text)))
        {
            foreach (var measure in request.Measures)
            {
                var a = groups.Select(g => request.Table.Value(measure, g, from)).ToList();
                var b = groups.Select(g => request.Table.Value(measure, g, to)).ToList();
                if (a.Any(v => v is null) || b.Any(v => v is null))
                {
                    continue;
                }

                var label = q.Say(string.Join(" och ", groups) + " tillsammans", string.Join(" and ", groups) + " together");
                lines.Insert(0, Sentence(q, measure.Label(q), label, from, to, a.Sum(v => v!.Value), b.Sum(v => v!.Value)));
            }
        }

        var text = request.MeasureAmbiguous
            ? q.Say("Både personalbehov och rekryteringsbehov:", "Both the staffing need and the recruitment need:") + "\n"
            : ClaimedPercent(q, request, from, to);
        text += lines.Count == 1 ? lines[0] : string.Join('\n', lines.Select(l => "- " + l));
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.Figure, [source]);
    }

    /// <summary>
    /// "Percentage growth in the total staffing need 2020–2027 – the text says 10 %, does the table agree?": a percent stated
    /// for checking, of one group's change, is checked against the change the table gives (to the precision the asker
    /// wrote); empty when no percent is stated or more than one change is shown.
    /// </summary>
    private static string ClaimedPercent(QuestionUnderstanding q, ForecastRequest request, int from, int to)
    {
        if (!q.Has(Cue.Percent) || q.ClaimedNumbers.Count != 1 || request.Groups.Count != 1 || request.Measures.Count != 1
            || request.Table.Value(request.Measures[0], request.Groups[0], from) is not { } a || a == 0
            || request.Table.Value(request.Measures[0], request.Groups[0], to) is not { } b)
        {
            return string.Empty;
        }

        var claimed = q.ClaimedNumbers[0];
        var percent = (b - a) / a * 100m;
        var decimals = claimed == decimal.Truncate(claimed) ? 0 : 1;
        var stated = decimals == 0 ? SwedishFormat.Number(claimed) + " %" : SwedishFormat.Percent(claimed);
        return Math.Round(Math.Abs(percent), decimals, MidpointRounding.AwayFromZero) == Math.Abs(claimed)
            ? q.Say($"Det stämmer med tabellen ({stated}). ", $"That matches the table ({stated}). ")
            : q.Say($"Tabellen ger inte {stated} utan {SwedishFormat.Percent(Math.Round(Math.Abs(percent), 1))}. ", $"The table does not give {stated} but {SwedishFormat.Percent(Math.Round(Math.Abs(percent), 1))}. ");
    }

    /// <summary>The two years compared: a range's ends, two named years, one year against the year before, or the whole table.</summary>
    public static (int From, int To) Span(QuestionUnderstanding q, Snapshot.ForecastTable table)
    {
        if (q.Years.IsRange)
        {
            return (q.Years.From!.Value, q.Years.To!.Value);
        }

        var years = q.Years.Years;
        return years.Count switch
        {
            >= 2 => (Math.Min(years[0], years[1]), Math.Max(years[0], years[1])),
            1 when years[0] > table.FirstYear => (years[0] - 1, years[0]),
            1 => (years[0], Math.Min(years[0] + 1, table.LastYear)),
            _ => (table.FirstYear, table.LastYear),
        };
    }

    private static string Sentence(QuestionUnderstanding q, string label, string group, int from, int to, decimal a, decimal b)
    {
        var delta = b - a;
        // The percent is a computed figure: stated only when the question asks for it.
        var percent = a == 0 || !q.Has(Cue.Percent) ? (decimal?)null : delta / a * 100m;
        var pct = percent is null ? string.Empty : $" ({(delta >= 0 ? "+" : "−")}{SwedishFormat.Percent(Math.Abs(percent.Value))})";
        var groupLabel = ForecastAnswerer.GroupLabel(q, group);
        if (delta == 0)
        {
            return q.Say($"{ForecastValues.Capital(label)} för {group} är oförändrat mellan {from} och {to}: {SwedishFormat.Number(a)}.",
                $"The {label} for {groupLabel} is unchanged between {from} and {to}: {SwedishFormat.Number(a)}.");
        }

        var amount = SwedishFormat.Number(Math.Abs(delta));
        return delta > 0
            ? q.Say($"{ForecastValues.Capital(label)} för {group} ökar med **{amount}** från {from} ({SwedishFormat.Number(a)}) till {to} ({SwedishFormat.Number(b)}){pct}.",
                $"The {label} for {groupLabel} increases by **{amount}** from {from} ({SwedishFormat.Number(a)}) to {to} ({SwedishFormat.Number(b)}){pct}.")
            : q.Say($"{ForecastValues.Capital(label)} för {group} minskar med **{amount}** från {from} ({SwedishFormat.Number(a)}) till {to} ({SwedishFormat.Number(b)}){pct}.",
                $"The {label} for {groupLabel} decreases by **{amount}** from {from} ({SwedishFormat.Number(a)}) to {to} ({SwedishFormat.Number(b)}){pct}.");
    }
}
