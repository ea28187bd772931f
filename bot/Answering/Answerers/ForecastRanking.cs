using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>The largest or smallest occupation group in a year (the total row left out), or the one that grows most.</summary>
public static class ForecastRanking
{
    public static Answer Answer(QuestionUnderstanding q, ForecastRequest request, SourceRef source)
    {
        var table = request.Table;
        var largest = q.Has(Cue.Largest) || !q.Has(Cue.Smallest);
        var groups = (request.Groups.Count > 1 ? request.Groups : table.OccupationGroups).Where(g => g != table.TotalGroup).ToList();
        var lines = new List<string>();
        foreach (var measure in request.Measures)
        {
            if (q.Has(Cue.Change))
            {
                var (from, to) = ForecastChange.Span(q, table);
                var changes = groups
                    .Select(g => (Group: g, A: table.Value(measure, g, from), B: table.Value(measure, g, to)))
                    .Where(c => c.A is not null && c.B is not null)
                    .Select(c => (c.Group, Delta: c.B!.Value - c.A!.Value))
                    .ToList();
                if (changes.Count == 0)
                {
                    continue;
                }

                // "störst procentuell ökning": the groups ranked by their change in percent of the first year, shown with both.
                if (q.Has(Cue.Percent) || q.Tokens.Any(t => t.StartsWith("procent", StringComparison.Ordinal) || t.StartsWith("percent", StringComparison.Ordinal)))
                {
                    var relative = groups
                        .Select(g => (Group: g, A: table.Value(measure, g, from), B: table.Value(measure, g, to)))
                        .Where(c => c.A is > 0 && c.B is not null)
                        .Select(c => (c.Group, Delta: c.B!.Value - c.A!.Value, Percent: (c.B!.Value - c.A!.Value) / c.A!.Value * 100m))
                        .ToList();
                    if (relative.Count > 0)
                    {
                        var top = largest ? relative.MaxBy(c => c.Percent) : relative.MinBy(c => c.Percent);
                        // In whole percent, as the ranking is read ("ca +45 %"); the two values it comes from are shown beside it.
                        var pct = q.Say("ca ", "about ") + (top.Percent >= 0 ? "+" : "−") + SwedishFormat.Number(Math.Round(Math.Abs(top.Percent), 0, MidpointRounding.AwayFromZero)) + " %";
                        lines.Add(q.Say(
                            $"{(largest ? "Störst" : "Minst")} procentuell förändring av {measure.Label(q)} {from}–{to} har **{top.Group}**: **{pct}** ({SwedishFormat.Number(table.Value(measure, top.Group, from)!.Value)} → {SwedishFormat.Number(table.Value(measure, top.Group, to)!.Value)}, {SwedishFormat.Signed(top.Delta)}).",
                            $"The {(largest ? "largest" : "smallest")} percentage change in the {measure.Label(q)} {from}–{to} is for **{ForecastAnswerer.GroupLabel(q, top.Group)}**: **{pct}** ({SwedishFormat.Number(table.Value(measure, top.Group, from)!.Value)} → {SwedishFormat.Number(table.Value(measure, top.Group, to)!.Value)}, {SwedishFormat.Signed(top.Delta)})."));
                        continue;
                    }
                }

                var pick = largest ? changes.MaxBy(c => c.Delta) : changes.MinBy(c => c.Delta);
                lines.Add(q.Say(
                    $"{(largest ? "Mest" : "Minst")} ökar {measure.Label(q)} för **{pick.Group}**: {SwedishFormat.Signed(pick.Delta)} från {from} till {to}.",
                    $"The {measure.Label(q)} changes {(largest ? "most" : "least")} for **{ForecastAnswerer.GroupLabel(q, pick.Group)}**: {SwedishFormat.Signed(pick.Delta)} from {from} to {to}."));
                continue;
            }

            var years = q.Years.IsEmpty ? table.Years : q.Years.All.ToList();

            // "störst rekryteringsbehov sammanlagt 2022–2027": the groups ranked by their sum over the years, not year by year.
            if ((q.Has(Cue.Sum) || q.Has(Cue.Average)) && years.Count > 1)
            {
                var sums = groups
                    .Select(g => (Group: g, Values: years.Select(y => table.Value(measure, g, y)).ToList()))
                    .Where(g => g.Values.All(v => v is not null))
                    .Select(g => (g.Group, Sum: g.Values.Sum(v => v!.Value)))
                    .ToList();
                if (sums.Count == 0)
                {
                    continue;
                }

                var best = largest ? sums.MaxBy(g => g.Sum) : sums.MinBy(g => g.Sum);
                var span = SwedishFormat.Years(years[0], years[^1]);
                var figure = q.Has(Cue.Average) ? Math.Round(best.Sum / years.Count, 1, MidpointRounding.AwayFromZero) : best.Sum;
                var what = q.Has(Cue.Average) ? q.Say("i snitt per år", "on average per year") : q.Say("sammanlagt", "in total");
                lines.Add(q.Say(
                    $"{(largest ? "Störst" : "Minst")} {measure.Label(q)} {span} har **{best.Group}**: {SwedishFormat.Number(figure)} {what}.",
                    $"{(largest ? "Largest" : "Smallest")} {measure.Label(q)} {span}: **{ForecastAnswerer.GroupLabel(q, best.Group)}** with {SwedishFormat.Number(figure)} {what}."));
                continue;
            }
            var winners = years
                .Select(y => (Year: y, Values: groups.Select(g => (Group: g, Value: table.Value(measure, g, y))).Where(v => v.Value is not null).ToList()))
                .Where(y => y.Values.Count > 0)
                .Select(y => (y.Year, Best: largest ? y.Values.MaxBy(v => v.Value) : y.Values.MinBy(v => v.Value)))
                .ToList();
            if (winners.Count == 0)
            {
                continue;
            }

            var word = q.Say(largest ? "Störst" : "Minst", largest ? "Largest" : "Smallest");
            if (winners.Count > 1 && winners.All(w => w.Best.Group == winners[0].Best.Group))
            {
                var first = winners[0];
                var last = winners[^1];
                lines.Add(q.Say(
                    $"{word} {measure.Label(q)} alla år {SwedishFormat.Years(first.Year, last.Year)}: **{first.Best.Group}** ({first.Year}: {SwedishFormat.Number(first.Best.Value!.Value)}, {last.Year}: {SwedishFormat.Number(last.Best.Value!.Value)}).",
                    $"{word} {measure.Label(q)} every year {SwedishFormat.Years(first.Year, last.Year)}: **{ForecastAnswerer.GroupLabel(q, first.Best.Group)}** ({first.Year}: {SwedishFormat.Number(first.Best.Value!.Value)}, {last.Year}: {SwedishFormat.Number(last.Best.Value!.Value)})."));
                continue;
            }

            lines.AddRange(winners.Select(w => q.Say(
                $"{word} {measure.Label(q)} {w.Year}: **{w.Best.Group}** med {SwedishFormat.Number(w.Best.Value!.Value)}.",
                $"{word} {measure.Label(q)} in {w.Year}: **{ForecastAnswerer.GroupLabel(q, w.Best.Group)}** with {SwedishFormat.Number(w.Best.Value!.Value)}.")));
        }

        if (lines.Count == 0)
        {
            return Refusals.NoValues(q, source);
        }

        var text = lines.Count == 1 ? lines[0] : string.Join('\n', lines.Select(l => "- " + l));
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.Figure, [source]);
    }
}
