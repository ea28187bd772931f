using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>A forecast question resolved against the data: which table, groups and measures it is about.</summary>
public sealed record ForecastRequest(
    ForecastTable Table,
    IReadOnlyList<string> Groups,
    IReadOnlyList<ForecastMeasure> Measures,
    bool MeasureAmbiguous,
    IReadOnlyList<OtherOccupation> Missing,
    bool TotalMeansSum);

/// <summary>Resolves occupation names, measures and the table of a forecast question.</summary>
public static class ForecastResolver
{
    private static readonly HashSet<string> WeakGroupWords = new(StringComparer.Ordinal) { "totalt", "ovriga", "yrkeskategorier", "och" };

    /// <summary>Whether the question is about a forecast at all (a group, a measure, or "prognos").</summary>
    public static bool LooksLikeForecast(QuestionUnderstanding q, KnowledgeSnapshot k) =>
        (q.HasAny(Cue.Staffing, Cue.Recruitment, Cue.NeedVerb, Cue.NeedNoun, Cue.Forecast) || !q.HasAny(Cue.Owner, Cue.StatusWord, Cue.Comment, Cue.When, Cue.Activity, Cue.Activities))
        && LooksLikeForecastWords(q, k);

    private static bool LooksLikeForecastWords(QuestionUnderstanding q, KnowledgeSnapshot k) =>
        q.Occupations.Any(o => !o.IsTotal)
        || q.HasAny(Cue.Staffing, Cue.Recruitment, Cue.Forecast)
        || (q.OtherOccupations.Count > 0 && q.HasAny(Cue.NeedVerb, Cue.NeedNoun, Cue.StaffWord, Cue.HowMany))
        || (q.Occupations.Count > 0 && q.HasAny(Cue.NeedVerb, Cue.NeedNoun))
        || (q.HasAny(Cue.Largest, Cue.Smallest) && q.Has(Cue.Group))
        || DataGroups(q, k.ForecastTables.FirstOrDefault()).Count > 0;

    public static ForecastRequest Resolve(QuestionUnderstanding q, ForecastTable table)
    {
        var groups = new List<string>();
        foreach (var occupation in q.Occupations.Where(o => !o.IsTotal))
        {
            groups.AddRange(table.Groups.Where(g => occupation.IsGroup(TextFold.Fold(g)) && !groups.Contains(g)));
        }

        groups.AddRange(DataGroups(q, table).Where(g => !groups.Contains(g)));

        var totalNamed = q.Occupations.Any(o => o.IsTotal);
        var totalMeansSum = totalNamed && groups.Count > 0;
        if (totalNamed && groups.Count == 0 && table.TotalGroup is not null)
        {
            groups.Add(table.TotalGroup);
        }

        var (measures, ambiguous) = Measures(q, table);
        return new ForecastRequest(table, groups, measures, ambiguous, q.OtherOccupations, totalMeansSum);
    }

    /// <summary>Groups the question names by a word of the group's own name ("Socialsekreterare/biståndsbedömare").</summary>
    private static List<string> DataGroups(QuestionUnderstanding q, ForecastTable? table)
    {
        if (table is null)
        {
            return [];
        }

        var result = new List<string>();
        foreach (var group in table.Groups)
        {
            // A word two groups share ("assistent" in "Vårdare/undersköterska/assistent" and "Personlig assistent") names neither.
            var parts = TextFold.Tokens(group).Where(p => p.Length >= 5 && !WeakGroupWords.Contains(p)
                && !table.Groups.Any(other => other != group && TextFold.Tokens(other).Contains(p))).ToList();
            if (parts.Any(p => q.FreeTokens.Any(t => WordMatch.Match(t, p) >= MatchQuality.Inflection)))
            {
                result.Add(group);
            }
        }

        return result;
    }

    private static bool Negated(QuestionUnderstanding q, Cue cue) =>
        q.Hits.Where(h => h.Entry.Cue == cue).All(h => h.Start > 0 && q.Tokens[h.Start - 1] is "inte" or "ej" or "not" or "utan" or "without");

    private static (List<ForecastMeasure> Measures, bool Ambiguous) Measures(QuestionUnderstanding q, ForecastTable table)
    {
        var staffing = table.Measures.Where(m => m.Kind == MeasureKind.Staffing).ToList();
        var recruitment = table.Measures.Where(m => m.Kind == MeasureKind.Recruitment).ToList();
        // "personalbehovet, inte rekryteringen": a measure named only to be ruled out does not count.
        if (q.Has(Cue.Recruitment) && recruitment.Count > 0 && !(Negated(q, Cue.Recruitment) && q.Has(Cue.Staffing)))
        {
            return (recruitment, false);
        }

        if ((q.Has(Cue.Staffing) || q.Has(Cue.NeedVerb) || q.Has(Cue.StaffWord)) && staffing.Count > 0)
        {
            return (staffing, false);
        }

        var named = table.Measures.Where(m => TextFold.Tokens(m.Written).Any(w => q.Tokens.Any(t => WordMatch.Match(t, w) >= MatchQuality.Typo))).ToList();
        if (named.Count > 0)
        {
            return (named, false);
        }

        return ([.. table.Measures], table.Measures.Count > 1);
    }
}
