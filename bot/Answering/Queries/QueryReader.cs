using System.Text.RegularExpressions;
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

    /// <summary>A link whose subject picks the activities still shows the forecast figure asked beside it.</summary>
    internal bool WithFigure { get; init; }
}

/// <summary>
/// One way to read a question (a forecast value, one activity, a passage, ...), with the score its evidence gives it and
/// that evidence in words, for `ask --explain`. <see cref="Choice"/> is the question a button would ask for this reading
/// when two readings are close and the engine asks which one is meant.
/// </summary>
internal sealed record Reading(ReadQuestion Read, double Score, IReadOnlyList<string> Evidence)
{
    public QueryTarget Target => Read.Query.Target;

    public string? Choice { get; init; }

    public string Describe() => $"{Target} {Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} ({string.Join("; ", Evidence)})";
}

/// <summary>
/// Reads a <see cref="QuestionUnderstanding"/> into an <see cref="AnswerQuery"/> against the knowledge: what is asked
/// (forecast, key figure, activity, list, passage, the knowledge itself, forecast and activities together, help,
/// off-topic), which series and which operation. It builds every candidate reading the question's evidence supports,
/// scores each (the cue words that support it, how much of the question its match explains, what is left unexplained)
/// and picks the best; two close readings that would answer differently become one short question back. Pure and cheap:
/// a few lexicon look-ups and each matcher run at most once.
/// </summary>
public static partial class QueryReader
{
    /// <summary>An activity whose subject a status question names: above a key figure with the same word (5.3).</summary>
    private const double StatusActivityScore = 5.4;

    /// <summary>Two readings closer than this, with different answers, are asked about instead of guessed.</summary>
    private const double CloseScores = 0.1;

    /// <summary>A document's opening section named ("enligt inledningen"): its text, above a forecast or a link the
    /// question's measure would read (up to 7.1).</summary>
    private const double IntroductionScore = 7.4;

    [GeneratedRegex(@"\b(?:(?<last>sista|slutliga)\s+(?:prognosaret|prognosar|aret\s+i\s+prognosen|prognos\s*aret)|(?<first>forsta)\s+(?:prognosaret|prognosar|aret\s+i\s+prognosen)|(?:the\s+)?(?:(?<last>last|final)|(?<first>first))\s+(?:forecast\s+year|year\s+of\s+the\s+forecast|year\s+in\s+the\s+forecast))\b")]
    private static partial Regex ForecastEndYear();

    /// <summary>
    /// "det sista prognosåret", "sista året i prognosen", "the final forecast year" (and the first): with no year written,
    /// the forecast table's last (first) year.
    /// </summary>
    private static QuestionUnderstanding WithForecastEndYear(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        if (!q.Years.IsEmpty || k.ForecastTables.Count == 0 || ForecastEndYear().Match(q.Folded) is not { Success: true } m)
        {
            return q;
        }

        var table = k.ForecastTables[0];
        return q with { Years = new YearSpec([m.Groups["last"].Success ? table.LastYear : table.FirstYear], null, null) };
    }

    public static ReadQuestion Read(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        q = WithForecastEndYear(WithoutTyposOfTextWords(q, k), k);
        var readings = Readings(q, k);
        var ranked = readings.Select((r, i) => (Reading: r, Order: i)).OrderByDescending(x => x.Reading.Score).ThenBy(x => x.Order).Select(x => x.Reading).ToList();
        var best = ranked[0];
        var runnerUp = ranked.Skip(1).FirstOrDefault(r => r.Target != best.Target);
        string why;
        if (runnerUp is not null && best.Score - runnerUp.Score < CloseScores && best.Choice is not null && runnerUp.Choice is not null
            && !string.Equals(best.Choice, runnerUp.Choice, StringComparison.Ordinal))
        {
            why = $"{best.Target} and {runnerUp.Target} are within {CloseScores.ToString(System.Globalization.CultureInfo.InvariantCulture)}: ask which is meant";
            var choices = ranked.Where(r => r.Choice is not null && best.Score - r.Score < CloseScores).Select(r => r.Choice!).Distinct().Take(3).ToList();
            best = new Reading(best.Read with { Query = best.Read.Query with { Target = QueryTarget.Choose, Choices = choices } }, best.Score, best.Evidence);
        }
        else
        {
            why = runnerUp is null ? $"{best.Target}: the only reading" : $"{best.Target} {Score(best.Score)} over {runnerUp.Target} {Score(runnerUp.Score)}";
        }

        // "What is the budget for the BEATA implementation?", "vad kostar rekryteringsbehovet?": an amount of money asked of the
        // (an activity whose name has the word, also inside a compound, "referenskostnader R9", is named by it, not asked its cost)
        // forecast (which counts people) or of an activity whose text states none: no figure of theirs answers it. The text
        // answers when a passage speaks of that amount ("23 medarbetare motsvarande 14 miljoner kronor"); one that only
        // shares the subject ("Vad kostar bemanningspoolen?") does not.
        if (QueryWords.AmountAsked(q) is { } amount && best.Target is QueryTarget.Forecast or QueryTarget.Activity or QueryTarget.Passage
            && !(best.Target == QueryTarget.Activity && best.Read.ActivityHits.Count > 0 && k.ActivityWords[best.Read.ActivityHits[0].Key] is WordList words
                && (words.HasWordStartingWith(amount.Stem) || amount.Stem.Length >= 5 && words.Any(w => w.Contains(amount.Stem, StringComparison.Ordinal)))
                && NamedBeyondAmount(best.Read.ActivityHits[0], amount.Stem)))
        {
            var text = best.Target == QueryTarget.Passage ? best.Read.Passage
                : ranked.FirstOrDefault(r => r.Target == QueryTarget.Passage)?.Read.Passage ?? PassageAnswerer.Find(q, k, best.Read.Query.Documents);
            if (text is not null && StatesAmount(text.Passage.Text, amount.Stem) && !LacksBracketedName(q, text.Passage.Text))
            {
                if (best.Target != QueryTarget.Passage)
                {
                    why = $"{best.Target} has no {amount.English}; a passage states one";
                    best = new Reading(best.Read with { Query = best.Read.Query with { Target = QueryTarget.Passage }, Passage = text }, best.Score, best.Evidence);
                }
            }
            else
            {
                why = $"{best.Target} has no {amount.English} (asked): say so";
                best = new Reading(best.Read with { Query = best.Read.Query with { Target = QueryTarget.NoAmount, Topic = [q.Say(amount.Swedish, amount.English)] } }, best.Score, best.Evidence);
            }
        }

        // "How many social workers did we actually hire in 2023?", "hur många anställde vi faktiskt 2023?": what happened is
        // asked, and the forecast holds what is needed. Its need is no count of hires: said, with no figure.
        if (best.Target == QueryTarget.Forecast && QueryWords.AsksOutcome(q))
        {
            why = "an outcome asked (hired, actually), which the forecast's needs are not: say so";
            best = new Reading(best.Read with { Query = best.Read.Query with { Target = QueryTarget.NoOutcome } }, best.Score, best.Evidence);
        }

        // "how many open vacancies do we have right now?", "hur många socsek har slutat hittills i år?": a count as it stands
        // now, of people or posts and not of activities. The documents hold plans and forecasts for years, no current figures:
        // said, with no figure.
        if (QueryWords.AsksCurrentCount(q)
            && (best.Target is QueryTarget.Forecast or QueryTarget.ForecastGroups or QueryTarget.KeyFigure
                || best.Target == QueryTarget.ActivityList && best.Read.Query.Topic.Count > 0
                    && !q.HasAny(Cue.Activity, Cue.Activities, Cue.StatusWord, Cue.Owner, Cue.Overdue, Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.Due, Cue.Mine)))
        {
            why = "a count asked as it stands now (right now, so far this year), which the plans and forecasts do not hold: say so";
            best = new Reading(best.Read with { Query = best.Read.Query with { Target = QueryTarget.NoCurrentFigure } }, best.Score, best.Evidence);
        }

        // "rekbehov för min hemtjänstenhet 2026", "pb för vårt team": the forecast is per occupation group for the whole
        // committee; its figure is no unit's. Said, with no figure, and the committee's figure offered as a button.
        if (best.Target is QueryTarget.Forecast or QueryTarget.ForecastGroups && QueryWords.AsksUnitBelowCommittee(q))
        {
            why = "a unit, team or group below the committee asked, and the forecast is the whole committee's: say so";
            best = new Reading(best.Read with { Query = best.Read.Query with { Target = QueryTarget.NoUnitFigure } }, best.Score, best.Evidence);
        }

        return best.Read with
        {
            Query = best.Read.Query with { Readings = [.. ranked.Select(r => r.Describe())], Decision = why },
        };
    }

    /// <summary>
    /// "Vad gör vi ihop med länet?": "länet" is one letter from the status word "läget", but the texts use it ("Samverkan i
    /// länet"): a word of the documents is read as itself, not corrected to a cue. A word no text has ("stauts") is still a
    /// typo of one.
    /// </summary>
    private static QuestionUnderstanding WithoutTyposOfTextWords(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        if (k.IsEmpty)
        {
            return q;
        }

        var written = TextFold.WrittenForms(q.Text);
        var words = q.Hits.Where(h => h.Entry.Cue is not null && h.Quality == MatchQuality.Typo && h.Length == 1
                && q.Tokens[h.Start].Length >= 4 && DiffersInside(q.Tokens[h.Start], h.Entry.Words[0])
                && k.PassageIndex.Analyze(written.TryGetValue(q.Tokens[h.Start], out var asWritten) ? asWritten.ToLowerInvariant() : q.Tokens[h.Start])
                    .Any(t => t.Length >= 3 && k.PassageIndex.Has(t)))
            .ToList();
        if (words.Count == 0)
        {
            return q;
        }

        var hits = q.Hits.Except(words).ToList();
        var cues = new HashSet<Cue>(q.Cues);
        foreach (var cue in words.Select(h => h.Entry.Cue!.Value).Where(c => !hits.Any(h => h.Entry.Cue == c)))
        {
            cues.Remove(cue);
        }

        return q with { Hits = hits, Cues = cues, FreeTokens = [.. q.FreeTokens, .. words.Select(h => q.Tokens[h.Start])] };
    }

    /// <summary>A title the question quotes ('Chefskap för välfärdens nya utmaningar', "...", ”...”): three words at least,
    /// not an English possessive ("SKL's ... plan's").</summary>
    internal static string? QuotedTitle(string text) =>
        Quoted().Match(text) is { Success: true } m && m.Groups[1].Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 ? m.Groups[1].Value.Trim() : null;

    [GeneratedRegex(@"(?<!\p{L})['""”“‘’«]([^'""”“‘’«»]{10,}?)['""”“‘’»](?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\(([^()]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    /// <summary>Whether a word differs from a cue word before its last two letters ("länet", "läget"), not only in its ending
    /// as an inflection does ("klarat", "klart"; "genomföras", "genomförs"): an inflected cue is still the cue.</summary>
    private static bool DiffersInside(string token, string cueWord)
    {
        var common = 0;
        while (common < token.Length && common < cueWord.Length && token[common] == cueWord[common])
        {
            common++;
        }

        return common < Math.Min(token.Length, cueWord.Length) - 2;
    }

    /// <summary>
    /// "How many took an assistant nurse exam in 2010 compared to 2015?": the passage that has every year asked (years the
    /// forecast does not have) and shares the most of the question's words (two at least), when the search found none.
    /// </summary>
    private static PassageAnswerer.PassageMatch? PassageWithYears(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyList<int> years)
    {
        var texts = years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var words = q.Tokens.Where(t => t.Length >= 4 && !char.IsDigit(t[0]) && !QueryTerms.Stop.Contains(t))
            .Concat(q.Occupations.SelectMany(o => o.GroupKeywords).Where(w => w.Length >= 4)).Distinct().ToList();
        var best = k.Passages.Where(p => texts.All(y => p.Text.Contains(y, StringComparison.Ordinal)))
            .Select(p => (Passage: p, Matched: words.Where(TextFold.Fold(p.Text).Contains).ToHashSet(StringComparer.Ordinal)))
            .Where(x => x.Matched.Count >= 2)
            .OrderByDescending(x => x.Matched.Count)
            .FirstOrDefault();
        return best.Passage is null || words.Count == 0 ? null
            : new PassageAnswerer.PassageMatch(best.Passage, new SearchHit(best.Passage.Id, best.Matched.Count, (double)best.Matched.Count / words.Count, best.Matched), [.. texts, .. best.Matched]);
    }

    /// <summary>How much of a question an activity must cover for an off-topic word in it to be the activity's subject.</summary>
    private const double SubjectCoverage = 0.75;

    /// <summary>
    /// Whether the question's off-topic words ("schemaläggning", "möte") are words an activity's text has, and one activity
    /// covers most of the question: the question is about that activity ("arbetstidsmodeler och schemaläggning för att
    /// minska sjukfrånvaron - vad har hänt?"), not a request to schedule something.
    /// </summary>
    private static bool OffTopicWordIsActivitySubject(QuestionUnderstanding q, KnowledgeSnapshot k) =>
        !k.IsEmpty && q.Tokens.Where(QueryWords.IsOffTopicWord).ToList() is { Count: > 0 } offTopic
        && offTopic.All(w => k.Activities.Any(a => QueryWords.Concerns(k.ActivityWords[a.Id], w)))
        && ActivityAnswerer.Find(q, k) is [var top, ..] && top.Coverage >= SubjectCoverage;

    /// <summary>
    /// "Hur går det med att öka andelen fast anställda undersköterskor?", "hur går det med kompetens- och karriärmodellen för
    /// usk och ssk?": the words beyond the groups, needs and cue words (two at least) are all one activity's: its status is
    /// asked, not the group's need and what is done about it. "Hur går det med rekryteringen av undersköterskor?" names no
    /// such words and stays a link question. The activities those words find, best first; empty otherwise.
    /// </summary>
    private static List<SearchHit> ActivityNamedBeyondGroups(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        // The groups, the measures and the status words are read; "öka andelen" is the activity's own words here.
        var read = q.Hits.Where(h => h.Entry.Occupation is not null || h.Entry.Other is not null
                || h.Entry.Cue is Cue.Recruitment or Cue.Staffing or Cue.StaffWord or Cue.NeedNoun or Cue.NeedVerb or Cue.Forecast
                    or Cue.StatusWord or Cue.Done or Cue.InProgress or Cue.Remains or Cue.StartingUp or Cue.NotStarted or Cue.NotDone)
            .SelectMany(h => Enumerable.Range(h.Start, h.Length)).ToHashSet();
        var rest = q.Tokens.Where((_, i) => !read.Contains(i)).ToList();
        var subject = q with { Tokens = rest, Hits = [], Occupations = [], OtherOccupations = [] };
        if (QueryTerms.For(subject, k.ActivityIndex).Count < 2)
        {
            return [];
        }

        if (ActivityAnswerer.Find(subject, k) is [var top, ..] hits && top.Coverage >= WholeActivityCoverage)
        {
            return hits;
        }

        // "is the staffing pool (bemanningspool) idea going anywhere?": a word the asker puts in brackets is the name the
        // plans use for the thing; the activity that has it is the one asked about, whatever words surround it.
        var bracketed = Bracketed().Matches(q.Text).SelectMany(m => TextFold.Tokens(m.Groups[1].Value)).ToList();
        return bracketed.Count > 0 && ActivityAnswerer.Find(q with { Tokens = bracketed, Hits = [], Occupations = [], OtherOccupations = [] }, k) is [var named, ..] byName
            && named.Coverage >= WholeActivityCoverage ? byName : [];
    }

    /// <summary>Cues that only shape a question ("vem", "vilka", "hur många", "när"): they name nothing of the plans.</summary>
    private static readonly HashSet<Cue> ShapeCues = [Cue.Which, Cue.HowMany, Cue.Owner, Cue.When, Cue.Greeting, Cue.Help];

    /// <summary>
    /// The question's content words when none of them is one the knowledge has (the passages' or the activities' words,
    /// the glossary's English for them, a document's name) and it names no group, owner, quarter or cue of the plans; empty
    /// otherwise. Words of time ("förra året", "last year") and question words are no content.
    /// </summary>
    private static List<string> ForeignWords(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        if (q.Occupations.Count > 0 || q.OtherOccupations.Count > 0 || q.Quarters.Count > 0 || q.Cues.Any(c => !ShapeCues.Contains(c))
            || QueryWords.IsAboutKnowledge(q) || QueryWords.DocumentsNamedDistinctly(q, k).Count > 0 || OwnerMatcher.Find(q, k).Count > 0)
        {
            return [];
        }

        // A short word's stem begins many of the texts' words ("vann" → "van": "vanligt"): it hits by chance and shows no
        // subject of the plans. A long word the knowledge lacks ("allsvenskan", "melodifestivalen") names what is asked.
        var words = ContentWords(q);
        // (a misspelt word of the texts, "rekryteringstrategier", still begins as one does)
        // A name or abbreviation written in capitals that the texts have ("when is BEATA to be implemented?", "HME", "PM3")
        // is a subject of the plans, however short its stem.
        var written = TextFold.WrittenForms(q.Text);
        return words.Any(w => w.Length >= 6 && !KnowsWord(k, w) && !KnowsWord(k, w[..5])) && !words.Any(w => KnowsWord(k, w, minimumStem: 5))
            && !words.Any(w => IsCapitalised(written.GetValueOrDefault(w, w)) && KnowsWord(k, w)) ? words : [];
    }

    /// <summary>Whether a word is written in capitals only, as an abbreviation or a project's name is ("HME", "BEATA", "PM3").</summary>
    private static bool IsCapitalised(string word) => word.Length >= 2 && word.Any(char.IsUpper) && word.All(c => char.IsUpper(c) || char.IsDigit(c));

    /// <summary>The words of the question that no cue or group read, less question words and words of time.</summary>
    private static List<string> ContentWords(QuestionUnderstanding q)
    {
        var read = q.Hits.SelectMany(h => Enumerable.Range(h.Start, h.Length)).Select(i => q.Tokens[i]).ToHashSet(StringComparer.Ordinal);
        return [.. TextFold.Tokens(YearParser.WithoutRelativeYears(q.Folded))
            .Where(t => !read.Contains(t) && t.Length >= 3 && !char.IsDigit(t[0]) && !QueryTerms.Stop.Contains(t))
            .Distinct()];
    }

    /// <summary>Whether the knowledge has a word: the passages' or the activities' text, or the glossary's English for them.</summary>
    private static bool KnowsWord(KnowledgeSnapshot k, string word, int minimumStem = 1) =>
        k.PassageIndex.Analyze(word).Any(t => t.Length >= minimumStem && k.PassageIndex.Knows(t))
        || k.ActivityIndex.Analyze(word).Any(t => t.Length >= minimumStem && k.ActivityIndex.Knows(t))
        || Glossary.Apply(word) != word || Glossary.SpelledOut(word) is not null
        // the key figures' tables and rows ("sjukfrånvaro"), also misspelt ("sjukfrånvron")
        || word.Length >= 5 && k.FigureWords.Any(f => WordMatch.Match(word, f) >= MatchQuality.Typo || f.StartsWith(word, StringComparison.Ordinal));

    /// <summary>The question's words that no cue or group read and that the passages' vocabulary has.</summary>
    private static List<string> Known(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var read = q.Hits.SelectMany(h => Enumerable.Range(h.Start, h.Length)).ToHashSet();
        return [.. q.Tokens
            .Where((t, i) => !read.Contains(i) && t.Length >= 3 && !char.IsDigit(t[0]) && !QueryTerms.Stop.Contains(t))
            .Where(t => k.PassageIndex.Analyze(t).Any(k.PassageIndex.Knows))
            .Distinct()];
    }

    /// <summary>A folded word as the asker wrote it ("evikomp" → "Evikomp", "sprak" → "språk"), for an answer that repeats it.</summary>
    private static string AsWritten(QuestionUnderstanding q, string folded) => TextFold.WrittenForms(q.Text).GetValueOrDefault(folded, folded);

    /// <summary>The question's own words, for a button that re-asks it in a way that picks one reading.</summary>
    private static string Subject(QuestionUnderstanding q) => q.Text.Trim().TrimEnd('?', '.', '!').Trim();

    private static string Score(double score) => score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The candidate readings, each scored from its evidence. The base weights rank evidence by how specific it is (a
    /// request the assistant does not do, a question about the knowledge, an explicit list, a named key figure, a
    /// forecast group, an activity's words); the match terms (coverage, years found, words left unexplained) move a
    /// reading within and across those ranks.
    /// </summary>
    private static List<Reading> Readings(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var baseQuery = Base(q, k);
        var readings = new List<Reading>();
        ReadQuestion Make(QueryTarget target, QueryOperation? operation = null) =>
            new(q, baseQuery with { Target = target, Operation = operation ?? baseQuery.Operation });
        void Add(ReadQuestion read, double score, params string[] evidence) => readings.Add(new Reading(read, score, evidence));

        if (HelpAnswerer.IsHelp(q))
        {
            Add(Make(QueryTarget.Help), 10, "help words");
            return readings;
        }

        // "arbetstidsmodeller och schemaläggning för att minska sjukfrånvaron": a word of a request outside the plans that an
        // activity is about, in a question an activity covers, is that activity's subject, not a request.
        if (QueryWords.IsOffTopic(q) && !OffTopicWordIsActivitySubject(q, k) || QueryWords.IsCommand(q))
        {
            Add(Make(QueryTarget.OffTopic), 10, QueryWords.IsCommand(q) ? "a command the assistant does not carry out" : "a request outside the plans");
            return readings;
        }

        if (k.IsEmpty)
        {
            Add(Make(QueryTarget.NoKnowledge), 10, "no document imported");
            return readings;
        }

        // "Is it late?", "ändringen då?", "och 2026?", "vem ansvarar?": a follow-up that names nothing. There is no earlier
        // question here to take its subject from, so ask what is meant rather than guess (or list everything).
        if (QueryWords.RefersBackWithoutSubject(q))
        {
            Add(Make(QueryTarget.WhichSubject), 10, "names no subject: a follow-up with nothing to follow");
            return readings;
        }

        // "vem vann allsvenskan förra året?", "who won the football league last year?": no word of the question is one the
        // documents use (their text, the activities, the glossary's English) and nothing names a group, a measure, an owner,
        // a status or a document; a passage it finds shares only its words of time ("förra året"). Outside the plans.
        // A count asked of it ("hur många arbetsskador anmäldes i fjol?") is data the documents lack: said so, not declined.
        if (ForeignWords(q, k) is { Count: > 0 } foreign)
        {
            Add(Make(q.HasAny(Cue.HowMany, Cue.Share, Cue.Percent) ? QueryTarget.NotUnderstood : QueryTarget.OffTopic), 10,
                $"no word the documents use ({string.Join(", ", foreign)}) and nothing of the plans named");
            return readings;
        }

        var documents = baseQuery.Documents;
        var singular = q.Has(Cue.Activity);
        // "In the administration's activity plan, who handles the 500-assignment ...?": "activity plan" names where the one
        // activity asked about is, not a list, when who owns it or how it goes is asked and no list is.
        var plural = q.Has(Cue.Activities) && !(q.Hits.Where(h => h.Entry.Cue == Cue.Activities).All(h => h.Length > 1)
            && q.HasAny(Cue.Owner, Cue.StatusWord) && !q.HasAny(Cue.Which, Cue.ListVerb) && OwnerMatcher.Find(q, k).Count == 0);

        // Each matcher at most once.
        var passageFound = false;
        PassageAnswerer.PassageMatch? passageMatch = null;
        PassageAnswerer.PassageMatch? Passage()
        {
            if (!passageFound)
            {
                passageMatch = PassageAnswerer.Find(q, k, documents);
                passageFound = true;
            }

            return passageMatch;
        }

        List<SearchHit>? hitsFound = null;
        List<SearchHit> Hits() => hitsFound ??= ActivityAnswerer.Find(q, k);
        List<OwnerEntry>? ownersFound = null;
        List<OwnerEntry> Owners() => ownersFound ??= OwnerMatcher.Find(q, k);
        KeyFigureMatch? namedFound = null;
        KeyFigureMatch Named() => namedFound ??= KeyFigureAnswerer.Match(WithoutOccupations(q), k);
        KeyFigureMatch? figuresFound = null;
        KeyFigureMatch Figures() => figuresFound ??= Named().Score > 0 ? KeyFigureAnswerer.Match(q, k) : Named();
        bool? forecastLikeFound = null;
        // "Which groups does the audit say are hard to keep?" (another municipality's audit), "enligt SKL" (the national
        // strategy): a question that names only documents of another municipality than the forecast's, or of none, is
        // asked of them, never answered from the forecast (a plan of the same municipality may still link to it).
        var distinct = QueryWords.DocumentsNamedDistinctly(q, k);
        var forecastNotNamed = distinct.Count > 0 && !k.ForecastTables.Any(t => distinct.Contains(t.DocumentId))
            && distinct.All(id => k.Documents.GetValueOrDefault(id)?.Municipality is not { Length: > 0 } municipality
                || !k.ForecastTables.Any(t => k.Documents.GetValueOrDefault(t.DocumentId)?.Municipality == municipality));
        bool ForecastLike() => forecastLikeFound ??= !forecastNotNamed && ForecastResolver.LooksLikeForecast(q, k);

        // The words asked about ("om heltid", "about full-time work"), searched alone.
        var aboutFound = false;
        PassageAnswerer.PassageMatch? aboutMatch = null;
        PassageAnswerer.PassageMatch? AboutPassage()
        {
            if (!aboutFound)
            {
                aboutFound = true;
                aboutMatch = QueryWords.Topic(q, k, Owners()).Where(w => QueryWords.AfterTopicMarker(q, w)).ToList() is { Count: > 0 } asked
                    && PassageAnswerer.Find(q with { Tokens = asked, Hits = [] }, k, documents) is { } found && found.Hit.Coverage >= ExplainedCoverage
                    ? found : null;
            }

            return aboutMatch;
        }

        // What a text states that no figure or activity has: what something is, and when something was done.
        void AddTextFacts()
        {
            // "Vad är strategiska utvecklingsuppdrag?", "What are ...?": a passage that defines it ("X är särskilda uppdrag
            // som ...") answers, above the activities whose names use the word.
            // "What is the purpose of the activities in the 2024 business plan follow-up?": a year that names the document is
            // no figure's year.
            // "Vad är sjukfrånvaron?": a key figure named and nothing else asks its value (which is asked back), not a definition.
            if (PassageAnswerer.AsksDefinition(q) && !singular && !(Named().Score >= 2 && KeyFigureAnswerer.NamesOnly(q, Named())) && AsksNoFigureOrStatus(NamesDocumentByYear(q, k) ? q with { Years = YearSpec.None } : q) && Passage() is { } defined && defined.Hit.Coverage >= ExplainedCoverage
                && PassageAnswerer.Defines(defined, k))
            {
                Add(Make(QueryTarget.Passage) with { Passage = defined }, DefinitionScore, $"what something is, which a passage defines (coverage {Score(defined.Hit.Coverage)})");
            }

            // "Vilka yrkesgrupper är svårast att rekrytera?", "which groups are hardest to recruit": how hard a group is to
            // get is the text's judgement; the forecast counts how many are needed.
            if (!singular && !plural && q.Years.IsEmpty && q.Tokens.Any(QueryWords.IsDifficultyWord)
                && Passage() is { } hard && hard.Hit.Coverage >= ExplainedCoverage)
            {
                Add(Make(QueryTarget.Passage) with { Passage = hard }, DifficultyInTextScore, $"how hard something is, which a passage judges (coverage {Score(hard.Hit.Coverage)})");
            }

            // "Varför blir det svårare att få tag i usk framöver?", "why did short-term sick leave go up in 2020?", "vad är syftet
            // med nämndsuppdraget om utbildningstjänster?", "how did the pandemic speed up new ways of staffing?": a reason, a
            // purpose or an effect asked is what the text gives; the forecast, a key figure or an activity's row holds none,
            // whatever group, measure or year the question also names. A figure asked beside it ("hur många ... och varför")
            // and an activity's status or owner are still theirs.
            // "sick leave is a big reason we lose people – what's being done and is it on track?": a reason named as the
            // premise, with no "why", while what is done and how it goes is asked, is the link's subject, not a reason asked.
            var reasonIsPremise = !q.Tokens.Any(w => w is "varfor" or "why") && (QueryWords.WhatWeDo(q) || QueryWords.AsksWhatWasDone(q)) && AsksProgress(q);
            if (!singular && !plural && PassageAnswerer.AsksReason(q) && !reasonIsPremise
                && !SureCues(q).Overlaps([Cue.HowMany, Cue.Share, Cue.Percent, Cue.Sum, Cue.Average, Cue.Largest, Cue.Smallest, Cue.StatusWord, Cue.Owner, Cue.Mine, Cue.Due, Cue.Comment])
                && Passage() is { } reason && reason.Hit.Coverage >= ExplainedCoverage)
            {
                Add(Make(QueryTarget.Passage) with { Passage = reason }, ReasonInTextScore, $"a reason, purpose or effect asked, which the text gives (coverage {Score(reason.Hit.Coverage)})");
            }

            // "What did the 2019 manager study ('Chefskap för välfärdens nya utmaningar') point to?": a title quoted that the
            // passage found has word for word names the text asked about; the year and the group word beside it ("2019",
            // "manager") describe that study, they ask no forecast figure.
            if (!singular && !plural && QuotedTitle(q.Text) is { } title && Passage() is { } titled
                && TextFold.SingleSpaced(TextFold.Fold(titled.Passage.Text)).Contains(TextFold.SingleSpaced(TextFold.Fold(title)), StringComparison.Ordinal))
            {
                Add(Make(QueryTarget.Passage) with { Passage = titled }, ReasonInTextScore, $"a title quoted ({title}), which a passage has");
            }

            // "När beslutade kommunstyrelsen ...?", "By when did the auditors want answers?": a time asked, with no year and
            // no status or deadline word (those ask an activity), that a sentence with the question's words states.
            if (!singular && !plural && PassageAnswerer.AsksTime(q) && AsksNoFigureOrStatus(q)
                && Passage() is { } timed && timed.Hit.Coverage >= ExplainedCoverage && PassageAnswerer.StatesTimeOf(timed, k)
                && (Hits().Count == 0 || Hits()[0].Coverage < timed.Hit.Coverage))
            {
                Add(Make(QueryTarget.Passage) with { Passage = timed }, TimeInTextScore, $"a time asked, which a passage states (coverage {Score(timed.Hit.Coverage)})");
            }
        }


        // About the knowledge. "Har du flera versioner av kompetensförsörjningsplanen 2021?": the year names the document.
        var knowledge = QueryWords.IsAboutKnowledge(q) || (NamesDocumentByYear(q, k) && QueryWords.IsAboutKnowledge(q with { Years = YearSpec.None }));
        if (knowledge)
        {
            Add(Make(QueryTarget.Knowledge), 8, "words about the documents themselves");
        }
        else if (QueryWords.AsksStatusKinds(q) && !q.HasAny(Cue.Activity) && QueryWords.Topic(q, k, []).Count(w => w.Length >= 5) <= 2)
        {
            // "Which status categories are used in the 2024 follow-up?": the kinds of status the documents record.
            Add(Make(QueryTarget.Knowledge), 8, "the kinds of status the documents record");
        }
        else if (QueryWords.AsksWhatDocumentIs(q, k))
        {
            // "vad är revisionen för nåt dokument?", "the SKL report, what is it? which year?": the document itself.
            Add(Make(QueryTarget.Knowledge), 8, "what a document named by its kind or author is");
        }
        else if (QueryWords.AsksAboutDocument(q))
        {
            // "Who produced the staffing forecast, and how far ahead does it go?": a document's author or horizon, not its figures.
            Add(Make(QueryTarget.Knowledge), 7.9, "a document named with who made it, when or how far ahead");
        }

        if (q.Has(Cue.Mine) && (singular || plural))
        {
            Add(Make(QueryTarget.MyActivities), 7.5, "'my' with activities");
        }

        // A cost asked ("vad kostar personalökningen enligt PwC?") is in the text, not in a need and its activities.
        // "Hur många tog examen 2015 jämfört med 2010, enligt planen?": years no forecast has, asked of the text ("enligt"
        // cites it here), are the text's figures, not a need and its activities.
        var textYearsOnly = QueryWords.CitesText(q) && q.Years.All.Any() && q.Years.All.All(y => !k.ForecastTables.Any(t => t.Years.Contains(y)));
        // A count of who take an exam or retire ("hur många usk examineras per år ... jämfört med behovet") is no forecast
        // measure, unless one is named ("rekryteringsbehovet", "personalbehovet").
        var flowCount = q.Has(Cue.HowMany) && !q.HasAny(Cue.Staffing, Cue.Recruitment) && TextFold.Tokens(q.Folded).Any(PassageAnswerer.IsUncountedFlow);
        var linked = QueryWords.LinksForecastAndActivities(q);
        if ((linked || FigureWithActivityClause(q, k)) && Owners().Count == 0 && !QueryWords.AsksCost(q) && !forecastNotNamed && !textYearsOnly && !flowCount)
        {
            // "Hur går det med att öka andelen fast anställda undersköterskor?": the status of the activity those words name.
            // A figure asked beside it ("how many ... will we need in 2026 (staffing need), and what is being done about
            // ...") keeps the need and its activities.
            // A measure only stated as the setting ("the forecast shows a big recruitment need – is the staffing pool idea
            // going anywhere?"), with no figure asked (no "how many", no year), still asks the activity's status.
            // A need stated with its year ("ledningen behöver 17 nya 2027, vad gör vi för ...") is the forecast's figure too.
            if ((AsksStatus(q) || q.Folded.Contains("going anywhere", StringComparison.Ordinal)) && !plural && !q.Has(Cue.HowMany)
                && (q.Years.IsEmpty || !q.HasAny(Cue.Staffing, Cue.Recruitment) && !(q.Has(Cue.NeedVerb) && q.ClaimedNumbers.Count > 0))
                && ActivityNamedBeyondGroups(q, k) is { Count: > 0 } namedActivity)
            {
                Add(Make(QueryTarget.Activity) with { ActivityHits = namedActivity }, 7.05, $"a status asked of what one activity names beyond the groups ({Score(namedActivity[0].Coverage)} covered)");
            }

            // A figure beside a clause about something the activities do ("..., har de utrett bemanningspool?"): that subject
            // picks the activities, before the group's.
            var clause = Make(QueryTarget.ForecastAndActivities);
            Add(linked ? clause : clause with { Query = clause.Query with { Topic = LinkAnswerer.Subject(q, k) }, WithFigure = true }, 7,
                linked ? "a forecast group or measure with what is done about it" : "a forecast figure beside a clause about what activities are about");
        }
        // "vilken aktivitet tar tag i det och är den i fas?": which activity takes on a problem asks the same.
        else if ((QueryWords.WhatWeDo(q) && AsksProgress(q) || QueryWords.AsksWhatWasDone(q)) && (!singular || q.Has(Cue.Which)) && Owners().Count == 0 && !q.HasAny(Cue.Mine, Cue.Owner, Cue.HowMany)
            && (q.Occupations.Count == 0 || NoFigureAsked(q)) && q.OtherOccupations.Count == 0 && !QueryWords.AsksCost(q)
            && LinkAnswerer.Subject(q with { Hits = [.. q.Hits.Where(h => h.Entry.Occupation is null && h.Entry.Other is null)] }, k) is { Count: > 0 } problem)
        {
            // "what's being done", "vad har gjorts", "is it handled" ask both in one phrase. A group named with no measure,
            // year or count ("chefers förutsättningar – vad har gjorts?") is part of the subject, not a forecast figure.
            // "sjukfrånvaron är hög, vad gör vi och hur går det?", "staff turnover is high – what actions do we have and how
            // are they going?": what is done about a problem or subject (no group or measure) and how it goes are the
            // activities about it, each with its status, not one activity's row nor the key figure the subject names.
            var link = Make(QueryTarget.ForecastAndActivities);
            Add(link with { Query = link.Query with { Topic = problem } }, 6.4, $"what is done about {string.Join(", ", problem)} and how it goes");
        }

        if (QueryWords.AsksForGroups(q) && k.ForecastTables.Count > 0 && !forecastNotNamed)
        {
            Add(Make(QueryTarget.ForecastGroups, QueryOperation.List), 6.8, "asks which groups the forecast has");
        }

        // "Vad står i kommentaren om ...?" asks for an activity's comment, not a passage.
        // "Vad rekommenderar revisorerna ...", "what did the study find": a finding is the text's, like a narrative cue.
        if ((q.Has(Cue.Narrative) || PassageAnswerer.AsksFinding(q) && !q.HasAny(Cue.Owner, Cue.StatusWord) || QueryWords.CitesText(q) && !CitesActivityName(q, k)) && !singular && !plural && !q.Has(Cue.Comment)
            && !QueryWords.AsksWhatFiguresSay(q) && !(QueryWords.AsksWhatOwnerHas(q) && Owners().Count > 0))
        {
            // "What was the sick leave percentage in 2014 according to the indicators?": a cited key figure in the years
            // asked is a figure, not a passage.
            if (!q.Has(Cue.Narrative) && CitedFigure(q, k) is { } cited)
            {
                Add(Make(QueryTarget.KeyFigure) with { Figures = cited }, 6.6, "a key figure cited with its years");
            }
            // "According to the staffing plan, what is the total recruitment need in 2025?": a measure of the forecast, in
            // a year its table has, cited from the document that holds the table: the table's figure, not a passage.
            else if (!q.Has(Cue.Narrative) && q.HasAny(Cue.Staffing, Cue.Recruitment) && q.Years.Years.Count == 1 && !q.Years.IsRange
                && k.ForecastTables.FirstOrDefault(t => t.Years.Contains(q.Years.Years[0]) && (documents.Count == 0 || documents.Contains(t.DocumentId))) is not null
                && !ActivityCue(q) && !forecastNotNamed)
            {
                Add(Make(QueryTarget.Forecast), 6.6, "a forecast measure cited with a year its table has");
            }
            else if (Passage() is { } cites)
            {
                // "Vad står det i uppföljningen om ESF-ansökan?": the document named records it in an activity's row (its
                // comment), which has every word asked; the text has clearly fewer. The activity answers.
                if (documents.Count > 0 && Hits() is [var row, ..] && row.Coverage >= WholeActivityCoverage
                    && documents.Contains(k.ActivitiesById[row.Key].DocumentId) && cites.Hit.Coverage <= row.Coverage - 0.25)
                {
                    Add(Make(QueryTarget.Activity) with { ActivityHits = Hits() }, 6.6 + row.Coverage / 100, $"the document named has an activity with every word asked ({Score(row.Coverage)}), its text only {Score(cites.Hit.Coverage)}");
                }

                // "Med hur många procent ökar ... enligt texten?": the text states its own percent; it answers, not a computed change.
                Add(Make(QueryTarget.Passage) with { Passage = cites }, 6.5 + cites.Hit.Coverage / 100 + (q.Has(Cue.Percent) && PassageAnswerer.StatesPercent(cites.Passage.Text) ? 0.6 : 0), $"narrative or cited text; passage coverage {Score(cites.Hit.Coverage)}");
            }
            else if (AboutPassage() is { } topicText)
            {
                // "Vad säger planen om socionomprogrammet på LiU?": the whole question finds no passage (the text writes
                // "Linköpings universitet"), the words it asks about do.
                Add(Make(QueryTarget.Passage) with { Passage = topicText }, NarrativeAboutScore, $"narrative; a passage about the words asked about (coverage {Score(topicText.Hit.Coverage)})");
            }
        }

        // "Enligt planens inledning, hur stort är det totala rekryteringsbehovet?", "according to the intro text": a figure the
        // opening section states in words (449 over the period), not the forecast table's per-year values nor activities.
        if (!singular && !plural && PassageAnswerer.NamesIntroduction(q) && Passage() is { } opening && opening.Hit.Coverage >= ExplainedCoverage
            && PassageAnswerer.IsIntroduction(opening.Passage.HeadingPath))
        {
            Add(Make(QueryTarget.Passage) with { Passage = opening }, IntroductionScore, $"the introduction named, a passage of it covers {Score(opening.Hit.Coverage)}");
        }

        AddTextFacts();

        // "Barn och unga behörighet – vad gäller för dom som anställdes före 1 juli 2014?": a year written in a date (a day
        // and a month) is a date the text states (a rule's cut-off), not a year of the key figures or the forecast.
        if (!singular && !plural && DateAsked(q.Folded) is { } date && Passage() is { } dated && dated.Hit.Coverage >= ExplainedCoverage
            && TextFold.Fold(dated.Passage.Text).Contains(date, StringComparison.Ordinal))
        {
            Add(Make(QueryTarget.Passage) with { Passage = dated }, 5.35, $"a date asked ({date}), which a passage states (coverage {Score(dated.Hit.Coverage)})");
        }

        // "kostnadsreducering, vad tänker förvaltningen göra?": what is done about a subject no activity is about, which the
        // text heads a section with (a directive), is that section's, not a list of activities that share the question's
        // other words. A status read only from a typo ("länet" is one letter from "läget") asks none.
        if (QueryWords.WhatWeDo(q) && !singular && !plural && q.Occupations.Count == 0
            && !SureCues(q).Overlaps([Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone, Cue.StatusWord])
            && Passage() is { } headed && headed.Hit.Coverage >= ExplainedCoverage && HeadsSubjectNoActivityHas(q, k, headed) is { } heading)
        {
            Add(Make(QueryTarget.Passage) with { Passage = headed }, 6.05, $"what is done about {heading}, which a section of the text is headed by and no activity is about");
        }

        var owners = Owners();
        var statusCue = q.HasAny(Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone);
        var noOwner = QueryWords.AsksForNoOwner(q);
        var byPlan = QueryWords.AsksPerPlan(q);
        var byStatus = QueryWords.AsksPerStatus(q);
        var listEvidence = new List<string>();
        void ListIf(bool condition, string evidence)
        {
            if (condition)
            {
                listEvidence.Add(evidence);
            }
        }

        // "Vilka aktiviteter finns under målet ...", "fall under broadened recruitment": a heading of the plans, whose
        // activities are asked for, above a forecast measure the heading happens to name (7).
        // "Vad finns under hållbart arbetsliv i förvaltningens aktivitetsplan?": an activity plan named is a list of
        // activities, as the plural is.
        // "Under hållbar kompetensförsörjning, vad är fortfarande på gång?", "vad gör avd Myndighet och Kvalité under säkra
        // kompetensförsörjningen ...?": a status or an owner asked under a heading of the plans is a list too; only
        // activities have either.
        var underHeading = (plural || NamesActivityPlan(q) || !singular && (statusCue || owners.Count > 0)) && ActivityListAnswerer.UnderHeading(q, k) is not null;
        ListIf(plural, "activities (plural)");
        ListIf(!singular && statusCue && QueryWords.AsksWhetherAnythingExists(q), "whether anything with a status exists");
        ListIf(underHeading, "under a heading of the plans");
        ListIf(byStatus, "per status");
        // "Vad kan den lokala nivån göra enligt SKL?": what is done, asked only of documents that have no activities (a
        // strategy's text), is their text's, not the plans' activities.
        var documentsWithoutActivities = documents.Count > 0 && !k.Activities.Any(a => documents.Contains(a.DocumentId));
        // "samverkansgruppen ... – vad ska den göra?": what a group the text names is to do is the text's, not our activities.
        ListIf(QueryWords.WhatWeDo(q) && !documentsWithoutActivities && !QueryWords.AsksWhatNamedGroupDoes(q) && q.Occupations.Count == 0 && !q.HasAny(Cue.Recruitment, Cue.Staffing, Cue.NeedNoun, Cue.Narrative, Cue.StatusWord, Cue.Activity, Cue.Owner, Cue.When), "what we do");
        ListIf(noOwner, "without an owner");
        // (an activity plan named is one even when "strategic" also names the strategy, which has none)
        ListIf((!documentsWithoutActivities || NamesActivityPlan(q)) && QueryWords.AsksPlanAreas(q), "the areas of a plan");
        ListIf(byPlan && q.HasAny(Cue.HowMany, Cue.Activities, Cue.Activity), "per plan");
        ListIf(!singular && q.HasAny(Cue.HowMany, Cue.Which, Cue.ListVerb) && (statusCue || q.Has(Cue.Overdue) || q.Quarters.Count > 0), "which/how many with a status, overdue or quarter");
        ListIf(!singular && q.Has(Cue.Overdue), "overdue");
        // "Vad är inte påbörjat än?", "vad är klart?", "what's still in progress?": a status and nothing else named (no activity,
        // owner, group, year or document) asks which activities have it, as "vad ligger efter?" asks which are late.
        // A document with activities named beside it ("vad står som kvarstår eller uppstart i uppföljningen?") only says where.
        ListIf(!singular && statusCue && owners.Count == 0 && q.Occupations.Count == 0 && q.Years.IsEmpty
            && (documents.Count == 0 || documents.All(d => k.Activities.Any(a => a.DocumentId == d)))
            && QueryWords.Topic(q, k, owners).Count == 0, "a status and nothing else named");
        // "Vilken aktivitet har status Kvarstår?", "finns det någon aktivitet som bara är i Uppstart?": one activity asked
        // only by the plan's own status word (after "status", or "bara"/"only" before it) and nothing else is the rows so
        // marked, however few, not the one activity whose text happens to have the other words.
        // "Finns det någon aktivitet med slutförande Q1 som fortfarande står som pågående?": whether one exists with a status
        // (and a quarter) is the same list.
        ListIf(singular && statusCue && owners.Count == 0 && q.Occupations.Count == 0 && (NamesPlanStatusWord(q) || QueryWords.AsksWhetherActivityExists(q))
            && (documents.Count == 0 || documents.All(d => k.Activities.Any(a => a.DocumentId == d)))
            && QueryWords.Topic(q, k, owners).All(t => t is "bara" or "endast" or "enbart" or "only"), "one activity asked by the plan's status word and nothing else");
        ListIf(!singular && q.Quarters.Count > 0 && q.HasAny(Cue.Due, Cue.When, Cue.Done, Cue.Which), "a quarter");
        // "vad står som kvarstår eller uppstart?", "what is remaining or starting up?": two statuses named together are no one
        // activity's status (a row has one): the activities that have either.
        var twoStatuses = !singular && owners.Count == 0 && q.Occupations.Count == 0 && q.Years.IsEmpty
            && SureCues(q).Count(c => c is Cue.Done or Cue.InProgress or Cue.Remains or Cue.StartingUp or Cue.NotStarted or Cue.NotDone) >= 2;
        ListIf(twoStatuses, "two statuses named together");
        // "Hur många hot- och våldsincidenter rapporterades på vårdboendena?": a count of something no text or activity has
        // ("våldsincidenter"), an owner named in passing ("vårdboendena"), is no count of that owner's activities.
        var countsUnknown = q.Has(Cue.HowMany) && ContentWords(q).Any(w => w.Length >= 5 && !KnowsWord(k, w));
        ListIf(!singular && owners.Count > 0 && q.HasAny(Cue.Which, Cue.HowMany, Cue.ListVerb, Cue.Owner) && !countsUnknown && !HasWordsBeyondOwners(q, k, owners), "an owner");
        // "Vad har avd HR och kompetensförsörjning på sitt bord?": what an owner has, and nothing else named, is its activities.
        // ("What does the HR manager have on her plate?": "manager" names the owner's role, not the forecast's managers.)
        var ownerHas = !singular && owners.Count > 0 && QueryWords.AsksWhatOwnerHas(q) && !HasWordsBeyondOwners(q, k, owners);
        ListIf(ownerHas, "what an owner has");
        // "Vad gör HR-chef och ekonomichef tillsammans?", "what do the HR manager and the CFO do jointly?": two owners named as
        // working together, and nothing else named, are the activities they own together.
        var ownersTogether = !singular && owners.Count >= 2 && QueryWords.AsksJointOwners(q) && !HasWordsBeyondOwners(q, k, owners);
        ListIf(ownersTogether, "owners named together");
        // "Vad har direktören som fortfarande pågår?": an owner with a status and no activity named lists that owner's activities.
        ListIf(!singular && owners.Count > 0 && statusCue && !HasWordsBeyondOwners(q, k, owners), "an owner with a status");
        // "Vad har direktören gjort klart inom Medarbetare?", "what has the HR manager finished under Goda arbetsplatser?": an
        // owner with a status under a heading of the plans is that owner's activities there (a "chef" in the owner's title
        // names no forecast group).
        var ownerUnderHeading = !singular && owners.Count > 0 && statusCue && ActivityListAnswerer.UnderHeading(q, k, within: true) is not null;
        ListIf(ownerUnderHeading, "an owner with a status under a heading");
        if (listEvidence.Count > 0 && (!ForecastFirst(q, k) || ownerHas || ownerUnderHeading || ownersTogether))
        {
            var list = Make(QueryTarget.ActivityList, byPlan ? QueryOperation.GroupByPlan : byStatus ? QueryOperation.GroupByStatus : q.Has(Cue.HowMany) && !q.HasAny(Cue.Which, Cue.ListVerb) ? QueryOperation.Count : QueryOperation.List);
            Add(list with
            {
                Query = list.Query with
                {
                    Owners = [.. owners.Select(o => o.Display)],
                    NoOwner = noOwner,
                    Topic = QueryWords.Topic(q, k, owners),
                    ListRequested = true,
                },
                OwnerEntries = owners,
            }, underHeading || ownerUnderHeading || twoStatuses ? 7.1 : 6, [.. listEvidence]);
        }

        var measureCue = q.HasAny(Cue.Staffing, Cue.Recruitment, Cue.NeedVerb, Cue.NeedNoun, Cue.Forecast);
        // "hur stort är behovet 2025?", "what is the need in 2026?": a need and a year, and nothing that says which need or
        // whose, is asked back (staffing or recruitment need, which group), never a passage that happens to say "behovet".
        if (!singular && !plural && QueryWords.NeedWithoutWhich(q, k))
        {
            Add(Make(QueryTarget.Forecast), 5.2, "a need and a year, with no measure, group or subject");
        }

        if (!singular && !plural)
        {
            // "Hur många medarbetare behöver komplettera sin behörighet ...?": words no forecast or key figure explains,
            // and a passage that does: the text answers, not a forecast (nor a question back about its year).
            // ... also for years the data has, when the passage states a figure for exactly those years with the question's
            // words ("hur många går i pension 2020-2027": "... gå i pension mellan år 2020-2027, är närmare 280 medarbetare").
            if (!ActivityCue(q) && (ForecastLike() || Named().Score > 0)
                && Unexplained(q, k) is { Count: >= 2 } unexplained
                && PassageAnswerer.Find(q with { Tokens = unexplained, Hits = [] }, k, documents) is { } explained
                && explained.Hit.Coverage >= ExplainedCoverage && explained.Hit.MatchedTerms.Count >= 2
                && (!YearsInData(q, k) || PassageAnswerer.StatesFigureFor(q, explained, k)))
            {
                // The passage the whole question finds answers, when it has those words too: the group or measure the
                // question names picks the sentence ("personalbehovet för myndighetsutövare ... vad kostar det").
                var whole = Passage();
                var wholeTerms = whole is null ? null : k.PassageTerms.Terms(whole.Passage.Text);
                if (wholeTerms is not null && explained.Hit.MatchedTerms.All(t => SearchIndex.Matches(t, wholeTerms)))
                {
                    explained = whole!;
                }

                Add(Make(QueryTarget.Passage) with { Passage = explained }, 5.5, $"{unexplained.Count} words no figure explains, a passage covers {Score(explained.Hit.Coverage)}");
            }

            // A key figure is named by its own words ("sjukfrånvaro"); an occupation ("socialsekreterare") then narrows the rows.
            var named = Named();
            // A key figure has no status: "Have we finished the work on ... employment rate?" asks for an activity. Nor an
            // owner: "Vem ansvarar för att minska sjukfrånvaron?" asks who does the work, which only an activity names.
            var statusAsked = (AsksStatus(q) || q.Has(Cue.Owner))
                && Hits().Count > 0;
            if (named.Score >= 2 && !measureCue && !statusAsked)
            {
                // "What was the staff turnover in August 2020?", "extern personalomsättning senaste siffran i planen 2021": the
                // table lacks the year, a passage states it (or is in the document the year names). "När beslutade
                // kommunstyrelsen ...?": a key figure has values per year, not when something happened.
                // "How many staff retire 2020-2027?": a count for years the table lacks, which a sentence states with the words asked.
                var stated = YearStatedInText(q, k, Figures(), Passage) ?? TimeAskedOfText(q, Passage)
                    ?? (!q.Years.IsEmpty && !KeyFigureAnswerer.HasYears(Figures(), q.Years.All) && Passage() is { } counted && counted.Hit.Coverage >= ExplainedCoverage
                        && PassageAnswerer.StatesFigureFor(q, counted, k) ? counted : null);
                if (stated is null && q.Years.Years.Count > 0 && !KeyFigureAnswerer.HasYears(Figures(), q.Years.All) && Passage() is { } inText
                    && (q.Years.All.All(y => inText.Passage.Text.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
                        || NamesDocumentByYear(q, k) && documents.Contains(inText.Passage.DocumentId))
                    && StatesPercentOf(q, k, inText.Passage.Text))
                {
                    stated = inText;
                }

                if (stated is not null)
                {
                    Add(Make(QueryTarget.Passage) with { Passage = stated }, 5.35, $"the key figure's table lacks a year asked, or a time is asked; a passage covers it (coverage {Score(stated.Hit.Coverage)})");
                }

                Add(Make(QueryTarget.KeyFigure) with { Figures = Figures() }, 5.3, $"key figure named (score {Score(named.Score)})");
            }
            else if (named.Score >= 1 && !measureCue && q.Years.Years.Count > 0 && !(q.Has(Cue.Owner) && Hits().Count > 0) && KeyFigureAnswerer.HasYears(Figures(), q.Years.All)
                && !k.ForecastTables.Any(t => q.Years.All.All(t.Years.Contains)))
            {
                // "Hur många barn per handläggare fanns 2014?": a key-figure year no forecast has.
                Add(Make(QueryTarget.KeyFigure) with { Figures = Figures() }, 5.2, "key figure with a year no forecast has");
            }
            // A key figure named only weakly, by its short name ("HME 2020"), for a year its table lacks: the texts speak of
            // that year's survey, and the passage answers (no "not given for 2020").
            else if (named.Score >= 1 && !q.Has(Cue.Narrative) && q.Years.Years.Count > 0 && !(q.Has(Cue.Owner) && Hits().Count > 0)
                && !(q.Tokens.Any(k.FigureAcronyms.Contains) && !KeyFigureAnswerer.HasYears(Figures(), q.Years.All)))
            {
                if (YearStatedInText(q, k, Figures(), Passage) is { } stated)
                {
                    Add(Make(QueryTarget.Passage) with { Passage = stated }, 4.95, $"a key figure word, its table lacks a year asked; a passage states it (coverage {Score(stated.Hit.Coverage)})");
                }

                Add(Make(QueryTarget.KeyFigure) with { Figures = Figures() }, 4.9, "a key figure word and a year");
            }
            else if (named.Score <= 0 && q.Years.Years.Count > 0 && q.Occupations.Any(o => !o.IsTotal) && !(q.Has(Cue.Owner) && Hits().Count > 0)
                && !k.ForecastTables.Any(t => q.Years.All.All(t.Years.Contains))
                && KeyFigureAnswerer.Match(q, k) is { ColumnNamed: true, Score: >= 2 } byColumn && KeyFigureAnswerer.HasYears(byColumn, q.Years.All))
            {
                // "How many social workers left in 2016?", "monthly paid social workers who started in 2016": no key figure's
                // own words, but a column of its table ("Slutat", "Börjat") and a group it has a row for, in a year it has
                // and no forecast has: the table's cell, not the forecast's (which lacks the year) nor a passage.
                Add(Make(QueryTarget.KeyFigure) with { Figures = byColumn }, 5.2, "a key-figure column and a group, in a year only the table has");
            }

            if (ForecastLike())
            {
                // "Hur stort lönetillägg fick socialsekreterarna?": other words than a group and no measure or year: the text first.
                if (!measureCue && q.Years.IsEmpty && HasContentWords(q, k) && Passage() is { } text)
                {
                    Add(Make(QueryTarget.Passage) with { Passage = text }, 5.1, "a group with other words and no measure or year");
                }

                // "Vad kostar den totala personalökningen?", "... och vad kostar det": the forecast counts people, not money; a
                // passage that states the cost answers.
                if (QueryWords.AsksCost(q) && Passage() is { } cost)
                {
                    Add(Make(QueryTarget.Passage) with { Passage = cost }, 5.2 + cost.Hit.Coverage / 100, $"a cost asked, which the forecast does not have; passage coverage {Score(cost.Hit.Coverage)}");
                }

                // "hur många usk examineras per år?", "hur många går i pension 2020-2027 ... och hur många av dem är
                // myndighetsutövare?": a count of who take an exam or retire, which the forecast does not count (it counts
                // needs); a passage that states such a count with the question's words answers.
                if (flowCount && Passage() is { } flow && PassageAnswerer.StatesFlowCount(q, flow, k))
                {
                    Add(Make(QueryTarget.Passage) with { Passage = flow }, 5.2 + flow.Hit.Coverage / 100, $"a count of who take an exam or retire, which the forecast does not have; passage coverage {Score(flow.Hit.Coverage)}");
                }

                var forecast = new List<string> { "a forecast group or measure" };
                var score = 5.0;
                var outside = q.Years.All.Where(y => !k.ForecastTables.Any(t => t.Years.Contains(y))).ToList();
                if (outside.Count > 0 && q.Years.All.Count() == outside.Count
                    && (Passage() is { } found && (QueryWords.CitesText(q) || outside.Any(y => found.Passage.Text.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))
                        ? found : PassageWithYears(q, k, outside)) is { } old)
                {
                    // "How many took an exam in 2010 compared to 2015, according to the plan?": years no forecast has,
                    // asked of a document's text (cited, or a passage with those years): the text answers, the forecast
                    // only with a refusal.
                    score -= 2.5;
                    forecast.Add("no year asked is in the forecast; the text is cited or has the year");
                    Add(Make(QueryTarget.Passage) with { Passage = old }, 4.2 + old.Hit.Coverage / 100, $"cited text for years outside the forecast; coverage {Score(old.Hit.Coverage)}");
                }

                Add(Make(QueryTarget.Forecast), score, [.. forecast]);
            }
        }

        // Cheap: the readings below score at most this (an activity a status is asked about, else one activity or passage);
        // when one above already scores more, their searches are not run.
        // A comment, like a status, only an activity has.
        // How it goes ("how's the ... thing going", "ligger vi i fas") asks a status too.
        var statusQuestion = AsksStatus(q) || q.Has(Cue.Comment) || AsksProgress(q);
        if (readings.Count > 0 && readings.Max(r => r.Score) > (statusQuestion ? StatusActivityScore : 4.1))
        {
            Add(Make(QueryTarget.NotUnderstood), 0, "activity and passage readings not searched: they could not score more");
            return readings;
        }

        var hits = Hits();
        if (hits.Count == 0 && !plural && AsksStatus(q)
            && QueryWords.Topic(q, k, owners) is { Count: > 0 } statusTopic
            && statusTopic.Where(w => k.Activities.Any(a => QueryWords.Concerns(k.ActivityWords[a.Id], w))).ToList() is { Count: > 0 } subject
            // Most of what is asked about must be what activities are about: "Är Evikompprojektets pilot med drönare
            // klar?" is not the one activity that mentions a pilot.
            && subject.Count * 2 >= statusTopic.Count
            && ActivityAnswerer.Find(q with { Tokens = subject, Hits = [] }, k) is { Count: > 0 } subjectHits)
        {
            // "Have we finished the work on ... a higher employment rate?": a status is asked, and the words that name
            // the subject are what an activity is about (a key figure has no status).
            // "utredningen om arbetstidsmodeller (nattpass, helg)": the one row that is about more of those words than any
            // other (also inside its compounds and comment: "helgarbete") is the one meant, not a question back.
            var concerned = subjectHits.Select(h => (Hit: h, Count: subject.Count(w => QueryWords.Concerns(k.ActivityWords[h.Key], w)))).ToList();
            var most = concerned.Max(x => x.Count);
            if (most >= 2 && concerned.Count(x => x.Count == most) == 1)
            {
                subjectHits = [concerned.First(x => x.Count == most).Hit];
            }

            Add(Make(QueryTarget.Activity) with { ActivityHits = subjectHits }, StatusActivityScore, $"a status asked about {string.Join(", ", subject)}, which an activity is about");
        }

        if (hits.Count > 0 && (singular || ActivityCue(q) || AsksProgress(q)))
        {
            // "När ska utredningen om en bemanningspool vara klar?", "Vad är kommentaren till ...?": a status, deadline or
            // comment asked of what most of the question's words name in one activity; a forecast or key figure has none.
            var named = statusQuestion && !plural && hits[0].Coverage >= NamedActivityCoverage;
            Add(Make(QueryTarget.Activity) with { ActivityHits = hits }, (named ? StatusActivityScore : 4) + hits[0].Coverage / 100,
                named ? $"a status or comment asked of an activity's own words ({Score(hits[0].Coverage)} covered)" : $"activity words ({Score(hits[0].Coverage)} covered) and an activity cue");

            // "I vems regi går medarbetarna stresshanteringsutbildning?": "who" asked of what a passage says in every word
            // and an activity only in part: the text names who. An activity's owner is asked of the activity's own words.
            if (!singular && !plural && AsksWhoOnly(q) && !statusCue && !q.HasAny(Cue.Due, Cue.When, Cue.Comment, Cue.StatusWord)
                && hits[0].Coverage < BareActivityCoverage && Passage() is { } whole && whole.Hit.Coverage >= FullCoverage)
            {
                Add(Make(QueryTarget.Passage) with { Passage = whole }, WhoInTextScore, $"who, asked of what a passage covers wholly and an activity only in part ({Score(hits[0].Coverage)})");
            }
        }
        else if (hits.Count == 0 && singular && q.HasAny(Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone, Cue.StatusWord, Cue.Owner, Cue.When, Cue.Due)
            && QueryWords.Topic(q, k, []) is { Count: > 0 } missing)
        {
            // "Är Evikomp-aktiviteten klar?": an activity asked by name that no activity has: say so, not a passage that mentions the name.
            Add(Make(QueryTarget.MissingActivity) with { Query = baseQuery with { Target = QueryTarget.MissingActivity, Topic = [.. missing.Select(w => AsWritten(q, w))] } }, 3.5, $"an activity asked by name ({string.Join(", ", missing)}) that no activity has");
        }

        // Nothing but a subject ("farmaceutpiloten", "språkkunskaper"): no cue favours the activity or the text, so
        // each scores by how much of the question it covers, and two that cover it alike are asked about.
        var bare = q.Cues.Count == 0 && q.Years.IsEmpty && q.Occupations.Count == 0 && q.OtherOccupations.Count == 0 && q.Quarters.Count == 0;
        var passage = Passage();
        if (passage is not null)
        {
            // "Vad är Evikomp?": what something is, the text defines, not an activity that mentions it.
            readings.Add(new Reading(Make(QueryTarget.Passage) with { Passage = passage }, 3 + passage.Hit.Coverage / (bare ? 1 : 100) + (bare && PassageAnswerer.AsksDefinition(q) ? 0.15 : 0), [$"passage coverage {Score(passage.Hit.Coverage)}; matched {string.Join(", ", passage.Hit.MatchedTerms.Select(t => $"{t} (idf {Score(k.PassageIndex.Idf(t))})"))}"])
            {
                Choice = bare ? q.Say($"Vad står det om {Subject(q)} i planerna?", $"What do the plans say about {Subject(q)}?") : null,
            });
        }

        // With no cue at all, only a strong match answers with an activity: a word split into parts the activities have
        // ("äldreboende" → äldre + boende) counts twice, so a question whose own point ("vad kostar") no activity has can
        // still reach 0.7.
        // "SKL-rapporten: vilka är de nio strategierna?": a document named whose text the passage is from, and no activity
        // of it has the words (the activity found is another document's), asks that document's text.
        var otherDocuments = documents.Count > 0 && passage is not null && documents.Contains(passage.Passage.DocumentId)
            && !hits.Any(h => documents.Contains(k.ActivitiesById[h.Key].DocumentId));
        if (hits.Count > 0 && (!bare || hits[0].Coverage >= BareActivityCoverage) && !otherDocuments)
        {
            var top = k.ActivitiesById[hits[0].Key];
            // "avtalsuppföljning mot välfärdsbrott: hur många möten har arbetsgruppen haft?": one activity's text (its comment)
            // has every word of the question and the best passage clearly fewer: that activity answers, not the passage.
            var whole = !bare && hits[0].Coverage >= WholeActivityCoverage && (passage is null || passage.Hit.Coverage <= hits[0].Coverage - 0.25);
            readings.Add(new Reading(Make(QueryTarget.Activity) with { ActivityHits = hits }, (bare ? 3 : whole ? 3.2 : 2) + hits[0].Coverage / (bare ? 1 : 100),
                [bare ? $"activity words ({Score(hits[0].Coverage)} covered), no cue" : whole ? $"activity words ({Score(hits[0].Coverage)} covered), a passage only {Score(passage?.Hit.Coverage ?? 0)}" : $"activity words ({Score(hits[0].Coverage)} covered)"])
            {
                Choice = bare && hits.Count == 1 ? q.Say($"Status för {ActivityText.Title(top, 80)}", $"Status of {ActivityText.Title(top, 80)}") : null,
            });
        }

        // The words asked about ("om heltid", "about full-time work"), searched alone when the whole question found no passage.
        if (passage is null && !singular && AboutPassage() is { } about)
        {
            Add(Make(QueryTarget.Passage) with { Passage = about }, 2.4, $"a passage about {string.Join(", ", QueryWords.Topic(q, k, owners).Where(w => QueryWords.AfterTopicMarker(q, w)))} (coverage {Score(about.Hit.Coverage)})");
        }

        // "Is there anything in the plans about full-time work?": no passage or activity search matched the whole
        // question, but the words it asks about ("om", "about", "kring" ...) are what activities are about: those activities.
        if (!singular && QueryWords.Topic(q, k, owners).Where(w => QueryWords.AfterTopicMarker(q, w)).ToList() is { Count: > 0 } words
            && words.Where(w => k.Activities.Any(a => QueryWords.Concerns(k.ActivityWords[a.Id], w))).ToList() is { Count: > 0 } topic)
        {
            var list = Make(QueryTarget.ActivityList, q.Has(Cue.HowMany) ? QueryOperation.Count : QueryOperation.List);
            Add(list with { Query = list.Query with { Topic = topic, ListRequested = true } }, 2.5, $"activities are about {string.Join(", ", topic)}");
        }

        // Nothing read the question: the words no cue or group read that the documents' text contains, searched alone
        // (words the documents never use, often English ones, only lower every passage's coverage).
        // What is asked of them ("vad kostar") is no subject: "Vad kostar ett nytt äldreboende?" names none the documents have.
        if (readings.Count == 0 && !countsUnknown && Known(q, k) is { Count: >= 2 } known && known.Count(w => !PassageAnswerer.IsCostWord(w)) >= 2
            && PassageAnswerer.Find(q with { Tokens = known, Hits = [] }, k, documents) is { } plain
            && plain.Hit.Coverage >= ExplainedCoverage && plain.Hit.MatchedTerms.Count >= 2)
        {
            Add(Make(QueryTarget.Passage) with { Passage = plain }, 1.5, $"the words the documents use ({string.Join(", ", known)}) cover {Score(plain.Hit.Coverage)}");
        }

        // "status farmacevtpiloten?": a status asked of something no activity, passage or figure has: say that no activity
        // is about it, rather than a general "not found".
        if (readings.Count == 0 && !plural && AsksStatus(q)
            && QueryWords.Topic(q, k, owners) is { Count: > 0 } unknown)
        {
            Add(Make(QueryTarget.MissingActivity) with { Query = baseQuery with { Target = QueryTarget.MissingActivity, Topic = [.. unknown.Select(w => AsWritten(q, w))] } },
                0.5, $"a status asked of {string.Join(", ", unknown)}, which nothing has");
        }

        Add(Make(QueryTarget.NotUnderstood), 0, "nothing else scored");
        return readings;
    }

    /// <summary>
    /// A word of the question's subject that the passage's own heading has and no activity is about ("kostnadsreducering":
    /// "Direktiv om ökad kostnadsreducering"), or null.
    /// </summary>
    private static string? HeadsSubjectNoActivityHas(QuestionUnderstanding q, KnowledgeSnapshot k, PassageAnswerer.PassageMatch match)
    {
        var heading = k.PassageTerms.Terms(match.Passage.HeadingPath.Split(" › ")[^1]).ToHashSet();
        return QueryWords.Topic(q, k, []).FirstOrDefault(w => w.Length >= 5
            && k.PassageTerms.Terms(w).Any(t => SearchIndex.Matches(t, heading))
            && !k.Activities.Any(a => QueryWords.Concerns(k.ActivityWords[a.Id], w)));
    }

    /// <summary>A date with its day, month and year in the question ("1 juli 2014", "1 July 2014"), folded and in Swedish as
    /// the texts write it; null when none.</summary>
    private static string? DateAsked(string folded)
    {
        var match = DateWritten().Match(folded);
        if (!match.Success)
        {
            return null;
        }

        var month = match.Groups[2].Value;
        var index = Array.IndexOf(EnglishMonths, month);
        return $"{match.Groups[1].Value} {(index >= 0 ? SwedishMonths[index] : month)} {match.Groups[3].Value}";
    }

    private static readonly string[] SwedishMonths = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
    private static readonly string[] EnglishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    [GeneratedRegex(@"\b(\d{1,2}) (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october) (\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateWritten();

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
        var table = k.ForecastTables.FirstOrDefault();
        List<string> GroupsOf(IEnumerable<Occupation> occupations) => table is null ? [] : [.. occupations.SelectMany(o => table.Groups.Where(g => o.IsGroup(TextFold.Fold(g)))).Distinct()];
        var groups = GroupsOf(q.Occupations.Where(o => !q.Excluded.Contains(o)));
        return new AnswerQuery
        {
            Target = QueryTarget.NotUnderstood,
            Operation = operation,
            Measure = q.Has(Cue.Recruitment) ? "rekryteringsbehov" : q.HasAny(Cue.Staffing, Cue.StaffWord) ? "personalbehov" : null,
            Groups = groups,
            Excluded = GroupsOf(q.Excluded),
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

    /// <summary>
    /// Whether an activity is named by more of the question than the amount's word: "vem ansvarar för konkurrenskraftiga
    /// löner" names the plan for competitive salaries (salary its subject), "vad är lönen för en usk?" shares only the
    /// word with it and asks an amount.
    /// </summary>
    private static bool NamedBeyondAmount(SearchHit hit, string stem) =>
        hit.MatchedTerms.Any(t => !t.StartsWith(stem, StringComparison.Ordinal) && !stem.StartsWith(t, StringComparison.Ordinal));

    /// <summary>Whether a text speaks of an amount: its word ("kostnad", "budget", "lön") or a sum in kronor.</summary>
    /// <summary>
    /// "What did we spend on staffing agencies (bemanningsföretag)?": the asker names the thing in the plans' word, in
    /// brackets; a text that has none of those words states the amount of something else ("72 miljoner kronor" for the
    /// staffing increase).
    /// </summary>
    private static bool LacksBracketedName(QuestionUnderstanding q, string text)
    {
        var named = Regex.Matches(q.Text, @"\(([^()]+)\)").SelectMany(m => TextFold.Tokens(m.Groups[1].Value)).Where(w => w.Length >= 4 && !char.IsDigit(w[0])).ToList();
        var folded = TextFold.Fold(text);
        // "Vad kostar BEATA-införandet?": a name in capitals (four letters or more) the text lacks is something else's amount.
        var capitals = Regex.Matches(q.Text, @"(?<!\p{L})\p{Lu}{4,}(?!\p{L})").Select(m => TextFold.Fold(m.Value)).ToList();
        return named.Count > 0 && !named.Any(w => folded.Contains(w.Length > 8 ? w[..^2] : w, StringComparison.Ordinal))
            || capitals.Any(w => !folded.Contains(w, StringComparison.Ordinal));
    }

    private static bool StatesAmount(string text, string stem)
    {
        var folded = TextFold.Fold(text);
        // "Kvarstår från budget 2023 med plan för 2024-2028": a budget named by its year is a decision the text cites, not
        // an amount it states.
        // A salary is spoken of as a subject far more than stated ("konkurrenskraftiga löner", "höja lönerna",
        // "lönebildning"): only a sentence that has the word and a figure ("3,39 procent av lönekostnaderna") or a sum
        // in kronor states one.
        var word = Regex.Escape(stem == "kostar" ? "kost" : stem);
        return Regex.IsMatch(folded, stem == "lon" ? @"\blon\w*[^.]*\d|\d[^.]*\blon" : word + @"\w*(?!\w)(?!\s+(?:for\s+)?(?:19|20)\d\d\b)")
            || folded.Contains("kronor", StringComparison.Ordinal)
            || folded.Contains("mnkr", StringComparison.Ordinal) || folded.Contains("tkr", StringComparison.Ordinal);
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

    /// <summary>
    /// "utveckla organisering enligt PM3", "samverkan enligt MBL", "åtgärder enligt revisionens rekommendationer": what
    /// follows "enligt" is part of an activity's name (the activities' own words, or their plan: "enligt förvaltningens
    /// aktivitetsplan"), not a text the answer is to be cited from ("enligt PwC", "enligt texten").
    /// </summary>
    private static bool CitesActivityName(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var at = q.Tokens.ToList().FindIndex(t => t is "enligt" or "according");
        if (at < 0)
        {
            return false;
        }

        // A letter left of a possessive ("SKL:s" → "skl", "s") is no word.
        var cited = q.Tokens.Skip(at + 1).Where(t => t.Length > 1 && t is not "to" and not "the" && !QueryTerms.Stop.Contains(t)).Take(2).ToList();
        // "vem ansvarar ... och när ska den vara slutförd enligt uppföljningen?": an owner, a time or a status cited from the
        // follow-up (whose activities have them) is that activity's.
        if (cited.Any(t => t.StartsWith("aktivitet", StringComparison.Ordinal))
            || q.Tokens.Skip(at + 1).Take(3).Any(t => t.StartsWith("uppfoljning", StringComparison.Ordinal) || t is "followup" or "follow") && (q.HasAny(Cue.Owner, Cue.When, Cue.Due) || AsksStatus(q)))
        {
            return true;
        }

        // "enligt SKL:s rapport": what follows is the author of a document, so its text is cited.
        if (cited.Count > 0 && QueryWords.IsAuthor(cited[0], k))
        {
            return false;
        }

        return cited.Any(t => !ActivityListAnswerer.PlanPartWords.Contains(t) && QueryWords.Documents(q with { Tokens = [t] }, k).Count == 0
            && k.ActivityIndex.Analyze(t) is { Count: > 0 } terms && terms.All(k.ActivityIndex.Knows));
    }

    /// <summary>
    /// Whether a sentence of the text gives a percent for a word the question asks about ("extern personalomsättning ...
    /// till 0,62 %"): the text states the figure, not only mentions the subject ("sjukfrånvaron ökar marginellt").
    /// </summary>
    private static bool StatesPercentOf(QuestionUnderstanding q, KnowledgeSnapshot k, string text)
    {
        var stems = q.Tokens.Where(t => t.Length >= 6 && !char.IsDigit(t[0]) && !QueryTerms.Stop.Contains(t)).Select(t => t[..6]).Distinct().ToList();
        return stems.Count > 0 && k.PassageTerms.Sentences(text).Any(sentence => (sentence.Contains('%', StringComparison.Ordinal) || sentence.Contains("procent", StringComparison.OrdinalIgnoreCase))
            && TextFold.Fold(sentence) is var folded && stems.Any(s => folded.Contains(s, StringComparison.Ordinal)));
    }

    /// <summary>Words that ask for a status: a status named (klart, pågår ...) or the word "status" itself.</summary>
    /// <summary>"aktivitetsplanen", "the activity plan", "action plan": the question names a plan made of activities.</summary>
    internal static bool NamesActivityPlan(QuestionUnderstanding q) =>
        q.Tokens.Any(t => t.StartsWith("aktivitetsplan", StringComparison.Ordinal) || t.StartsWith("handlingsplan", StringComparison.Ordinal))
        || q.Tokens.Zip(q.Tokens.Skip(1)).Any(p => p.First is "activity" or "action" && p.Second is "plan" or "plans");

    /// <summary>
    /// "personalbehovet usk 2027, har de utrett bemanningspool?", "usk staffing need 2024, and have they strengthened
    /// staffing in rehab?", "admin rekbehov 2024, nåt om att minska chefers admin?", "usk rek 2026 o språkkrav akt status":
    /// a forecast figure (a group or measure and a year) beside a clause that asks of something the activities are about
    /// (its status, whether it was done, whether it helps, anything about it) asks the figure and those activities together.
    /// </summary>
    private static bool FigureWithActivityClause(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        if (q.Years.IsEmpty || !(q.Occupations.Count > 0 && q.HasAny(Cue.Staffing, Cue.Recruitment, Cue.NeedNoun)) || q.HasAny(Cue.Mine, Cue.Owner, Cue.HowMany))
        {
            return false;
        }

        var t = q.Tokens;
        bool Pair(string a, string b) => Enumerable.Range(0, Math.Max(0, t.Count - 1)).Any(i => t[i] == a && t[i + 1] == b);
        var done = t.Where((w, i) => i + 2 < t.Count && w is "har" or "have" or "has" && t[i + 1] is "de" or "dom" or "ni" or "vi" or "man" or "they" or "we" or "it"
            && t[i + 2].Length >= 4).Any();
        var asks = AsksStatus(q) || done || Pair("nat", "om") || Pair("nagot", "om") || Pair("anything", "about") || Pair("something", "about")
            || t.Any(w => w is "hjalper" or "hjalpa" or "help" or "helps" or "helping");
        if (!asks)
        {
            return false;
        }

        // Words beyond the groups, measures and cues that some activity is about ("bemanningspool", "chefers", "språkkrav").
        return LinkAnswerer.Subject(q, k).Count > 0;
    }

    private static bool AsksStatus(QuestionUnderstanding q) =>
        q.HasAny(Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone, Cue.StatusWord);

    /// <summary>
    /// How something goes: a status ("status?", "är det klart?") or its progress ("hur går det", "how are they going",
    /// "is it on track", "ligger vi i fas", "progress").
    /// </summary>
    private static bool AsksProgress(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        bool Pair(string a, string b) => Enumerable.Range(0, Math.Max(0, t.Count - 1)).Any(i => t[i] == a && t[i + 1] == b);
        return AsksStatus(q) || Pair("on", "track") || Pair("on", "schedule") || Pair("behind", "schedule") || Pair("going", "anywhere") || Pair("i", "fas") || Pair("hur", "gar") || Pair("hur", "gick") || Pair("ligger", "till")
            || t.Contains("how") && t.Contains("going") || t.Any(w => w.StartsWith("progress", StringComparison.Ordinal));
    }

    /// <summary>No figure of the forecast asked: no measure, need, forecast, count or year named.</summary>
    private static bool NoFigureAsked(QuestionUnderstanding q) =>
        q.Years.IsEmpty && !q.HasAny(Cue.Staffing, Cue.Recruitment, Cue.NeedNoun, Cue.NeedVerb, Cue.Forecast, Cue.HowMany);

    /// <summary>Words that ask about an activity: a status, an owner, a deadline, a comment.</summary>
    private static bool ActivityCue(QuestionUnderstanding q) =>
        q.HasAny(Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone, Cue.StatusWord, Cue.Owner, Cue.When, Cue.Comment, Cue.Due);

    /// <summary>How much of a status or comment question an activity must cover to outrank a forecast or key figure.</summary>
    private const double NamedActivityCoverage = 0.6;

    /// <summary>How much of a question an activity must cover to answer above a passage that covers clearly less.</summary>
    private const double WholeActivityCoverage = 0.9;

    /// <summary>How much of a question with no cue an activity must cover to be the answer.</summary>
    private const double BareActivityCoverage = 0.75;

    /// <summary>How much of the words no forecast or key figure explains a passage must cover to answer instead.</summary>
    private const double ExplainedCoverage = 0.6;

    /// <summary>
    /// A question that names no year, group, forecast measure, figure operation, status, deadline, owner or comment: what
    /// it asks ("vad är X", "när beslutades X") is not a figure of the forecast or key figures nor an activity's status.
    /// "Starta" is no status here ("när beslutade kommunstyrelsen att starta projektet").
    /// </summary>
    private static bool AsksNoFigureOrStatus(QuestionUnderstanding q) =>
        q.Years.IsEmpty && q.Occupations.Count == 0 && q.OtherOccupations.Count == 0 && q.Quarters.Count == 0
        && !SureCues(q).Overlaps([Cue.Staffing, Cue.Recruitment, Cue.NeedNoun, Cue.NeedVerb, Cue.Forecast, Cue.HowMany, Cue.Share, Cue.Percent,
            Cue.Largest, Cue.Smallest, Cue.Sum, Cue.Average, Cue.Change, Cue.Series, Cue.Due, Cue.Done, Cue.InProgress, Cue.Remains,
            Cue.NotDone, Cue.NotStarted, Cue.StatusWord, Cue.Overdue, Cue.Owner, Cue.Comment, Cue.Mine]);

    /// <summary>
    /// The question's cues less those read only from a typo of a word ("projektet" is no typo of "projected", though
    /// one letter apart): a real word of the text outweighs a cue it resembles.
    /// </summary>
    private static HashSet<Cue> SureCues(QuestionUnderstanding q)
    {
        var sure = new HashSet<Cue>(q.Cues);
        foreach (var typo in q.Hits.Where(h => h.Entry.Cue is not null).GroupBy(h => h.Entry.Cue!.Value)
            .Where(g => g.All(h => h.Quality == MatchQuality.Typo)))
        {
            sure.Remove(typo.Key);
        }

        return sure;
    }

    /// <summary>A narrative question whose subject words (after "om", "about") a passage covers: below the whole question's passage.</summary>
    private const double NarrativeAboutScore = 6.4;

    /// <summary>A reason, purpose or effect the text gives: above a forecast group with its activities (7), a forecast (5), a
    /// key figure (5.3) and an activity (4); below a question about the documents (7.9, 8).</summary>
    private const double ReasonInTextScore = 7.1;

    /// <summary>What something is, defined in a passage: above an activity list (6) and a forecast or key figure.</summary>
    private const double DefinitionScore = 6.45;

    /// <summary>How hard a group is to recruit, judged in a passage: above a forecast (5) and its groups' list (6.8 when the
    /// question has no difficulty word).</summary>
    private const double DifficultyInTextScore = 5.6;

    /// <summary>
    /// "Vem", "vems", "who", "whose" and no word of responsibility ("ansvarar", "ansvarig", "responsible", "håller i"): who
    /// does something, which the text may name, rather than who owns an activity.
    /// </summary>
    private static bool AsksWhoOnly(QuestionUnderstanding q) =>
        q.Hits.Where(h => h.Entry.Cue == Cue.Owner).ToList() is { Count: > 0 } owner
        && owner.All(h => h.Length == 1 && q.Tokens[h.Start] is "vem" or "vems" or "who" or "whose");

    /// <summary>A passage that has every word of the question.</summary>
    private const double FullCoverage = 0.99;

    /// <summary>"Who" answered by a passage with every word: above an activity with only some (4 + coverage / 100).</summary>
    private const double WhoInTextScore = 4.2;

    /// <summary>A time the text states: above a forecast (5), a key figure (5.3) and a named activity's status (5.4).</summary>
    private const double TimeInTextScore = 5.45;

    /// <summary>
    /// The question's content words that nothing structured explains: no cue or occupation read them, they are no year,
    /// no stop word and no word of a key figure's label or table. Two or more of them ask about something the text says.
    /// </summary>
    private static List<string> Unexplained(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var read = q.Hits.SelectMany(h => Enumerable.Range(h.Start, h.Length)).ToHashSet();
        var figureWords = k.FigureWords.Where(w => w.Length >= 5).ToList();
        var titleWords = k.DocumentNames.SelectMany(d => d.TitleTokens).Where(w => w.Length >= 8).Distinct().ToList();
        // "i Örebro-granskningen": the organisation a document comes from names the document, as its title does.
        var organisationWords = k.DocumentNames.SelectMany(d => d.OrganisationTokens)
            .Where(w => w.Length >= 5 && !k.CommonOrganisationWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return [.. q.Tokens
            .Where((t, i) => !read.Contains(i) && t.Length >= 5 && !char.IsDigit(t[0]) && !QueryTerms.Stop.Contains(t))
            .Where(t => !figureWords.Any(w => WordMatch.Match(t, w) >= MatchQuality.Typo || w.StartsWith(t, StringComparison.Ordinal)))
            .Where(t => !titleWords.Any(w => t.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(t, StringComparison.Ordinal))) // names a document
            .Where(t => !organisationWords.Contains(t) && !(t.EndsWith('s') && organisationWords.Contains(t[..^1])))
            .Distinct()];
    }

    /// <summary>
    /// A key figure whose table lacks a year the question names yields to the passage that states that year and covers
    /// the question ("personalomsättningen i augusti 2020" is in the plan's text, not in the audit's table of 2013-2016).
    /// </summary>
    private static PassageAnswerer.PassageMatch? YearStatedInText(QuestionUnderstanding q, KnowledgeSnapshot k, KeyFigureMatch figures, Func<PassageAnswerer.PassageMatch?> passage)
    {
        var years = q.Years.All.ToList();
        if (years.Count == 0 || KeyFigureAnswerer.HasYears(figures, years) || passage() is not { } found || found.Hit.Coverage < ExplainedCoverage)
        {
            return null;
        }

        // The text must state a figure for what is asked, not only mention the subject near the year ("sjukfrånvaron ökar
        // marginellt" beside a turnover of 0,62 % in August 2020 answers no "vad var sjukfrånvaron 2020?").
        return years.All(y => found.Passage.Text.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            && StatesPercentOf(q, k, found.Passage.Text) ? found : null;
    }

    /// <summary>"When did the committee decide ...?" with no year: a time asked, which the text states and no key figure does.</summary>
    private static PassageAnswerer.PassageMatch? TimeAskedOfText(QuestionUnderstanding q, Func<PassageAnswerer.PassageMatch?> passage) =>
        q.Years.IsEmpty && PassageAnswerer.AsksTime(q) && passage() is { } found && found.Hit.Coverage >= ExplainedCoverage ? found : null;

    /// <summary>Whether the forecast or a key figure has every year the question names (then those answer, not the text).</summary>
    private static bool YearsInData(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var years = q.Years.All.ToList();
        return years.Count > 0
            && (k.ForecastTables.Any(t => years.All(t.Years.Contains)) || years.All(y => k.Figures.Any(f => f.Year == y)));
    }

    /// <summary>The plans' own status words, folded (Klart, Pågår, Kvarstår, Uppstart, Ej påbörjad).</summary>
    private static readonly HashSet<string> PlanStatusWords = new(
        Enum.GetValues<Assistant.Bot.Plans.ActivityStatus>().SelectMany(s => TextFold.Tokens(Assistant.Bot.Plans.StatusWords.Word(s, Assistant.Cards.Text.CardLanguage.Swedish))),
        StringComparer.Ordinal);

    /// <summary>
    /// "har status Kvarstår", "statusen Uppstart", "bara är i Uppstart", "only at Kvarstår": a status written as the plan's
    /// own word right after "status" or at most three words after "bara"/"endast"/"only".
    /// </summary>
    private static bool NamesPlanStatusWord(QuestionUnderstanding q)
    {
        var tokens = q.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is "status" or "statusen" && i + 1 < tokens.Count && PlanStatusWords.Contains(tokens[i + 1]) && tokens[i + 1] != "ej")
            {
                return true;
            }

            if (tokens[i] is "bara" or "endast" or "enbart" or "only" && tokens.Skip(i + 1).Take(3).Any(t => PlanStatusWords.Contains(t) && t != "ej"))
            {
                return true;
            }
        }

        return false;
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
        return named.Score >= 2 && KeyFigureAnswerer.HasYears(figures, q.Years.All) && InDocumentsCited(q, k, figures) ? figures : null;
    }

    /// <summary>"... enligt SKL:s rapport 2015/2016": a key figure is cited only from a document the question names, when
    /// it names one; another document's table with the same years is not what was cited.</summary>
    private static bool InDocumentsCited(QuestionUnderstanding q, KnowledgeSnapshot k, KeyFigureMatch figures)
    {
        // Named by kind, organisation or author ("SKL:s rapport"), not by a title word the subject shares ("the Örebro social
        // services indicators" names no "... inom socialtjänst" strategy).
        var named = QueryWords.DocumentsNamedDistinctly(q, k);
        return named.Count == 0 || figures.Cells.Any(c => named.Contains(c.DocumentId));
    }

    private static bool HasContentWords(QuestionUnderstanding q, KnowledgeSnapshot k) =>
        QueryTerms.For(WithoutOccupations(q) with { Hits = [] }, k.PassageIndex).Any(t => t.Length >= 5);

    // "Vilken status har färdplanen för vårdboende?" names an activity (and, by chance, the owner "Avd-C Vårdboende").
    private static bool HasWordsBeyondOwners(QuestionUnderstanding q, KnowledgeSnapshot k, List<OwnerEntry> owners)
    {
        var ownerWords = owners.SelectMany(o => o.Tokens).ToHashSet();
        // A status word is no activity's name either ("pågår" is not "Säkerställa att pågående utvecklingsarbeten ...").
        var statusTokens = q.Hits.Where(h => h.Entry.Cue is Cue.Done or Cue.InProgress or Cue.Remains or Cue.StartingUp or Cue.NotStarted or Cue.NotDone)
            .SelectMany(h => Enumerable.Range(h.Start, h.Length)).ToHashSet();
        // Nor a word that names the plan or its part ("i aktivitetsplanen för förvaltningen", "in the follow-up"): the frame.
        var rest = q with { Tokens = [.. q.Tokens.Select((t, i) => statusTokens.Contains(i) || ownerWords.Any(o => WordMatch.Match(t, o) >= MatchQuality.Typo) || NamesPlanOrPart(q, k, t)
            || owners.Count >= 2 && QueryWords.AsksJointOwners(q with { Tokens = [t] }) ? "och" : t)] };
        return ActivityAnswerer.Find(rest, k).Count > 0 && (q.HasAny(Cue.StatusWord, Cue.When, Cue.Comment) || !q.HasAny(Cue.Which, Cue.HowMany, Cue.ListVerb));
    }

    /// <summary>"aktivitetsplanen", "förvaltningen", "uppföljningen", "the follow-up": a word that names a plan or a part of one.</summary>
    private static bool NamesPlanOrPart(QuestionUnderstanding q, KnowledgeSnapshot k, string token) =>
        ActivityListAnswerer.PlanPartWords.Contains(token) || token.StartsWith("aktivitetsplan", StringComparison.Ordinal) || token is "follow" or "up"
        || QueryWords.Documents(q with { Tokens = [token] }, k).Count > 0;

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
