using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>
/// The search terms of a question: its words less the question's own machinery (cue words such as "status", "vem",
/// "aktiviteten", question and stop words in both languages), analysed like the index.
/// </summary>
public static class QueryTerms
{
    /// <summary>The nouns of a judgement cue ("vilka risker", "fördelar med", "risks of"): searched as well as read.</summary>
    private static bool IsJudgementWord(string token) =>
        token.StartsWith("risk", StringComparison.Ordinal) || token.StartsWith("fordel", StringComparison.Ordinal)
        || token.StartsWith("nackdel", StringComparison.Ordinal) || token.StartsWith("konsekvens", StringComparison.Ordinal)
        || token.StartsWith("problem", StringComparison.Ordinal);

    internal static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        // Swedish (folded) question and function words
        "vad", "vilka", "vilken", "vilket", "hur", "manga", "ar", "och", "for", "det", "som", "har", "till", "med", "vem", "nar", "om",
        "ska", "skall", "sager", "planen", "plan", "planerna", "star", "i", "pa", "av", "en", "ett", "den", "de", "var", "vara", "blir",
        "finns", "kan", "jag", "vi", "du", "man", "nagot", "nagon", "mycket", "gor", "gora", "gjort", "kring", "inom", "dokumentet",
        "dokumenten", "skriver", "namns", "revisionen", "revisorerna", "rapporten", "granskningen", "strategin", "uppfoljningen", "fick", "far", "fatt", "stort", "stor", "stora", "storre", "bra", "nagra", "fanns", "gors", "gjordes", "ser", "ut", "ang", "angaende", "gallande", "sig", "da", "sa", "efter", "under", "mot", "fran", "hos", "gar", "fram",
        // A document named in the genitive is the document too ("revisionens kritik", "planens mål"), and "main" says which
        // of the answers, not what about.
        "revisionens", "revisorernas", "granskningens", "rapportens", "planens", "strategins", "uppfoljningens", "dokumentets",
        "huvudsaklig", "huvudsakliga", "huvudsakligen",
        // "kompetensplanen" is the short name of the staffing and competence supply plan (QueryWords' document words): it
        // names where to look, and searched as "kompetens" + "plan" it found any sentence about competence.
        "kompetensplan", "kompetensplanen", "kompetensplanens", "kompplan", "kompplanen", "kompplanens",
        // English
        "what", "which", "who", "how", "many", "much", "is", "are", "was", "were", "the", "a", "an", "of", "to", "in", "on", "for",
        "and", "or", "about", "does", "do", "did", "say", "says", "said", "there", "that", "this", "it", "its", "be", "we", "our",
        "plan", "plans", "document", "with", "by", "from", "at", "as", "me", "tell", "any", "work", "working",
        // "give me all the audit's recommendations": "all" says how much is asked, like the Swedish "alla" the index stops.
        "all",
        // The documents named in English, as their Swedish names above: where to look, a word the Swedish texts never have
        // ("what was the purpose of the audit?" searched "audit" and found nothing).
        "audit", "audits", "audit's", "auditors", "auditor", "auditors'", "auditor's", "report", "report's", "strategy", "strategy's",
        // Words that shape the question, not what the text is about: why (the answer's reasons are looked for instead),
        // comparing, citing.
        "varfor", "why", "will", "would", "should", "could", "compare", "compared", "comparison", "jamfor", "jamfort",
        "jamforelse", "mentioned", "according", "enligt", "innebar", "mean", "means", "bland", "among", "took", "take", "takes",
        "anything", "something", "everything", "nothing", "written", "write", "writes",
        "have", "has", "handlar", "ager", "aga", "own",
        // Who "runs" or "drives" something asks its owner ("vem kör ...", "who runs the ... thing"), never what it is about.
        "runs", "run", "running", "drives", "driving", "kor", "thing", "grej", "grejen",
        // English verbs and particles that carry no subject ("get more people into ...", "when is it carried out").
        "get", "gets", "getting", "more", "into", "out", "carried", "carry", "its", "their", "noted", "note",
        // Verbs of trying and introducing shape the question ("hur försöker de locka ...", "why did they introduce ...");
        // searched, they found "försöka" and "inför" in unrelated sentences.
        "forsoker", "forsoka", "forsokte", "try", "tries", "trying", "tried", "introduce", "introduced", "introduces", "introducing",
        // ... and in Swedish ("varför infördes lönetillägget?"): the text says what was decided ("fattades beslut att ge ett
        // lönetillägg"), seldom that it was introduced; searched, "infördes" found a sentence about another subject.
        "infora", "inforde", "infordes", "infort", "inforts", "infors",
        // "hur påverkar det rekryteringen?", "how does it affect ...": an effect asked (see PassageAnswerer.AsksReason), which
        // the text states in its own words; searched, "påverka" found a sentence about what cannot be influenced.
        "paverkar", "paverka", "paverkade", "paverkat", "affect", "affects", "affected",
        // "in the audit's activity table": the table says where to look, not what about.
        "table", "tables", "tabell", "tabellen", "tabeller", "tabellerna",
        // "how is X going": the status asked, not a word of X.
        "going",
        // "hur funkar kompetenstrappan?", "hur fungerar X": how it works is what is asked of X, not a word of it.
        "funkar", "funka", "fungerar", "fungera",
        // "what's the point of X", "what is the purpose of X": a purpose asked (the text says "syftet", "för att").
        "point", "purpose",
        // "vad tycker cheferna om X", "what does the audit think about X": an opinion asked, which the text reports as
        // "menar", "upplever", "anser".
        "tycker", "tyckte", "think", "thinks",
        // "Vad kom revisorerna fram till": the phrase asks for a finding, "kom" is not what the text is about.
        "kom", "kommit",
        // "Vad var revisionens kritik?", "what did the audit criticise": the question asks for a finding; the text states
        // its criticism without the word ("finns ingen dokumenterad kompetensförsörjningsplan").
        "kritik", "kritiken", "kritiserade", "kritiserar", "kritiserat", "kritiseras", "criticise", "criticised", "criticize",
        "criticized", "criticism", "criticisms",
        // Time adverbs that qualify a status, not a subject ("vad pågår fortfarande", "still ongoing").
        "fortfarande", "still", "annu", "yet",
        // ... and the future in general ("svårare att få tag i usk framöver"): when, not what the text is about.
        "framover", "framgent",
        // English pronouns and the plan's frame ("the new administration"): no activity is about them.
        "they", "them", "he", "she", "you", "new", "aim", "aims", "aiming", "intend", "intended", "plan's",
        // "i 2024 års uppföljning": the year's, naming the document by its year, not a subject.
        "ars",

        // "Nationellt", "nationally": which documents answer (QueryWords.AsksNationally), not a word their text must have.
        "nationellt", "nationally", "nationwide",

        // Colloquial fillers and English verbs that only carry the question ("vad är X för nåt", "what did X involve",
        // "what did they give").
        "nat", "nanting", "grej", "involve", "involved", "involves", "give", "gave", "given",
        // "vad är det ens för nåt", "vad är det egentligen": an aside that stresses the question, no subject of it.
        "ens", "egentligen",
        // "what is X exactly?", "what does X actually do?": the same aside in English, and "exakt" in Swedish.
        "exactly", "actually", "really", "exakt",
        // The text a question cites ("enligt texten", "according to the plan's text") is where to look, not what it says.
        "text", "texten", "texts",
        // "what did the audit find about whether they had a plan": a conjunction and an auxiliary carry no subject.
        "whether", "had", "huruvida",
        // "what did the audit find regarding a documented plan": a preposition of the subject, no subject itself.
        "regarding", "concerning",
        // "vad tycker revisorerna överlag om planerna?", "what does the audit say generally about ...": how broadly the
        // question asks, not a word the answering text has (searched, "överlag" found an unrelated sentence that had it).
        "overlag", "generellt", "allmanhet", "generally",
        // "hur många går i pension ungefär?", "roughly how many": how exact the figure asked is, not a word of its sentence.
        "ungefar", "ungefarligen", "cirka", "roughly", "approximately", "approx",
        // "Vad menas med professionsanalyser?", "vad betyder X": the definition asked (PassageAnswerer.AsksDefinition), not a
        // word the defining sentence has; "hur gick revisorerna tillväga" asks how, "even after" only stresses it.
        "menas", "avses", "tillvaga", "even", "after", "overhuvudtaget",
        // "jämfört med året innan", "före 2020": a time relation carries no subject (the text says "föregående års nivå").
        "innan", "fore",
        // "varför infördes dom?", "vad gör dom": the spoken "dom" (and "dem") point back at the subject named before them,
        // no word the text must have (searched, "dom" found a sentence that said "hindrar dom" about something else).
        "dom", "dem",
    };

    /// <param name="siblings">Search each word's siblings beside it (<see cref="Glossary.Siblings"/>): the plans' text says
    /// a cost in kronor.</param>
    public static List<string> For(QuestionUnderstanding q, SearchIndex index, bool siblings = false)
    {
        var cueTokens = new HashSet<int>();
        foreach (var hit in q.Hits.Where(h => h.Entry.Cue is not null && !IsContent(h.Entry.Cue.Value) && !NewKindOfGroup(q, h)))
        {
            for (var i = hit.Start; i < hit.Start + hit.Length; i++)
            {
                cueTokens.Add(i);
            }
        }

        // "Vilka risker finns med ...": the cue's noun is also what the text is asked for ("kan risken öka för brister").
        var formTail = q.Tokens.Count - AnswerFormTail(q);
        var words = q.Tokens.Where((t, i) => (!cueTokens.Contains(i) || IsJudgementWord(t)) && !Stop.Contains(t) && !(t.Length == 4 && char.IsDigit(t[0])) && i < formTail).ToList();
        var written = TextFold.WrittenForms(q.Text);
        words.RemoveAll(w => IsTypedStopWord(w, written, index));
        // "män" folds to the pronoun "man": written with its "ä" it is the noun ("andel ... är män"), a word to search.
        if (!words.Contains("man") && q.Text.Split([' ', '?', '!', '.', ',', ';', ':'], StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals("män", StringComparison.OrdinalIgnoreCase)))
        {
            words.Add("man");
        }

        if (siblings)
        {
            words = [.. words.SelectMany(w => Glossary.SpelledOut(w) ?? [w]).Distinct()];
            words.AddRange(words.SelectMany(Glossary.Siblings).Where(s => !words.Contains(s)).Distinct().ToList());
        }

        var terms = words.SelectMany(w => Analyze(w, written, index)).ToList();
        if (q.English)
        {
            terms = JoinCompounds(q.Tokens, terms, index);
        }

        // A letter left of a possessive ("SKL's" → "s") is no word.
        return [.. terms.Where(t => t.Length > 1).Distinct()];
    }

    /// <summary>
    /// A word no text has that is one letter from a function word of five letters or more is that word mistyped ("nåra"
    /// for "några", "vilak" for "vilka"): searched, it matched nothing and halved the coverage of the passage asked for.
    /// </summary>
    private static bool IsTypedStopWord(string word, IReadOnlyDictionary<string, string> written, SearchIndex index)
    {
        if (word.Length < 4 || char.IsDigit(word[0]) || index.Knows(written.TryGetValue(word, out var asWritten) ? asWritten.ToLowerInvariant() : word))
        {
            return false;
        }

        foreach (var stop in Stop)
        {
            if (stop.Length >= 5 && stop[0] == word[0] && Math.Abs(stop.Length - word.Length) <= 1 && TextFold.EditDistance(word, stop, 1) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The search terms of the question's words' synonyms (<see cref="Glossary.Synonyms"/>), each with the terms of the
    /// word it stands for: a passage that has either has the word ("problem": "risk", "brister").
    /// </summary>
    public static Dictionary<string, HashSet<string>> SynonymOrigins(QuestionUnderstanding q, SearchIndex index)
    {
        var written = TextFold.WrittenForms(q.Text);
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var word in q.Tokens.Where(t => !Stop.Contains(t)).Distinct())
        {
            var siblings = Glossary.Synonyms(word);
            if (siblings.Count == 0)
            {
                continue;
            }

            var origin = Analyze(word, written, index).Where(t => t.Length > 1).ToHashSet();
            foreach (var term in siblings.SelectMany(s => Analyze(s, written, index)).Where(t => t.Length > 1 && !origin.Contains(t)))
            {
                result[term] = result.TryGetValue(term, out var known) ? [.. known, .. origin] : origin;
            }
        }

        return result;
    }

    /// <summary>
    /// Two words an English question writes apart that the Swedish texts write as one compound ("profession analyses",
    /// read as "professioner analys": the plan's "professionsanalyser"): the compound is searched beside its parts, when a
    /// part alone is not searched or found and a text has the compound (with or without a linking s, the first word in its stem form). Only adjacent words that are no stop
    /// words, each of at least four letters.
    /// </summary>
    private static List<string> JoinCompounds(IReadOnlyList<string> tokens, List<string> terms, SearchIndex index)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (first, second) = (tokens[i], tokens[i + 1]);
            if (first.Length < 4 || second.Length < 4 || Stop.Contains(first) || Stop.Contains(second))
            {
                continue;
            }

            // Only when a part alone is not searched (a cue word) or no text has it: two words each searched already
            // ("kompetens krav") find their sentence without the compound, which would only lower what it covers.
            var parts = index.Analyze(first).Concat(index.Analyze(second)).ToList();
            if (parts.Count > 0 && parts.All(p => terms.Contains(p) && index.Knows(p)))
            {
                continue;
            }

            var stems = new[] { first, first.EndsWith("er", StringComparison.Ordinal) || first.EndsWith("ar", StringComparison.Ordinal) ? first[..^2] : first }.Distinct();
            var joined = stems.SelectMany(stem => new[] { stem + second, stem + "s" + second })
                .SelectMany(index.Analyze).FirstOrDefault(t => t.Length >= 8 && index.Knows(t));
            if (joined is not null && !terms.Contains(joined))
            {
                terms.Add(joined);
            }
        }

        return terms;
    }

    private static IEnumerable<string> Analyze(string word, IReadOnlyDictionary<string, string> written, SearchIndex index)
    {
        // The light stemmer cuts some words too short to find anything ("demens" → "dem"): keep the word then.
        // A word with å, ä or ö is analysed as written, as the texts are: the stemmer reads "enkät" as "enka" but the
        // folded "enkat" as "enk".
        foreach (var term in index.Analyze(written.TryGetValue(word, out var asWritten) ? asWritten.ToLowerInvariant() : word))
        {
            // ... unless the word is the stem's definite form and only the stem is a word of the texts ("tiden" → "tid":
            // "SOF i tiden" is indexed as "tid").
            yield return term.Length < 4 && word.Length >= 5 && !(IsDefiniteOf(word, term) && index.Has(term) && !index.Knows(word)) ? word : term;
            foreach (var part in index.SplitCompound(term))
            {
                yield return part;
            }
        }
    }

    /// <summary>
    /// How many of the question's last words only ask for the form of the answer, written after the question itself:
    /// "varför är det svårt att få unga till vården? kort", "what did the study find? short version pls". They say how
    /// much to show, not what about ("kort" searched found "Personalbehov på kort och lång sikt"). Zero when the words
    /// after the last question mark say anything else.
    /// </summary>
    public static int AnswerFormTail(QuestionUnderstanding q)
    {
        var mark = q.Text.TrimEnd().TrimEnd('?', '!', '.', ' ').LastIndexOf('?');
        if (mark < 0)
        {
            return 0;
        }

        var tail = TextFold.Tokens(TextFold.Fold(q.Text[(mark + 1)..]));
        if (tail.Count == 0 || tail.Count > q.Tokens.Count || !(tail.All(AnswerFormWords.Contains) || IsAskersAside(tail))
            || !q.Tokens.Skip(q.Tokens.Count - tail.Count).SequenceEqual(tail, StringComparer.Ordinal))
        {
            return 0;
        }

        return tail.Count;
    }

    /// <summary>
    /// What the asker will do with the answer, said after the question ("har vi testat X? vill skriva om det", "... ? jag
    /// ska ta upp det på mötet"): it begins with the asker's will or plan and points back at the subject ("det", "den",
    /// "dom") instead of naming one, so it adds no word the text must have (searched, "vill" found a sentence that said
    /// "förvaltningen vill utreda" over the one that answered).
    /// </summary>
    private static bool IsAskersAside(IReadOnlyList<string> tail) =>
        tail.Count is >= 3 and <= 8
        && (tail[0] is "vill" or "ska" || (tail[0] == "jag" && tail[1] is "vill" or "ska" or "behover" or "tankte"))
        && tail.Skip(1).Any(t => t is "det" or "den" or "detta" or "dom" or "dem");

    /// <summary>Words that ask only for a short answer: "kort", "kortfattat", "i korthet", "short version pls", "briefly".</summary>
    private static readonly HashSet<string> AnswerFormWords = new(StringComparer.Ordinal)
    {
        "kort", "kortare", "kortfattat", "kortfattad", "korthet", "i", "tack", "snalla", "sammanfattat", "sammanfatta",
        "short", "shorter", "version", "brief", "briefly", "pls", "plz", "please", "summary", "summarise", "summarize", "tldr",
        // "what is HME? definition pls": the kind of answer wanted, which the question before it already asks.
        "definition", "definitionen",
    };

    /// <summary>"tiden" of "tid", "läget" of "läg": the stem and a definite ending (not a plural, "löner").</summary>
    private static bool IsDefiniteOf(string word, string stem) =>
        word.StartsWith(stem, StringComparison.Ordinal) && word[stem.Length..] is "en" or "et" or "n" or "t";

    /// <summary>"nya professioner", "new professions", "nya yrkesgrupper": new kinds of job are what a text speaks of (the
    /// forecast has no group for them), not the word that asks for the forecast's groups.</summary>
    private static bool NewKindOfGroup(QuestionUnderstanding q, PhraseHit hit) =>
        hit.Entry.Cue == Cue.Group && hit.Start > 0 && q.Tokens[hit.Start - 1] is "ny" or "nya" or "new" or "nyare" or "newer";

    // Cue words that are also what a passage is about ("rekrytering", "personalomsättning" stays, "sjukfrånvaro" ...).
    private static bool IsContent(Cue cue) => cue is Cue.Recruitment or Cue.Staffing or Cue.StaffWord or Cue.NeedNoun or Cue.Forecast or Cue.Change;
}
