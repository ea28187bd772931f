using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>Change between two years, in people and in percent, for each group and measure asked.</summary>
public static class ForecastChange
{
    public static Answer Answer(QuestionUnderstanding q, ForecastRequest request, SourceRef source, KnowledgeSnapshot? k = null)
    {
        var (from, to) = Span(q, request.Table);
        // "hur många procent ska totala personalbehovet öka enligt planen?": no years asked, the span the plan's own text
        // states the change over (when it states one for the measure asked) is the span compared.
        // The plan's figure then answers; the table shows its values at the span's ends, no change computed over a span
        // the asker did not choose.
        var planSpan = k is not null && q.Years.IsEmpty && StatedSpan(q, request, k) is { } statedSpan;
        if (planSpan)
        {
            (from, to) = StatedSpan(q, request, k!)!.Value;
        }

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

                lines.Add(planSpan
                    ? q.Say($"{ForecastValues.Capital(measure.Label(q))} för {group}: {from}: {SwedishFormat.Number(a.Value)}, {to}: {SwedishFormat.Number(b.Value)}.",
                        $"The {measure.Label(q)} for {ForecastAnswerer.GroupLabel(q, group)}: {from}: {SwedishFormat.Number(a.Value)}, {to}: {SwedishFormat.Number(b.Value)}.")
                    : Sentence(q, measure.Label(q), group, from, to, a.Value, b.Value));
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
        var sources = new List<SourceRef> { source };
        if (k is not null && StatedPercents(q, request, k, from, to) is { Count: > 0 } stated)
        {
            // The plan's own figure comes first and is never dropped; the table's computation stays beside it, named as such.
            var quoted = string.Join(' ', stated.Select(s => s.Sentence));
            text = q.Say($"Planens text anger förändringen {from}–{to} så här:", $"The plan's text states the change {from}–{to} as follows (in Swedish):")
                + "\n\n> " + quoted + "\n\n" + text
                + (planSpan
                    ? q.Say("Prognostabellens värden för samma år:", "The forecast table's values for the same years:")
                    : q.Say("Beräknat ur prognostabellen (värdena för åren i tabellen):", "Computed from the forecast table (the values for those years):")) + "\n";
            sources.AddRange(stated.Select(s => k.Source(s.DocumentId, null, null)).Where(s => !sources.Contains(s)).Distinct());
        }

        text += lines.Count == 1 ? lines[0] : string.Join('\n', lines.Select(l => "- " + l));

        return new Answer(SourceText.WithSources(q, text, sources), q.Language, AnswerKind.Figure, sources);
    }

    /// <summary>
    /// "med hur många procent ökar personalbehovet 2020-2027?": a percent change of the total asked over a span whose ends
    /// the forecast's own document names in its text, for the same measure ("Det totala personalbehovet ... beräknas öka med
    /// 10 % under åren 2020-2027. Rekryteringsbehovet ökar med 17 %."). The plan's figure may differ from the one computed
    /// from the table (it may count from another base), so it is shown as the plan states it. Each measure asked has its
    /// own sentence: one that names the measure and not the other, a percent and a change verb, with both years of the
    /// span in it or in the sentence before it. Empty unless every measure asked has exactly one such sentence.
    /// </summary>
    private static List<(string Sentence, int DocumentId)> StatedPercents(QuestionUnderstanding q, ForecastRequest request, KnowledgeSnapshot k, int from, int to)
    {
        var table = request.Table;
        if (!q.Has(Cue.Percent) || table.TotalGroup is null || request.Groups.Count == 0 || request.Groups.Any(g => g != table.TotalGroup)
            || request.Exclusion is not null || from >= to)
        {
            return [];
        }

        var (first, last) = (from.ToString(System.Globalization.CultureInfo.InvariantCulture), to.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var found = new List<(string Sentence, int DocumentId)>();
        foreach (var measure in request.Measures)
        {
            if (measure.Kind == MeasureKind.Other)
            {
                return [];
            }

            var matches = new List<(string Sentence, int DocumentId)>();
            foreach (var passage in k.Passages.Where(p => p.DocumentId == table.DocumentId))
            {
                var sentences = k.PassageTerms.Sentences(passage.Text);
                for (var i = 0; i < sentences.Count; i++)
                {
                    if (StatesChange(sentences[i], measure) && (Spans(sentences[i]) || i > 0 && Spans(sentences[i - 1])))
                    {
                        matches.Add((sentences[i], passage.DocumentId));
                    }
                }
            }

            if (matches.Select(m => m.Sentence).Distinct().Count() != 1)
            {
                return [];
            }

            found.Add(matches[0]);
        }

        return found;

        bool Spans(string sentence) => sentence.Contains(first, StringComparison.Ordinal) && sentence.Contains(last, StringComparison.Ordinal);
    }

    /// <summary>A sentence that states a percent change of the measure: names it and not the other, a percent and a change verb.</summary>
    private static bool StatesChange(string sentence, ForecastMeasure measure)
    {
        var (asked, other) = measure.Kind switch
        {
            MeasureKind.Staffing => ("personalbehov", "rekryteringsbehov"),
            MeasureKind.Recruitment => ("rekryteringsbehov", "personalbehov"),
            _ => (string.Empty, string.Empty),
        };
        if (asked.Length == 0)
        {
            return false;
        }

        var folded = TextFold.Fold(sentence);
        var tokens = TextFold.Tokens(folded);
        return tokens.Any(t => t.StartsWith(asked, StringComparison.Ordinal)) && !folded.Contains(other, StringComparison.Ordinal)
            && PassageAnswerer.StatesPercent(sentence) && tokens.Any(IsChangeVerb);

        static bool IsChangeVerb(string t) => t is "oka" or "okar" or "okat" or "okade" or "minska" or "minskar" or "minskat" or "minskade" or "vaxa" or "vaxer";
    }

    /// <summary>
    /// The one span of years within the table that the plan's text states a percent change of each measure asked over
    /// (<see cref="StatedPercents"/>), for a question that names no years; null when there is none or more than one.
    /// </summary>
    private static (int From, int To)? StatedSpan(QuestionUnderstanding q, ForecastRequest request, KnowledgeSnapshot k)
    {
        var table = request.Table;
        if (!q.Has(Cue.Percent) || table.TotalGroup is null || request.Groups.Count == 0 || request.Groups.Any(g => g != table.TotalGroup) || request.Exclusion is not null)
        {
            return null;
        }

        // One pass over the document's sentences: the spans ("2020-2027") of the sentences that state a measure's change.
        var spans = new HashSet<(int, int)>();
        foreach (var passage in k.Passages.Where(p => p.DocumentId == table.DocumentId))
        {
            var sentences = k.PassageTerms.Sentences(passage.Text);
            for (var i = 0; i < sentences.Count; i++)
            {
                if (request.Measures.Any(m => StatesChange(sentences[i], m)))
                {
                    foreach (var sentence in i > 0 ? [sentences[i], sentences[i - 1]] : new[] { sentences[i] })
                    {
                        var span = YearParser.Parse(TextFold.Fold(sentence), q.Today);
                        if (span.IsRange && table.Years.Contains(span.From!.Value) && table.Years.Contains(span.To!.Value))
                        {
                            spans.Add((span.From.Value, span.To.Value));
                            break;
                        }
                    }
                }
            }
        }

        // The span must hold the stated change of every measure asked (checked as when years are asked).
        return spans.Count == 1 && spans.First() is var (from, to) && StatedPercents(q, request, k, from, to).Count > 0 ? (from, to) : null;
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
