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
    bool TotalMeansSum,
    ForecastExclusion? Exclusion = null);

/// <summary>
/// "personalbehov 2023 exklusive vårdare": the total less the groups left out, a group of its own (<see cref="Name"/>) in
/// the request's table; <see cref="Excluded"/> are the groups subtracted from <see cref="Total"/>.
/// </summary>
public sealed record ForecastExclusion(string Name, string Total, IReadOnlyList<string> Excluded);

/// <summary>Resolves occupation names, measures and the table of a forecast question.</summary>
public static class ForecastResolver
{
    private static readonly HashSet<string> WeakGroupWords = new(StringComparer.Ordinal) { "totalt", "ovriga", "yrkeskategorier", "och" };

    /// <summary>Whether the question is about a forecast at all (a group, a measure, or "prognos").</summary>
    public static bool LooksLikeForecast(QuestionUnderstanding q, KnowledgeSnapshot k) =>
        (q.HasAny(Cue.Staffing, Cue.Recruitment, Cue.NeedVerb, Cue.NeedNoun, Cue.Forecast) || !q.HasAny(Cue.Owner, Cue.StatusWord, Cue.Comment, Cue.When, Cue.Activity, Cue.Activities))
        && !CountsOtherThanNeed(q)
        && LooksLikeForecastWords(q, k);

    /// <summary>Stems of counts people ask about that a forecast of needs does not hold: retirements, sick leave, turnover.</summary>
    private static readonly string[] OtherCountStems = ["pension", "avgang", "sjukfranvaro", "personalomsattning", "retire"];

    /// <summary>
    /// "Hur stor andel av pensionsavgångarna gäller myndighetsutövare?": a count the forecast does not hold (retirements,
    /// sick leave, turnover), with no measure or need named, is not asked of the forecast (whose share of the staffing
    /// need would be a right figure for another question).
    /// </summary>
    public static bool CountsOtherThanNeed(QuestionUnderstanding q) =>
        !q.HasAny(Cue.Staffing, Cue.Recruitment, Cue.Forecast, Cue.NeedNoun, Cue.NeedVerb)
        && q.Tokens.Any(t => OtherCountStems.Any(s => t.Contains(s, StringComparison.Ordinal)));

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
        // "exklusive vårdare", "utom ledning": the groups left out are not asked for.
        var excluded = q.Excluded.Count == 0 ? [] : table.Groups.Where(g => g != table.TotalGroup && q.Excluded.Any(o => o.IsGroup(table.FoldedGroups[g]))).ToList();
        foreach (var occupation in q.Occupations.Where(o => !o.IsTotal && !q.Excluded.Contains(o)))
        {
            groups.AddRange(table.Groups.Where(g => occupation.IsGroup(table.FoldedGroups[g]) && !groups.Contains(g) && !excluded.Contains(g)));
        }

        groups.AddRange(DataGroups(q, table).Where(g => !groups.Contains(g) && !excluded.Contains(g)));
        var (measures, ambiguous) = Measures(q, table);
        if (excluded.Count > 0 && Excluding(q, table, groups, excluded) is { } exclusion)
        {
            return new ForecastRequest(exclusion.Table, exclusion.Groups, measures, ambiguous, q.OtherOccupations, false, exclusion.Exclusion);
        }

        var totalNamed = q.Occupations.Any(o => o.IsTotal);
        var totalMeansSum = totalNamed && groups.Count > 0;

        // "hur många usk, socialsekreterare och totalt?", "care staff and the total": the total joined to the groups as
        // one more item of the list is the Totalt row beside them, not their sum.
        if (totalMeansSum && TotalListed(q) && table.TotalGroup is { } listedTotal && !groups.Contains(listedTotal))
        {
            groups.Add(listedTotal);
            totalMeansSum = false;
        }

        // "per yrkesgrupp", "alla yrkesgrupper", "each occupation group": every group of the table, except when the groups
        // are asked together: "alla yrkesgrupper sammanlagt", "alla yrkesgrupper ihop", "totalt för alla grupper", "all groups
        // together" is the total row alone (its per-year values, not a sum per group), unless a word for each asks per group.
        if (groups.Count == 0 && EveryGroup(q) && !(totalNamed && AllTogether(q)))
        {
            groups.AddRange(table.OccupationGroups);
        }

        if (totalNamed && groups.Count == 0 && table.TotalGroup is not null)
        {
            groups.Add(table.TotalGroup);
        }

        // "We need 55 social secretaries in 2027 – is that right?": a number to check, with no measure named, is checked
        // against each measure; the one that has it is the one meant.
        if (ClaimedMeasure(q, table, groups, measures) is { } claimed)
        {
            (measures, ambiguous) = ([claimed], false);
        }

        return new ForecastRequest(table, groups, measures, ambiguous, q.OtherOccupations, totalMeansSum);
    }

    /// <summary>
    /// The measure that holds a number the question states for checking, when the question names no measure and another
    /// measure than the one read has it (for the groups and years asked); null otherwise.
    /// </summary>
    private static ForecastMeasure? ClaimedMeasure(QuestionUnderstanding q, ForecastTable table, IReadOnlyList<string> groups, IReadOnlyList<ForecastMeasure> measures)
    {
        if (q.ClaimedNumbers.Count == 0 || q.HasAny(Cue.Staffing, Cue.Recruitment) || groups.Count == 0 || q.Years.Years.Count == 0)
        {
            return null;
        }

        bool Holds(ForecastMeasure m) => groups.Any(g => q.Years.Years.Any(y => table.Value(m, g, y) is { } v && q.ClaimedNumbers.Contains(v)));
        if (measures.Any(Holds))
        {
            return null;
        }

        return table.Measures.Where(Holds).ToList() is [var only] ? only : null;
    }

    /// <summary>
    /// "vi behöver fler socsek", "we need more nurses": a need for more people than there are is a need to recruit, when no
    /// measure is named and nothing is compared ("fler ... än" compares).
    /// </summary>
    private static bool NeedsMore(QuestionUnderstanding q) =>
        !q.Tokens.Any(t => t is "an" or "than")
        && q.Hits.Any(h => h.Entry.Cue == Cue.NeedVerb && h.Start + h.Length < q.Tokens.Count && q.Tokens[h.Start + h.Length] is "fler" or "more");

    /// <summary>
    /// Groups left out of a question: every group but those for "per yrkesgrupp utom X" or a ranking ("störst förutom
    /// usk"); otherwise, with no other group named, the total less them, computed in a copy of the table as a group of its
    /// own so that every operation (a value, a change, a sum, a share) runs over it.
    /// </summary>
    private static (ForecastTable Table, List<string> Groups, ForecastExclusion? Exclusion)? Excluding(QuestionUnderstanding q, ForecastTable table, List<string> groups, List<string> excluded)
    {
        // "andelen av personalbehovet exklusive usk som är socialsekreterare": a share of the total less those groups.
        if (groups.Count > 0 && !(q.Has(Cue.Share) && table.TotalGroup is not null))
        {
            return (table, groups, null);
        }

        if (groups.Count == 0 && (EveryGroup(q) || q.HasAny(Cue.Largest, Cue.Smallest)))
        {
            return (table, [.. table.OccupationGroups.Where(g => !excluded.Contains(g))], null);
        }

        if (table.TotalGroup is not { } total)
        {
            return null;
        }

        var name = q.Say($"{total} exklusive {string.Join(" och ", excluded)}", $"{total} excluding {string.Join(" and ", excluded)}");
        return (table.Excluding(excluded, name), groups.Count > 0 ? groups : [name], new ForecastExclusion(name, total, excluded));
    }

    private static readonly HashSet<string> ListJoins = new(StringComparer.Ordinal) { "och", "samt", "and" };

    private static readonly HashSet<string> TotalItemWords = new(StringComparer.Ordinal) { "totalt", "total", "totala", "totalen", "summa", "summan" };

    /// <summary>
    /// The total named as the last item of a list of groups: "usk, socialsekreterare och totalt", "usk and the total" (a
    /// word joining it to the group before, with nothing but an article between); "usk och socialsekreterare totalt" and
    /// "in total" stay their sum.
    /// </summary>
    private static bool TotalListed(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        var firstGroup = q.Hits.Where(h => h.Entry.Occupation is { IsTotal: false }).Select(h => h.Start).DefaultIfEmpty(-1).Min();
        foreach (var hit in q.Hits.Where(h => h.Entry.Occupation is { IsTotal: true } && h.Length == 1 && TotalItemWords.Contains(t[h.Start])))
        {
            var i = hit.Start - 1;
            if (i >= 0 && t[i] is "the" or "det" or "den")
            {
                i--;
            }

            if (i > firstGroup && firstGroup >= 0 && ListJoins.Contains(t[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> EveryWords = new(StringComparer.Ordinal) { "per", "alla", "varje", "samtliga", "respektive", "all", "each", "every", "by" };

    /// <summary>Words for every group one by one ("per yrkesgrupp", "each group"), as against all of them together ("alla").</summary>
    private static readonly HashSet<string> EachWords = new(StringComparer.Ordinal) { "per", "varje", "respektive", "each", "every", "by" };

    /// <summary>Words that put the groups together: "ihop", "tillsammans", "totalt", "together", "in total", "combined".</summary>
    private static readonly HashSet<string> TogetherWords = new(StringComparer.Ordinal)
    {
        "ihop", "tillsammans", "sammanlagt", "sammantaget", "totalt", "total", "together", "combined", "altogether", "overall",
    };

    /// <summary>
    /// "alla yrkesgrupper ihop", "totalt, alla grupper", "all groups together": the groups asked as one figure (the total
    /// row), not each of them; a word for each ("per yrkesgrupp", "each group") asks for them one by one.
    /// </summary>
    public static bool AllTogether(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        for (var i = 0; i + 1 < t.Count; i++)
        {
            if (EachWords.Contains(t[i]) && t.Skip(i + 1).Take(2).Any(GroupWord))
            {
                return false;
            }
        }

        return q.Has(Cue.Sum) || t.Any(TogetherWords.Contains);
    }

    /// <summary>"Rekryteringsbehovet per yrkesgrupp", "all occupation groups": a group word after a word for every.</summary>
    public static bool EveryGroup(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        for (var i = 0; i + 1 < t.Count; i++)
        {
            if (EveryWords.Contains(t[i]) && t.Skip(i + 1).Take(2).Any(GroupWord))
            {
                return true;
            }
        }

        return false;
    }

    private static bool GroupWord(string token) =>
        token.StartsWith("yrkesgrupp", StringComparison.Ordinal) || token.StartsWith("grupp", StringComparison.Ordinal) || token.StartsWith("yrkeskategori", StringComparison.Ordinal)
        || token is "yrke" or "yrken" or "group" or "groups" or "occupation" or "occupations" or "category" or "categories" or "profession" or "professions";

    /// <summary>
    /// Groups the question names by a word of the group's own name ("Socialsekreterare/biståndsbedömare"), inflected or
    /// abbreviated: one long beginning of such a word ("socialsekr", "undersk") or the beginnings of the name's words in
    /// order ("pers ass" for "Personlig assistent").
    /// </summary>
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
            var parts = table.GroupTokens[group].Where(p => p.Length >= 5 && !WeakGroupWords.Contains(p)
                && !table.Groups.Any(other => other != group && table.GroupTokens[other].Contains(p))).ToList();
            if (parts.Any(p => q.FreeTokens.Any(t => WordMatch.Match(t, p) >= MatchQuality.Inflection || Abbreviates(t, p)))
                || parts.Any(p => AbbreviatedCompound(q.Tokens, p))
                || AbbreviatedName(q.Tokens, table.GroupTokens[group]))
            {
                result.Add(group);
            }
        }

        return result;
    }

    /// <summary>A written-out beginning of a long word ("socialsekr" of "socialsekreterare"), never a whole other word.</summary>
    private static bool Abbreviates(string token, string word) =>
        token.Length >= 7 && token.Length <= word.Length - 2 && word.StartsWith(token, StringComparison.Ordinal);

    /// <summary>
    /// "soc.sekr", "soc sekr", "bist bed": two tokens in a row that shorten the two halves of one compound word: the first
    /// begins it, the second stands in it after the first (three letters at least each, six together).
    /// </summary>
    private static bool AbbreviatedCompound(IReadOnlyList<string> tokens, string word)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (head, tail) = (tokens[i], tokens[i + 1]);
            if (head.Length >= 3 && tail.Length >= 3 && head.Length + tail.Length >= 6 && head.Length + tail.Length < word.Length
                && word.StartsWith(head, StringComparison.Ordinal) && word.IndexOf(tail, head.Length, StringComparison.Ordinal) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"pers ass": two or more tokens in a row that begin the name's words in order (three letters at least each).</summary>
    private static bool AbbreviatedName(IReadOnlyList<string> tokens, IReadOnlyList<string> name)
    {
        if (name.Count < 2)
        {
            return false;
        }

        for (var i = 0; i + name.Count <= tokens.Count; i++)
        {
            var all = true;
            var shortened = false;
            for (var j = 0; j < name.Count && all; j++)
            {
                var t = tokens[i + j];
                all = t.Length >= 3 && name[j].StartsWith(t, StringComparison.Ordinal);
                shortened |= t.Length < name[j].Length;
            }

            if (all && shortened)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Negated(QuestionUnderstanding q, Cue cue) =>
        q.Hits.Where(h => h.Entry.Cue == cue).All(h => h.Start > 0 && q.Tokens[h.Start - 1] is "inte" or "ej" or "not" or "utan" or "without");

    private static (List<ForecastMeasure> Measures, bool Ambiguous) Measures(QuestionUnderstanding q, ForecastTable table)
    {
        var staffing = table.Measures.Where(m => m.Kind == MeasureKind.Staffing).ToList();
        var recruitment = table.Measures.Where(m => m.Kind == MeasureKind.Recruitment).ToList();
        // "Personalbehov och rekryteringsbehov för X 2024": both measures named, both asked (not an ambiguity).
        if (q.Has(Cue.Recruitment) && q.Has(Cue.Staffing) && staffing.Count > 0 && recruitment.Count > 0 && !Negated(q, Cue.Recruitment) && !Negated(q, Cue.Staffing))
        {
            return ([.. staffing, .. recruitment], false);
        }

        // "personalbehovet, inte rekryteringen": a measure named only to be ruled out does not count.
        if (q.Has(Cue.Recruitment) && recruitment.Count > 0 && !(Negated(q, Cue.Recruitment) && q.Has(Cue.Staffing)))
        {
            return (recruitment, false);
        }

        if (!q.Has(Cue.Staffing) && NeedsMore(q) && recruitment.Count > 0)
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
