using Assistant.Bot.Answering.Answerers;
using Assistant.Bot.Answering.Knowledge;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering;

/// <summary>
/// Decides what kind of question it is and which answerer answers it. Pure: the same question and knowledge give the
/// same answer, so it is tested without a database.
/// </summary>
public static class AnswerRouter
{
    public static Answer Route(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        if (HelpAnswerer.IsHelp(q))
        {
            return HelpAnswerer.Answer(q);
        }

        if (k.IsEmpty)
        {
            return new Answer(q.Say("Inga dokument är inlästa ännu, så jag har inget att svara utifrån.", "No documents have been imported yet, so I have nothing to answer from."),
                q.Language, AnswerKind.NotFound, []);
        }

        var singular = q.Has(Cue.Activity);
        var plural = q.Has(Cue.Activities);
        if (q.Has(Cue.Mine) && (singular || plural))
        {
            return ActivityListAnswerer.Mine(q, k);
        }

        PassageAnswerer.PassageMatch? passage = null;
        if (q.Has(Cue.Narrative) && !singular && !plural)
        {
            passage = PassageAnswerer.Find(q, k);
            if (passage is not null)
            {
                return PassageAnswerer.Answer(q, k, passage);
            }
        }

        var owners = OwnerMatcher.Find(q, k);
        var statusCue = q.HasAny(Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone);
        var listCue = plural
            || (!singular && q.HasAny(Cue.HowMany, Cue.Which, Cue.ListVerb) && (statusCue || q.Has(Cue.Overdue) || q.Quarters.Count > 0))
            || (!singular && q.Has(Cue.Overdue))
            || (!singular && owners.Count > 0 && q.HasAny(Cue.Which, Cue.HowMany, Cue.ListVerb, Cue.Owner) && !HasWordsBeyondOwners(q, k, owners));
        if (listCue && !ForecastFirst(q, k))
        {
            return ListAnswer(q, k, owners);
        }

        if (!singular && !plural)
        {
            // A key figure is named by its own words ("sjukfrånvaro"); an occupation ("socialsekreterare") then narrows the rows.
            var named = KeyFigureAnswerer.Match(WithoutOccupations(q), k);
            var figures = named.Score > 0 ? KeyFigureAnswerer.Match(q, k) : named;
            var measureCue = q.HasAny(Cue.Staffing, Cue.Recruitment, Cue.NeedVerb, Cue.NeedNoun, Cue.Forecast);
            if (named.Score >= 2 && !measureCue)
            {
                return KeyFigureAnswerer.Answer(q, k, figures);
            }

            // "Hur många barn per handläggare fanns 2014?": a key-figure year no forecast has.
            if (named.Score >= 1 && !measureCue && q.Years.Years.Count > 0 && KeyFigureAnswerer.HasYears(figures, q.Years.All)
                && !k.ForecastTables.Any(t => q.Years.All.All(t.Years.Contains)))
            {
                return KeyFigureAnswerer.Answer(q, k, figures);
            }

            // "Hur stort lönetillägg fick socialsekreterarna?": other words than a group and no measure or year: the text first.
            var forecastLike = ForecastResolver.LooksLikeForecast(q, k);
            if (forecastLike && !measureCue && q.Years.IsEmpty && HasContentWords(q, k))
            {
                passage ??= PassageAnswerer.Find(q, k);
                if (passage is not null)
                {
                    return PassageAnswerer.Answer(q, k, passage);
                }
            }

            if (forecastLike)
            {
                return ForecastAnswerer.Answer(q, k);
            }

            if (named.Score >= 1 && !q.Has(Cue.Narrative) && q.Years.Years.Count > 0)
            {
                return KeyFigureAnswerer.Answer(q, k, figures);
            }
        }

        var activityCue = singular || statusCue || q.HasAny(Cue.StatusWord, Cue.Owner, Cue.When, Cue.Comment, Cue.Due);
        var hits = ActivityAnswerer.Find(q, k);
        if (hits.Count > 0 && activityCue)
        {
            return ActivityAnswerer.Answer(q, k, hits);
        }

        passage ??= PassageAnswerer.Find(q, k);
        if (passage is not null)
        {
            return PassageAnswerer.Answer(q, k, passage);
        }

        return hits.Count > 0 ? ActivityAnswerer.Answer(q, k, hits) : PassageAnswerer.NotFound(q, k);
    }

    private static bool HasContentWords(QuestionUnderstanding q, KnowledgeSnapshot k) =>
        QueryTerms.For(WithoutOccupations(q) with { Hits = [] }, k.PassageIndex).Any(t => t.Length >= 5);

    // "Vilken status har färdplanen för vårdboende?" names an activity (and, by chance, the owner "Avd-C Vårdboende").
    private static bool HasWordsBeyondOwners(QuestionUnderstanding q, KnowledgeSnapshot k, List<OwnerEntry> owners)
    {
        var ownerWords = owners.SelectMany(o => o.Tokens).ToHashSet();
        var rest = q with { Tokens = [.. q.Tokens.Select(t => ownerWords.Any(o => WordMatch.Match(t, o) >= MatchQuality.Typo) ? "och" : t)] };
        return ActivityAnswerer.Find(rest, k).Count > 0 && (q.HasAny(Cue.StatusWord, Cue.When, Cue.Comment) || !q.HasAny(Cue.Which, Cue.HowMany, Cue.ListVerb));
    }

    // "Hur många undersköterskor behövs?" is a forecast even though "hur många" can start a list.
    private static bool ForecastFirst(QuestionUnderstanding q, KnowledgeSnapshot k) =>
        !q.Has(Cue.Activities) && !q.Has(Cue.Overdue) && q.Occupations.Any(o => !o.IsTotal) && ForecastResolver.LooksLikeForecast(q, k);

    private static Answer ListAnswer(QuestionUnderstanding q, KnowledgeSnapshot k, List<OwnerEntry> owners)
    {
        var filter = ActivityFilter.From(q, owners);
        if (filter.IsEmpty)
        {
            var hits = ActivityAnswerer.Find(q, k);
            if (hits.Count > 0)
            {
                return ActivityListAnswerer.Answer(q, k, filter, [.. hits.Select(h => k.ActivitiesById[h.Key])]);
            }
        }

        return ActivityListAnswerer.Answer(q, k, filter);
    }

    /// <summary>The question with occupation words left out, for key-figure matching ("socialsekreterare" alone is a forecast group).</summary>
    private static QuestionUnderstanding WithoutOccupations(QuestionUnderstanding q)
    {
        var occupationTokens = q.Hits.Where(h => h.Entry.Occupation is not null || h.Entry.Other is not null)
            .SelectMany(h => Enumerable.Range(h.Start, h.Length)).ToHashSet();
        return q with { Tokens = [.. q.Tokens.Where((_, i) => !occupationTokens.Contains(i))] };
    }
}
