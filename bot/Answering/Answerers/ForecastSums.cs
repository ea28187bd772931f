using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>Sums and averages over years, and a group's share of the total in a year.</summary>
public static class ForecastSums
{
    public static Answer Sum(QuestionUnderstanding q, ForecastRequest request, SourceRef source) => Aggregate(q, request, source, average: false);

    public static Answer Average(QuestionUnderstanding q, ForecastRequest request, SourceRef source) => Aggregate(q, request, source, average: true);

    /// <summary>
    /// A group's share of the total row: in each year named, or over a span of years as the group's sum over the span
    /// against the total's sum over the same span ("andelen av rekryteringsbehovet 2022–2027").
    /// </summary>
    public static Answer Share(QuestionUnderstanding q, ForecastRequest request, SourceRef source)
    {
        var table = request.Table;
        // "andelen av personalbehovet exklusive usk som är socialsekreterare": the whole is the total less the groups left out.
        var whole = request.Exclusion is { } exclusion && !request.Groups.Contains(exclusion.Name) ? exclusion.Name : table.TotalGroup;
        List<IReadOnlyList<int>> spans = q.Years.IsRange ? [[.. q.Years.All]] : [.. q.Years.Years.Select(y => (IReadOnlyList<int>)[y])];
        var lines = new List<string>();
        foreach (var measure in request.Measures)
        {
            var of = whole == table.TotalGroup ? measure.Label(q) : q.Say($"{measure.Label(q)} för {whole}", $"{measure.Label(q)} for {whole}");
            foreach (var group in request.Groups.Where(g => g != table.TotalGroup && g != whole))
            {
                foreach (var years in spans)
                {
                    if (SpanSum(table, measure, group, years) is not { } part
                        || SpanSum(table, measure, whole, years) is not { } total || total == 0)
                    {
                        continue;
                    }

                    var share = SwedishFormat.Percent(part / total * 100m);
                    var when = SwedishFormat.Years(years[0], years[^1]);
                    var summed = years.Count > 1 ? q.Say(" sammanlagt", " summed") : string.Empty;
                    lines.Add(q.Say(
                        $"{group} står för **{share}** av {of} {when} ({SwedishFormat.Number(part)} av {SwedishFormat.Number(total)}{summed}).",
                        $"{ForecastAnswerer.GroupLabel(q, group)} make up **{share}** of the {of} in {when} ({SwedishFormat.Number(part)} of {SwedishFormat.Number(total)}{summed})."));
                }
            }
        }

        if (lines.Count == 0)
        {
            return q.Years.Years.Count == 1 && !q.Years.IsRange ? ForecastValues.Answer(q, request, source) : Refusals.NoValues(q, source);
        }

        var text = request.MeasureAmbiguous
            ? q.Say("Både personalbehov och rekryteringsbehov:", "Both the staffing need and the recruitment need:") + "\n"
            : string.Empty;
        text += lines.Count == 1 ? lines[0] : string.Join('\n', lines.Select(l => "- " + l));
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.Figure, [source]);
    }

    /// <summary>
    /// One measure as a share of the other ("rekryteringsbehovet som andel av personalbehovet 2027", "hur stor del av
    /// personalbehovet är rekryteringsbehov"): for each group and year (or span) asked, the part over the whole with both
    /// figures. The whole is the measure named after "av"/"of" that follows the share word (<see cref="WholeMeasure"/>).
    /// Null when the question does not name both measures that way.
    /// </summary>
    public static Answer? MeasureRatio(QuestionUnderstanding q, ForecastRequest request, SourceRef source)
    {
        var staffing = request.Measures.FirstOrDefault(m => m.Kind == Snapshot.MeasureKind.Staffing);
        var recruitment = request.Measures.FirstOrDefault(m => m.Kind == Snapshot.MeasureKind.Recruitment);
        if (request.MeasureAmbiguous || request.Measures.Count != 2 || staffing is null || recruitment is null)
        {
            return null;
        }

        var wholeCue = WholeMeasure(q);
        if (wholeCue is null)
        {
            return null;
        }

        var (part, whole) = wholeCue == Cue.Recruitment ? (staffing, recruitment) : (recruitment, staffing);
        var table = request.Table;
        List<IReadOnlyList<int>> spans = q.Years.IsRange ? [[.. q.Years.All]] : [.. q.Years.Years.Select(y => (IReadOnlyList<int>)[y])];
        var lines = new List<string>();
        foreach (var group in request.Groups)
        {
            foreach (var years in spans)
            {
                if (SpanSum(table, part, group, years) is not { } a || SpanSum(table, whole, group, years) is not { } b || b == 0)
                {
                    continue;
                }

                var share = SwedishFormat.Percent(a / b * 100m);
                var when = SwedishFormat.Years(years[0], years[^1]);
                var summed = years.Count > 1 ? q.Say(" sammanlagt", " summed") : string.Empty;
                lines.Add(q.Say(
                    $"{ForecastValues.Capital(part.Label(q))} för {group} {when} är **{share}** av {whole.Label(q)} ({SwedishFormat.Number(a)} av {SwedishFormat.Number(b)}{summed}).",
                    $"The {part.Label(q)} for {ForecastAnswerer.GroupLabel(q, group)} in {when} is **{share}** of the {whole.Label(q)} ({SwedishFormat.Number(a)} of {SwedishFormat.Number(b)}{summed})."));
            }
        }

        if (lines.Count == 0)
        {
            return null;
        }

        var text = lines.Count == 1 ? lines[0] : string.Join('\n', lines.Select(l => "- " + l));
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.Figure, [source]);
    }

    /// <summary>The sum of one row of the table over the years of a span; null when there is no row or a year has no value.</summary>
    private static decimal? SpanSum(Snapshot.ForecastTable table, Snapshot.ForecastMeasure measure, string? group, IReadOnlyList<int> years)
    {
        if (group is null)
        {
            return null;
        }

        decimal sum = 0;
        foreach (var year in years)
        {
            if (table.Value(measure, group, year) is not { } value)
            {
                return null;
            }

            sum += value;
        }

        return sum;
    }

    private static readonly HashSet<string> Joins = new(StringComparer.Ordinal) { "och", "and", "samt", "respektive", "eller", "or", "plus" };

    /// <summary>
    /// The measure that is the whole of a share between the two measures: the first one named after the share word with
    /// "av"/"of" between ("andel av personalbehovet"), the other named before the share word ("rekbehovet som andel av
    /// ...") or after the whole but not joined to it ("hur stor del av personalbehovet utgör rekryteringsbehovet"). Null
    /// when the words do not say so: "usk:s andel av personalbehovet och rekryteringsbehovet" is a group's share of each.
    /// </summary>
    private static Cue? WholeMeasure(QuestionUnderstanding q)
    {
        var share = q.Hits.Where(h => h.Entry.Cue == Cue.Share).Select(h => h.Start).DefaultIfEmpty(-1).Min();
        var relative = RelativeWord(q);
        var measures = q.Hits.Where(h => h.Entry.Cue is Cue.Staffing or Cue.Recruitment).OrderBy(h => h.Start).ToList();
        // "rekbehovet i förhållande till personalbehovet", "relative to the staffing need": the whole follows the relation word.
        if (share < 0 && relative >= 0)
        {
            share = relative;
        }

        var whole = measures.FirstOrDefault(h => h.Start > share);
        if (share < 0 || whole is null || !q.Tokens.Skip(share).Take(whole.Start - share).Any(t => t is "av" or "of" or "till" or "to"))
        {
            return null;
        }

        var part = measures.FirstOrDefault(h => h.Entry.Cue != whole.Entry.Cue);
        if (part is null)
        {
            return null;
        }

        var joined = part.Start > whole.Start && q.Tokens.Skip(whole.Start + whole.Length).Take(part.Start - whole.Start - whole.Length).Any(Joins.Contains);
        return joined ? null : whole.Entry.Cue;
    }

    /// <summary>
    /// Whether the question relates one figure to another in words rather than with a share word: "i förhållande till",
    /// "i relation till", "relative to", "in relation to" (the measure after it is the whole of <see cref="MeasureRatio"/>).
    /// </summary>
    public static bool AsksRelative(QuestionUnderstanding q) => RelativeWord(q) >= 0;

    private static int RelativeWord(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        for (var i = 0; i + 1 < t.Count; i++)
        {
            if (t[i] is "forhallande" or "relation" or "relative" && t[i + 1] is "till" or "to")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The years of a sum or average as a span when they follow one another ("2024–2027"), else each of them ("2025 och
    /// 2027"), so that a sum of two years apart is never labelled as the years between.
    /// </summary>
    private static string Span(QuestionUnderstanding q, IReadOnlyList<int> years)
    {
        var contiguous = years.Zip(years.Skip(1)).All(p => p.Second == p.First + 1);
        if (contiguous || years.Count < 2)
        {
            return SwedishFormat.Years(years[0], years[^1]);
        }

        var head = string.Join(", ", years.Take(years.Count - 1));
        return q.Say($"{head} och {years[^1]}", $"{head} and {years[^1]}");
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
                var span = Span(q, years);
                lines.Add(average && values.Count == 1
                    ? q.Say($"{ForecastValues.Capital(measure.Label(q))} för {group} {span}: **{SwedishFormat.Number(result)}**.",
                        $"{ForecastValues.Capital(measure.Label(q))} for {ForecastAnswerer.GroupLabel(q, group)} in {span}: **{SwedishFormat.Number(result)}**.")
                    : average
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
        // Averaged over years, the groups together are the combined figure per year ("i snitt per år för X och Y"); in one
        // year, an average over several groups is the mean per group ("genomsnittligt personalbehov per yrkesgrupp 2024").
        var perGroup = average && years.Count == 1;
        var togetherValues = request.Measures.Where(combined.ContainsKey)
            .ToDictionary(m => m, m => average ? Math.Round(combined[m] / (perGroup ? request.Groups.Count : years.Count), 1, MidpointRounding.AwayFromZero) : combined[m]);
        var together = request.Groups.Count > 1 && request.Groups.All(g => g != table.TotalGroup) && lines.Count == request.Groups.Count * request.Measures.Count
            ? request.Measures.Select(m => perGroup
                ? q.Say(
                    $"Genomsnittligt {m.Label(q)} per yrkesgrupp {years[0]}: **{SwedishFormat.Number(togetherValues[m])}**.",
                    $"Average {m.Label(q)} per occupation group in {years[0]}: **{SwedishFormat.Number(togetherValues[m])}**.")
                : average
                ? q.Say(
                    $"Tillsammans ({string.Join(" + ", request.Groups)}), genomsnittligt {m.Label(q)} per år {Span(q, years)}: **{SwedishFormat.Number(togetherValues[m])}**.",
                    $"Together ({string.Join(" + ", request.Groups)}), average {m.Label(q)} per year {Span(q, years)}: **{SwedishFormat.Number(togetherValues[m])}**.")
                : q.Say(
                    $"Tillsammans ({string.Join(" + ", request.Groups)}), {m.Label(q)} {Span(q, years)}: **{SwedishFormat.Number(togetherValues[m])}**.",
                    $"Together ({string.Join(" + ", request.Groups)}), {m.Label(q)} {Span(q, years)}: **{SwedishFormat.Number(togetherValues[m])}**.")).ToList()
            : [];
        results.AddRange(togetherValues.Values);
        // A sum over one year of one group is just that year's value: the question meant to add something the reading
        // did not recognise (a second group), so say which group was understood rather than pretend it was a total.
        // (Not for the total row: "all groups combined" in one year is the total, as asked.)
        var onlyOne = !average && years.Count == 1 && request.Groups.Count == 1 && request.Groups[0] != table.TotalGroup
            ? "\n" + q.Say(
                $"(Jag kände bara igen en yrkesgrupp i frågan: {request.Groups[0]}. Skriv grupperna som i prognosen för att lägga ihop flera.)",
                $"(I recognised only one occupational group in the question: {ForecastAnswerer.GroupLabel(q, request.Groups[0])}. Name the groups as in the forecast to add several.)")
            : string.Empty;
        var text = ForecastAnswerer.ClaimPrefix(q, results) + string.Join('\n', together.Select(t => t + "\n"))
            + (lines.Count == 1 ? lines[0] : string.Join('\n', lines.Select(l => "- " + l))) + onlyOne;
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.Figure, [source]);
    }
}
