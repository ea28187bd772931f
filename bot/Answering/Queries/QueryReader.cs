using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Answerers;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Queries;

/// <summary>A question read into a query, with what the reading already found (so the executor does not search twice).</summary>
public sealed record ReadQuestion(QuestionUnderstanding Understanding, AnswerQuery Query)
{
    internal PassageAnswerer.PassageMatch? Passage { get; init; }

    internal IReadOnlyList<SearchHit> ActivityHits { get; init; } = [];

    internal KeyFigureMatch? Figures { get; init; }

    internal IReadOnlyList<OwnerEntry> OwnerEntries { get; init; } = [];
}

/// <summary>
/// Reads a <see cref="QuestionUnderstanding"/> into an <see cref="AnswerQuery"/> against the knowledge: what is asked
/// (forecast, key figure, activity, list, passage, the knowledge itself, forecast and activities together, help,
/// off-topic), which series and which operation. Pure and cheap: a few lexicon look-ups and at most one search per index.
/// </summary>
public static class QueryReader
{
    public static ReadQuestion Read(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var baseQuery = Base(q, k);
        ReadQuestion Make(QueryTarget target, QueryOperation? operation = null) =>
            new(q, baseQuery with { Target = target, Operation = operation ?? baseQuery.Operation });

        if (HelpAnswerer.IsHelp(q))
        {
            return Make(QueryTarget.Help);
        }

        if (QueryWords.IsOffTopic(q) || QueryWords.IsCommand(q))
        {
            return Make(QueryTarget.OffTopic);
        }

        if (k.IsEmpty)
        {
            return Make(QueryTarget.NoKnowledge);
        }

        // "Har du flera versioner av kompetensförsörjningsplanen 2021?": the year names the document, not a figure's year.
        if (QueryWords.IsAboutKnowledge(q) || (NamesDocumentByYear(q, k) && QueryWords.IsAboutKnowledge(q with { Years = YearSpec.None })))
        {
            return Make(QueryTarget.Knowledge);
        }

        var singular = q.Has(Cue.Activity);
        var plural = q.Has(Cue.Activities);
        if (q.Has(Cue.Mine) && (singular || plural))
        {
            return Make(QueryTarget.MyActivities);
        }

        if (QueryWords.LinksForecastAndActivities(q) && OwnerMatcher.Find(q, k).Count == 0)
        {
            return Make(QueryTarget.ForecastAndActivities);
        }

        if (QueryWords.AsksForGroups(q) && k.ForecastTables.Count > 0)
        {
            return Make(QueryTarget.ForecastGroups, QueryOperation.List);
        }

        PassageAnswerer.PassageMatch? passage = null;
        var documents = baseQuery.Documents;
        // "Vad står i kommentaren om ...?" asks for an activity's comment, not a passage.
        if ((q.Has(Cue.Narrative) || QueryWords.CitesText(q)) && !singular && !plural && !q.Has(Cue.Comment))
        {
            // "What was the sick leave percentage in 2014 according to the indicators?": a cited key figure in the years
            // asked is a figure, not a passage.
            if (!q.Has(Cue.Narrative) && CitedFigure(q, k) is { } cited)
            {
                return Make(QueryTarget.KeyFigure) with { Figures = cited };
            }

            passage = PassageAnswerer.Find(q, k, documents);
            if (passage is not null)
            {
                return Make(QueryTarget.Passage) with { Passage = passage };
            }
        }

        var owners = OwnerMatcher.Find(q, k);
        var statusCue = q.HasAny(Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone);
        var noOwner = QueryWords.AsksForNoOwner(q);
        var byPlan = QueryWords.AsksPerPlan(q);
        var byStatus = QueryWords.AsksPerStatus(q);
        var listCue = plural
            || byStatus
            || (QueryWords.WhatWeDo(q) && q.Occupations.Count == 0 && !q.HasAny(Cue.Recruitment, Cue.Staffing, Cue.NeedNoun, Cue.Narrative, Cue.StatusWord, Cue.Activity))
            || noOwner
            || (byPlan && q.HasAny(Cue.HowMany, Cue.Activities, Cue.Activity))
            || (!singular && q.HasAny(Cue.HowMany, Cue.Which, Cue.ListVerb) && (statusCue || q.Has(Cue.Overdue) || q.Quarters.Count > 0))
            || (!singular && q.Has(Cue.Overdue))
            || (!singular && q.Quarters.Count > 0 && q.HasAny(Cue.Due, Cue.When, Cue.Done, Cue.Which))
            || (!singular && owners.Count > 0 && q.HasAny(Cue.Which, Cue.HowMany, Cue.ListVerb, Cue.Owner) && !HasWordsBeyondOwners(q, k, owners));
        if (listCue && !ForecastFirst(q, k))
        {
            var list = Make(QueryTarget.ActivityList, byPlan ? QueryOperation.GroupByPlan : byStatus ? QueryOperation.GroupByStatus : q.Has(Cue.HowMany) && !q.HasAny(Cue.Which, Cue.ListVerb) ? QueryOperation.Count : QueryOperation.List);
            return list with
            {
                Query = list.Query with
                {
                    Owners = [.. owners.Select(o => o.Display)],
                    NoOwner = noOwner,
                    Topic = QueryWords.Topic(q, k, owners),
                    ListRequested = true,
                },
                OwnerEntries = owners,
            };
        }

        if (!singular && !plural)
        {
            // "Hur många medarbetare behöver komplettera sin behörighet ...?": words no forecast or key figure explains,
            // and a passage that does: the text answers, not a forecast (nor a question back about its year).
            if (!ActivityCue(q) && (ForecastResolver.LooksLikeForecast(q, k) || KeyFigureAnswerer.Match(WithoutOccupations(q), k).Score > 0)
                && Unexplained(q, k) is { Count: >= 2 } unexplained && !YearsInData(q, k)
                && PassageAnswerer.Find(q with { Tokens = unexplained, Hits = [] }, k, documents) is { } explained
                && explained.Hit.Coverage >= ExplainedCoverage && explained.Hit.MatchedTerms.Count >= 2)
            {
                return Make(QueryTarget.Passage) with { Passage = explained };
            }

            // A key figure is named by its own words ("sjukfrånvaro"); an occupation ("socialsekreterare") then narrows the rows.
            var named = KeyFigureAnswerer.Match(WithoutOccupations(q), k);
            var figures = named.Score > 0 ? KeyFigureAnswerer.Match(q, k) : named;
            var measureCue = q.HasAny(Cue.Staffing, Cue.Recruitment, Cue.NeedVerb, Cue.NeedNoun, Cue.Forecast);
            // A key figure has no status: "Have we finished the work on ... employment rate?" asks for an activity.
            var statusAsked = q.HasAny(Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone, Cue.StatusWord)
                && ActivityAnswerer.Find(q, k).Count > 0;
            if (named.Score >= 2 && !measureCue && !statusAsked)
            {
                return Make(QueryTarget.KeyFigure) with { Figures = figures };
            }

            // "Hur många barn per handläggare fanns 2014?": a key-figure year no forecast has.
            if (named.Score >= 1 && !measureCue && q.Years.Years.Count > 0 && KeyFigureAnswerer.HasYears(figures, q.Years.All)
                && !k.ForecastTables.Any(t => q.Years.All.All(t.Years.Contains)))
            {
                return Make(QueryTarget.KeyFigure) with { Figures = figures };
            }

            // "Hur stort lönetillägg fick socialsekreterarna?": other words than a group and no measure or year: the text first.
            var forecastLike = ForecastResolver.LooksLikeForecast(q, k);
            if (forecastLike && !measureCue && q.Years.IsEmpty && HasContentWords(q, k))
            {
                passage ??= PassageAnswerer.Find(q, k, documents);
                if (passage is not null)
                {
                    return Make(QueryTarget.Passage) with { Passage = passage };
                }
            }

            if (forecastLike)
            {
                return Make(QueryTarget.Forecast);
            }

            if (named.Score >= 1 && !q.Has(Cue.Narrative) && q.Years.Years.Count > 0)
            {
                return Make(QueryTarget.KeyFigure) with { Figures = figures };
            }
        }

        var activityCue = singular || ActivityCue(q);
        var hits = ActivityAnswerer.Find(q, k);
        if (hits.Count > 0 && activityCue)
        {
            return Make(QueryTarget.Activity) with { ActivityHits = hits };
        }

        passage ??= PassageAnswerer.Find(q, k, documents);
        if (passage is not null)
        {
            return Make(QueryTarget.Passage) with { Passage = passage };
        }

        return hits.Count > 0 ? Make(QueryTarget.Activity) with { ActivityHits = hits } : Make(QueryTarget.NotUnderstood);
    }

    /// <summary>The series part of the query: what the question names, whatever is asked.</summary>
    private static AnswerQuery Base(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var operation = QueryWords.Compares(q) && q.Occupations.Count(o => !o.IsTotal) >= 2 ? QueryOperation.Compare
            : q.HasAny(Cue.Largest) ? QueryOperation.Max
            : q.HasAny(Cue.Smallest) ? QueryOperation.Min
            : q.Has(Cue.Share) ? QueryOperation.Share
            : q.Has(Cue.Average) ? QueryOperation.Average
            : q.Has(Cue.Sum) ? QueryOperation.Sum
            : q.Has(Cue.Change) ? (q.Has(Cue.Percent) ? QueryOperation.PercentChange : QueryOperation.Difference)
            : q.Has(Cue.HowMany) && q.HasAny(Cue.Activities, Cue.Activity) ? QueryOperation.Count
            : q.HasAny(Cue.Which, Cue.ListVerb) && q.HasAny(Cue.Activities) ? QueryOperation.List
            : q.Has(Cue.Series) ? QueryOperation.Series
            : QueryOperation.Value;
        var groups = k.ForecastTables.FirstOrDefault() is { } table
            ? q.Occupations.SelectMany(o => table.Groups.Where(g => o.IsGroup(TextFold.Fold(g)))).Distinct().ToList()
            : [];
        return new AnswerQuery
        {
            Target = QueryTarget.NotUnderstood,
            Operation = operation,
            Measure = q.Has(Cue.Recruitment) ? "rekryteringsbehov" : q.HasAny(Cue.Staffing, Cue.StaffWord) ? "personalbehov" : null,
            Groups = groups,
            Years = q.Years.IsRange ? [] : q.Years.Years,
            FromYear = q.Years.IsRange ? q.Years.From : null,
            ToYear = q.Years.IsRange ? q.Years.To : null,
            Quarters = q.Quarters,
            Documents = QueryWords.Documents(q, k),
            Statuses = ActivityFilter.From(q, []).Statuses, // what the executor filters on, so --explain shows it
            Overdue = q.Has(Cue.Overdue),
            ListRequested = q.HasAny(Cue.Activities, Cue.Which, Cue.HowMany, Cue.ListVerb),
            ShowAll = QueryWords.ShowAll(q),
        };
    }

    /// <summary>Whether the question names a document and every year it names is in that document's title or period.</summary>
    private static bool NamesDocumentByYear(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        if (q.Years.Years.Count == 0 || q.Years.IsRange)
        {
            return false;
        }

        var named = QueryWords.Documents(q, k).Select(id => k.Documents[id]).ToList();
        return named.Count > 0 && q.Years.Years.All(y => named.Any(d => d.Year == y
            || d.Title.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
    }

    /// <summary>Words that ask about an activity: a status, an owner, a deadline, a comment.</summary>
    private static bool ActivityCue(QuestionUnderstanding q) =>
        q.HasAny(Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone, Cue.StatusWord, Cue.Owner, Cue.When, Cue.Comment, Cue.Due);

    /// <summary>How much of the words no forecast or key figure explains a passage must cover to answer instead.</summary>
    private const double ExplainedCoverage = 0.6;

    /// <summary>
    /// The question's content words that nothing structured explains: no cue or occupation read them, they are no year,
    /// no stop word and no word of a key figure's label or table. Two or more of them ask about something the text says.
    /// </summary>
    private static List<string> Unexplained(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var read = q.Hits.SelectMany(h => Enumerable.Range(h.Start, h.Length)).ToHashSet();
        var figureWords = k.FigureRows.SelectMany(r => r.RowWords.Concat(r.TableWords)).Where(w => w.Length >= 5).ToHashSet(StringComparer.Ordinal);
        var titleWords = k.Documents.Values.SelectMany(d => TextFold.Tokens(d.Title)).Where(w => w.Length >= 8).ToHashSet(StringComparer.Ordinal);
        return [.. q.Tokens
            .Where((t, i) => !read.Contains(i) && t.Length >= 5 && !char.IsDigit(t[0]) && !QueryTerms.Stop.Contains(t))
            .Where(t => !figureWords.Any(w => WordMatch.Match(t, w) >= MatchQuality.Typo || w.StartsWith(t, StringComparison.Ordinal)))
            .Where(t => !titleWords.Any(w => t.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(t, StringComparison.Ordinal))) // names a document
            .Distinct()];
    }

    /// <summary>Whether the forecast or a key figure has every year the question names (then those answer, not the text).</summary>
    private static bool YearsInData(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var years = q.Years.All.ToList();
        return years.Count > 0
            && (k.ForecastTables.Any(t => years.All(t.Years.Contains)) || years.All(y => k.Figures.Any(f => f.Year == y)));
    }

    /// <summary>A key figure the question names by its own words (not only an occupation) that has every year asked.</summary>
    private static KeyFigureMatch? CitedFigure(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        if (q.Years.Years.Count == 0 || q.HasAny(Cue.Staffing, Cue.Recruitment, Cue.NeedVerb, Cue.NeedNoun, Cue.Forecast))
        {
            return null;
        }

        var named = KeyFigureAnswerer.Match(WithoutOccupations(q), k);
        var figures = named.Score > 0 ? KeyFigureAnswerer.Match(q, k) : named;
        return named.Score >= 2 && KeyFigureAnswerer.HasYears(figures, q.Years.All) ? figures : null;
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

    /// <summary>The question with occupation words left out, for key-figure matching ("socialsekreterare" alone is a forecast group).</summary>
    internal static QuestionUnderstanding WithoutOccupations(QuestionUnderstanding q)
    {
        var occupationTokens = q.Hits.Where(h => h.Entry.Occupation is not null || h.Entry.Other is not null)
            .SelectMany(h => Enumerable.Range(h.Start, h.Length)).ToHashSet();
        return q with { Tokens = [.. q.Tokens.Where((_, i) => !occupationTokens.Contains(i))], Occupations = [] };
    }
}
