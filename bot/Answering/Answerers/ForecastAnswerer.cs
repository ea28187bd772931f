using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>
/// Forecast questions: a value, several values, a sum over years, a change (absolute and percent), an average, a share of
/// the total, the largest or smallest group, or the whole series. Every number comes from the table or is computed from it
/// and labelled with the years it covers; a year outside the table or a group without a forecast gets no number.
/// </summary>
public static class ForecastAnswerer
{
    public static Answer Answer(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var table = PickTable(q, k);
        if (table is null)
        {
            return Refusals.NoForecasts(q);
        }

        var request = ForecastResolver.Resolve(q, table);
        var source = k.Source(table.DocumentId, null, table.TableName);
        var ranking = q.HasAny(Cue.Largest, Cue.Smallest) && request.Groups.Count != 1;
        if (request.Groups.Count == 0 && request.Missing.Count > 0)
        {
            return Refusals.NoSuchGroup(q, request, source);
        }

        var outside = q.Years.All.Where(y => !table.Years.Contains(y)).ToList();
        if (outside.Count > 0)
        {
            return Refusals.YearOutside(q, request, outside, source);
        }

        if (request.Groups.Count == 0 && !ranking)
        {
            if (table.TotalGroup is null)
            {
                return Refusals.WhichGroup(q, table, source);
            }

            request = request with { Groups = [table.TotalGroup] };
        }

        var answer = ranking ? ForecastRanking.Answer(q, request, source)
            : q.Has(Cue.Change) ? ForecastChange.Answer(q, request, source, k)
            : q.Has(Cue.Average) ? ForecastSums.Average(q, request, source)
            : (q.Has(Cue.Share) || ForecastSums.AsksRelative(q)) && !q.Years.IsEmpty && ForecastSums.MeasureRatio(q, request, source) is { } ratio ? ratio
            : q.Has(Cue.Share) && !q.Years.IsEmpty ? ForecastSums.Share(q, request, source)
            : IsSum(q, request) ? ForecastSums.Sum(q, request, source)
            : q.Years.IsEmpty || q.Years.IsRange || q.Has(Cue.Series) ? ForecastSeries.Answer(q, request, source)
            : ForecastValues.Answer(q, request, source);

        if (request.Exclusion is { } exclusion && answer.Kind is AnswerKind.Figure or AnswerKind.Series)
        {
            answer = WithExclusion(q, request, exclusion, answer);
        }

        return request.Missing.Count > 0 && request.Groups.Count > 0 ? Refusals.AppendMissing(q, answer, request) : answer;
    }

    /// <summary>
    /// The total less the groups left out, shown with the figures it was computed from: each year asked (up to three),
    /// else how it was computed.
    /// </summary>
    private static Answer WithExclusion(QuestionUnderstanding q, ForecastRequest request, ForecastExclusion exclusion, Answer answer)
    {
        var table = request.Table;
        var years = q.Years.IsRange || q.Years.Years.Count is 0 or > 3 ? [] : q.Years.Years;
        var lines = new List<string>();
        foreach (var measure in request.MeasureAmbiguous ? [] : request.Measures)
        {
            foreach (var year in years)
            {
                var total = table.Value(measure, exclusion.Total, year);
                var parts = exclusion.Excluded.Select(g => (Group: g, Value: table.Value(measure, g, year))).ToList();
                var result = table.Value(measure, exclusion.Name, year);
                if (total is null || result is null || parts.Any(p => p.Value is null))
                {
                    continue;
                }

                var minus = string.Concat(parts.Select(p => $" − {p.Group} {SwedishFormat.Number(p.Value!.Value)}"));
                lines.Add(q.Say(
                    $"{ForecastValues.Capital(measure.Label(q))} {year}: {exclusion.Total} {SwedishFormat.Number(total.Value)}{minus} = {SwedishFormat.Number(result.Value)}.",
                    $"{ForecastValues.Capital(measure.Label(q))} {year}: {exclusion.Total} {SwedishFormat.Number(total.Value)}{minus} = {SwedishFormat.Number(result.Value)}."));
            }
        }

        var how = lines.Count > 0
            ? q.Say("Beräknat som totalen minus de grupper som lämnas utanför:", "Computed as the total less the groups left out:") + "\n" + string.Join('\n', lines.Select(l => "- " + l))
            : q.Say($"Beräknat som {exclusion.Total} minus {string.Join(" och ", exclusion.Excluded)} för varje år.", $"Computed as {exclusion.Total} less {string.Join(" and ", exclusion.Excluded)} for each year.");
        return answer with { Text = SourceText.WithSources(q, AnswerTextSource.WithoutSource(answer.Text) + "\n\n" + how, answer.Sources) };
    }

    private static bool IsSum(QuestionUnderstanding q, ForecastRequest request) =>
        q.Has(Cue.Sum)
        || (request.Groups.Count >= 2 && Plus(q.Text))
        || (q.Years.IsRange && request.TotalMeansSum)
        || (q.Years.IsRange && !q.Has(Cue.Series) && request.Measures.All(m => m.Kind == MeasureKind.Recruitment))
        || (q.Years.Years.Count >= 2 && PlusYears(q.Text))
        || (q.Years.Years.Count >= 2 && CountInTotal(q) && !q.Has(Cue.Series) && request.Measures.All(m => m.Kind == MeasureKind.Recruitment));

    /// <summary>"rekbehov 2024+2025+2026": years written with a plus sign between them are added.</summary>
    private static bool PlusYears(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, @"\b(?:19|20)\d\d\s*\+\s*(?:19|20)\d\d\b");

    /// <summary>
    /// "hur många rekryteringar totalt för 2025 och 2026?", "how many recruitments in total in 2025 and 2026": a count asked
    /// "in total" of years listed is their sum (the recruitments of each year add up; shown with each year's value).
    /// </summary>
    private static bool CountInTotal(QuestionUnderstanding q) =>
        q.Has(Cue.HowMany) && q.Tokens.Any(t => t is "totalt" or "total" or "sammanlagt" or "sammantaget");

    /// <summary>"usk + pers ass": groups written with a plus sign between them are added.</summary>
    public static bool Plus(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, @"\p{L}\.?\s*\+\s*\p{L}");

    /// <summary>The table of the organisation the question names, else the newest.</summary>
    private static ForecastTable? PickTable(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        foreach (var table in k.ForecastTables)
        {
            var organisation = k.Documents.GetValueOrDefault(table.DocumentId)?.Organisation;
            var words = organisation is null ? [] : TextFold.Tokens(organisation).Where(w => w.Length >= 5).ToList();
            if (words.Count > 0 && words.All(w => q.Tokens.Any(t => WordMatch.Match(t, w) >= MatchQuality.Inflection)))
            {
                return table;
            }
        }

        return k.ForecastTables.FirstOrDefault();
    }

    /// <summary>"Det stämmer." / "Det stämmer inte med underlaget." before an answer to a question that states a number.</summary>
    public static string ClaimPrefix(QuestionUnderstanding q, IReadOnlyCollection<decimal> values)
    {
        if (q.ClaimedNumbers.Count == 0 || values.Count == 0)
        {
            return string.Empty;
        }

        return q.ClaimedNumbers.Any(values.Contains)
            ? q.Say("Det stämmer med underlaget. ", "That matches the data. ")
            : q.Say("Det stämmer inte med underlaget. ", "That does not match the data. ");
    }

    public static string GroupLabel(QuestionUnderstanding q, string group)
    {
        if (!q.English)
        {
            return group;
        }

        var folded = TextFold.Fold(group);
        // A group computed as the total less others ("Totalt excluding Vårdare/…") is none of the groups its name contains.
        if (folded.Contains(" excluding ", StringComparison.Ordinal) || folded.Contains(" exklusive ", StringComparison.Ordinal))
        {
            return group;
        }

        var occupation = new[] { Occupation.Care, Occupation.Social, Occupation.PersonalAssistant, Occupation.Administrator, Occupation.Management, Occupation.Other, Occupation.Total }
            .FirstOrDefault(o => o.IsGroup(folded));
        return occupation is null ? group : $"{group} ({occupation.English})";
    }
}
