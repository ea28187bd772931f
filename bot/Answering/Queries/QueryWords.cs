using Assistant.Bot.Answering.Answerers;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Plans;

namespace Assistant.Bot.Answering.Queries;

/// <summary>
/// The words that mark the kinds of question the cues do not cover: requests the assistant does not do, questions about
/// the knowledge itself, a forecast group linked to the plans' activities, lists without an owner or per plan, a topic.
/// All folded (å, ä → a; ö → o).
/// </summary>
public static partial class QueryWords
{
    // Things people ask a chat assistant to do that this one does not: mail, book, call, order, translate, the weather.
    private static readonly HashSet<string> OffTopicWords = new(StringComparer.Ordinal)
    {
        "skicka", "skickar", "mejla", "maila", "mejl", "mejlet", "mail", "mailet", "email", "epost", "boka", "bokar", "ring", "ringa",
        "bestall", "bestalla", "oversatt", "oversatta", "send", "book", "call", "phone", "order", "translate", "vader", "vadret",
        "weather", "skamt", "joke", "lunch", "recept", "recipe", "paminn", "paminnelse", "remind", "kalender", "calendar", "motesinbjudan",
        "meeting", "mote", "motet", "schemalagg", "schedule", "spotify", "musik", "music", "aktier", "stocks", "fotboll", "football",
        "dikt", "poem", "tweet", "sms", "lonespec", "semester", "vacation", "ledighet", "pizza", "schema", "schemat", "schemalaggning",
        "arbetspass", "bitcoin", "krypto", "kryptovaluta", "crypto", "cryptocurrency", "borsen", "valutakurs",
        // Places to go and things to do in town: "can you recommend a good sauna in Linköping?".
        "sauna", "saunas", "bastu", "bastun", "restaurang", "restaurangen", "restauranger", "restaurant", "restaurants", "hotell",
        "hotel", "hotels", "gym", "gymmet", "biograf", "cinema", "pub", "kafe", "cafe", "badhus", "simhall",
    };

    private static readonly HashSet<string> DocumentWords = new(StringComparer.Ordinal)
    {
        "dokument", "dokumenten", "dokumentet", "planer", "planerna", "planen", "plan", "uppfoljning", "uppfoljningen", "uppfoljningar",
        "prognos", "prognosen", "granskning", "granskningen", "revision", "revisionen", "rapport", "rapporten", "rapporter", "strategi",
        "strategin", "underlag", "underlaget", "underlagen", "kallor", "kalla", "kallorna", "documents", "document", "plans", "report",
        "reports", "forecast", "sources", "source", "data", "siffror", "siffrorna", "figures", "numbers", "information", "uppgifterna",
        "uppgifter", "verksamhetsplan", "verksamhetsplanen", "kompetensforsorjningsplan", "kompetensforsorjningsplanen", "followup", "audit",
        // "kompetensplanen": the short name people use for the staffing and competence supply plan.
        "kompetensplan", "kompetensplanen", "kompplan", "kompplanen",
        "strategy", "nyckeltal", "nyckeltalen", "filer", "files", "kunskap", "knowledge", "databas", "database",
        // "what's the SKL doc about?": the short word for a document.
        "doc", "docs", "dok",
    };

    private static readonly HashSet<string> KnowWords = new(StringComparer.Ordinal)
    {
        "kanner", "kanna", "vet", "inlasta", "inlast", "importerade", "importerad", "importerades", "importerat", "lastes", "laddade",
        "laddades", "know", "known", "loaded", "imported", "tillgang", "access", "kanner till", "uploaded", "uppladdade", "har du",
        "bygger", "baserad", "baserade", "baserat", "based", "grundar", "anvander", "use", "uses", "using",
    };

    private static readonly HashSet<string> PeriodWords = new(StringComparer.Ordinal)
    {
        "period", "perioden", "tidsperiod", "tidsperioden", "galler", "avser", "tacker", "covers", "cover", "covered", "spans", "span",
        "timeframe", "tidsram", "period", "periods", "perioder",
    };

    private static readonly HashSet<string> FreshWords = new(StringComparer.Ordinal)
    {
        "aktuell", "aktuella", "aktuellt", "uppdaterad", "uppdaterade", "uppdaterat", "uppdaterades", "senast", "nyast", "farsk", "farska",
        "current", "updated", "recent", "latest", "fresh", "gammal", "gamla", "old", "datum", "date", "dated",
        // "Vilket är det nyaste dokumentet?", "the newest / oldest document".
        "nyaste", "nyare", "newest", "newer", "aldsta", "oldest",
    };

    /// <summary>"Vilket är det nyaste dokumentet?", "which is the latest document?": the newest document is asked for.</summary>
    public static bool AsksNewest(QuestionUnderstanding q) =>
        q.Tokens.Any(t => t is "nyaste" or "nyast" or "newest" or "latest") || Pair(q.Tokens, "most", "recent") || Pair(q.Tokens, "senaste", "dokumentet");

    // Who wrote, made or published a document, and when: "vem skrev granskningen", "who produced the forecast", "när daterades rapporten".
    private static readonly HashSet<string> AuthorshipWords = new(StringComparer.Ordinal)
    {
        "skrev", "skrevs", "skrivit", "skriven", "skrivits", "forfattare", "forfattade", "forfattat", "forfattades", "upphovsman", "utford",
        "utforde", "utfordes", "utfort", "utforts", "gjorde", "gjordes", "gjort", "gjorts", "tog", "togs", "tagit", "framtagen", "producerade",
        "producerat", "producerad", "publicerade", "publicerad", "publicerades", "utgiven", "gav", "utgivare", "avsandare", "bakom", "upprattad",
        "upprattade", "upprattades", "daterad", "daterades", "wrote", "written", "author", "authors", "authored", "produced", "made", "prepared",
        "conducted", "published", "publisher", "issued", "behind", "carried", "drew", "drafted", "commissioned", "uppdrag", "bestallde",
    };

    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "gor", "gora", "gjort", "atgard", "atgarder", "atgarderna", "insats", "insatser", "insatserna", "doing", "measures", "actions",
        "initiatives", "track", "gors", "hanterar", "tackla", "mota", "mots", "address", "addressing", "tackle",
        "planned", "planerat", "planerade", "planeras", "sakra", "sakras", "sakerstalla", "sakerstalls", "trygga", "secure", "ensure",
        "attract", "attrahera", "retain", "moter", "motte", "meet", "meeting", "losa", "loser", "loses", "solve", "solving",
    };

    /// <summary>A word that asks what is done about something ("åtgärder", "säkra", "tackle"): the question's machinery, not its subject.</summary>
    public static bool IsLinkWord(string token) => LinkWords.Contains(token);

    // "what do the plans do / say", "vad säger planen om", "what does the 2024 follow-up say about": the plans' answer to a need.
    private static readonly HashSet<string> PlanWords = new(StringComparer.Ordinal)
    {
        "plan", "plans", "planen", "planer", "planerna", "planens", "planernas", "uppfoljning", "uppfoljningen", "follow", "followup",
        "verksamhetsplan", "verksamhetsplanen", "aktivitetsplan", "aktivitetsplanen",
    };

    private static readonly HashSet<string> SayWords = new(StringComparer.Ordinal)
    {
        "do", "does", "say", "says", "sager", "sagt", "innehaller", "contain", "contains",
    };

    private static readonly HashSet<string> ShortageWords = new(StringComparer.Ordinal)
    {
        "brist", "bristen", "bristyrke", "shortage", "shortages", "lack",
    };

    private static readonly HashSet<string> TopicMarkers = new(StringComparer.Ordinal)
    {
        "om", "kring", "ror", "gallande", "angaende", "rorande", "about", "on", "regarding", "concerning", "related", "relaterade", "inom",
    };

    // Words of list questions that are neither filter nor topic.
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
    {
        "finns", "det", "alla", "samtliga", "all", "some", "nagra", "plans", "planerade", "planned", "aktivitet", "aktiviteter", "aktiviteterna",
        "activities", "activity", "status", "visa", "lista", "show", "list", "ge", "mig", "me", "give", "ar", "are", "is", "was", "har", "have", "has",
        "vilka", "which", "what", "hur", "manga", "how", "many", "there", "the", "och", "and", "eller", "or", "med", "with", "utan", "without",
        "ansvarig", "ansvariga", "owner", "owners", "per", "varje", "each", "respektive", "totalt", "total", "sammanlagt", "idag", "today",
        "nu", "now", "just", "annu", "yet", "still", "fortfarande", "klar", "klara", "klart", "done", "i", "in", "pa", "for", "of", "to", "ska",
        "vara", "be", "should", "kvar", "left", "registrerade", "registered", "markerade", "marked", "satta", "set", "inte", "not", "ej", "no",
        "nagon", "any", "saknar", "lack", "lacks", "missing", "utan", "without", "some", "those", "dem", "them", "de", "these",
        "handlar", "handla", "department", "avdelning", "avdelningen", "they", "their", "deras", "gor", "gora", "doing", "does", "plan", "planen",
    };

    // Words that stand for something said before ("är den klar?", "Is it late?", "hur ser det ut för gruppen?").
    private static readonly HashSet<string> BackReferences = new(StringComparer.Ordinal)
    {
        "den", "det", "denna", "detta", "dessa", "dom", "dem", "it", "this", "that", "they", "them", "these", "those",
    };

    // "Finns det några ...", "är det något som ...", "is there any": "det" or "it" is no back reference but an empty subject,
    // and the question asks about whatever has the status.
    private static readonly HashSet<string> Existential = new(StringComparer.Ordinal)
    {
        "som", "finns", "fanns", "nagra", "nagot", "nagon", "any", "some", "there", "alla", "all", "anything", "something",
    };

    // Words of a short reply that carry no subject: politeness, "då", "nu", "still".
    private static readonly HashSet<string> NoSubject = new(StringComparer.Ordinal)
    {
        "pls", "plz", "please", "snalla", "tack", "thanks", "da", "then", "nu", "now", "ens", "egentligen", "still", "yet", "annu",
        "fortfarande", "whats", "hows", "wheres", "whos", "looking", "look", "going", "sa", "ok", "okej", "blivit", "bli", "varit",
        "hunnit", "been", "become", "got", "gotten",
    };

    // The occasion figures are wanted for, which says nothing of which: "inför nämndens sammanträde nästa vecka", "for the
    // board meeting next week".
    private static readonly HashSet<string> OccasionWords = new(StringComparer.Ordinal)
    {
        "ta", "ut", "infor", "sammantrade", "sammantradet", "motet", "mote", "nasta", "vecka", "veckan", "imorgon", "idag",
        "namnden", "namndens", "ledningsgruppen", "ledningsgruppens", "presentation", "presentationen", "meeting", "board", "boards",
        "committee", "committees", "next", "week", "tomorrow", "today", "before", "get", "pull", "prepare", "ready", "mig", "me",
    };

    // What asks for everything or nothing in particular: "jämför åren", "a summary of where we stand", "vad gäller".
    private static readonly HashSet<string> OpenRequestWords = new(StringComparer.Ordinal)
    {
        "aren", "years", "jamfor", "jamfora", "compare", "sammanfattning", "sammanfatta", "summary", "summarise", "summarize",
        "overview", "oversikt", "stand", "standing", "where", "lage", "galler", "applies", "apply", "mina", "mine", "mig", "me",
        "give", "ge", "could", "would", "you", "can", "please", "at",
    };

    // Words for data in general: "numbers for 2024", "siffrorna för 2025": which figures is not said.
    private static readonly HashSet<string> DataWords = new(StringComparer.Ordinal)
    {
        "siffror", "siffrorna", "siffra", "siffran", "statistik", "statistiken", "data", "numbers", "number", "figures", "figure", "stats",
        "statistics", "uppgifter", "uppgifterna", "varden", "vardena", "values", "tal", "talen", "info", "information",
    };

    /// <summary>
    /// A question whose subject is only a word for something said before, or nothing at all: "är den klar?", "Is it late?",
    /// "vem ansvarar?", "hur ser det ut för gruppen?", "ändringen då?". Nothing names what is asked about (no group, year,
    /// activity or subject word), so a list or a figure would be a guess: ask what is meant. Not a list question ("vilka är
    /// försenade?", "finns det några som är klara?"): there the status itself is the subject.
    /// </summary>
    public static bool RefersBackWithoutSubject(QuestionUnderstanding q)
    {
        if (q.Tokens.Count == 0 || q.Occupations.Count > 0 || q.OtherOccupations.Count > 0 || q.Quarters.Count > 0
            || q.ClaimedNumbers.Count > 0 || q.HasAny(Cue.Activities, Cue.Which, Cue.HowMany, Cue.Greeting, Cue.Help)
            // "ge mig en sammanfattning av läget", "give me a summary": a list verb before a summary asks no list.
            || q.Has(Cue.ListVerb) && !q.Tokens.Any(t => t is "sammanfattning" or "summary" or "overview" or "oversikt")
            // "vad gäller för mina?": "mine" with nothing it is of asks back; "mina aktiviteter" lists them.
            || q.Has(Cue.Mine) && q.HasAny(Cue.Activity, Cue.StatusWord, Cue.Overdue, Cue.Due, Cue.Owner))
        {
            return false;
        }

        // The words cues read are the question's machinery, except those that name its subject ("hur går det med rekryteringen?").
        var read = q.Hits.Where(h => h.Entry.Cue is { } cue && cue is not (Cue.Recruitment or Cue.Staffing or Cue.StaffWord or Cue.NeedNoun or Cue.Forecast
                or Cue.KeyFigureWord or Cue.Change or Cue.Share or Cue.Average))
            .SelectMany(h => Enumerable.Range(h.Start, h.Length)).ToHashSet();
        var free = q.Tokens.Where((t, i) => !read.Contains(i) && t.Length > 1 && !(t.Length == 4 && char.IsDigit(t[0]))).ToList();
        bool Empty(string t) => QueryTerms.Stop.Contains(t) || NoSubject.Contains(t);

        // "numbers for 2024 pls": a year and a word for data, and nothing that says which.
        if (!q.Years.IsEmpty)
        {
            // "och 2026?": a year and nothing else.
            return q.Cues.Count == 0 && free.All(t => Empty(t) || DataWords.Contains(t));
        }

        // "ändringen då?", "och sjukfrånvaron då?": a short follow-up to an answer this engine does not remember.
        if (q.Tokens.Count <= 3 && q.Tokens[^1] is "da" or "then")
        {
            return true;
        }

        // "vad är siffran?", "what are the numbers?": a word for data and nothing that says which figure; a question about
        // the documents' figures themselves ("var kommer siffrorna ifrån?") is the knowledge's.
        // "Kan du ta fram siffrorna inför nämndens sammanträde nästa vecka?": the occasion the figures are for says no more.
        if (free.Any(DataWords.Contains) && free.All(t => Empty(t) || DataWords.Contains(t) || OccasionWords.Contains(t)) && !IsAboutKnowledge(q))
        {
            return true;
        }

        // "Vad är behovet?", "what's the need?": a need with no measure, group or year; "Jämför åren åt mig", "compare the
        // years": an operation with nothing to run it over; "a summary of where we stand": everything at once.
        if (q.Years.IsEmpty && !q.HasAny(Cue.Staffing, Cue.Recruitment, Cue.KeyFigureWord, Cue.Forecast)
            && !q.Tokens.Any(t => DocumentWords.Contains(t) || NamesDocumentKind(t))
            && free.All(t => Empty(t) || OpenRequestWords.Contains(t) || q.Hits.Any(h => h.Entry.Cue is Cue.NeedNoun or Cue.NeedVerb or Cue.Change && t == q.Tokens[h.Start]))
            && (free.Any(OpenRequestWords.Contains) || q.HasAny(Cue.NeedNoun, Cue.Change, Cue.Sum, Cue.Average, Cue.Share, Cue.Largest, Cue.Smallest) || q.Has(Cue.Mine)
                || q.Has(Cue.NeedVerb) && q.Tokens.Count <= 4))
        {
            return true;
        }

        if (free.Any(Existential.Contains) || free.Any(t => !Empty(t) && !BackReferences.Contains(t)))
        {
            return false;
        }

        // "the audit – what is it?": a document named by its kind is the subject.
        if (q.Tokens.Any(NamesDocumentKind))
        {
            return false;
        }

        // A pronoun for the subject, or a question only one activity can answer with none named ("status?", "vem ansvarar?",
        // "är aktiviteten klar?").
        return free.Any(BackReferences.Contains) || q.HasAny(Cue.StatusWord, Cue.Owner, Cue.Comment, Cue.When, Cue.Activity);
    }

    // Amounts of money asked for (folded, after the glossary: "salary" is "loner", "cost" is "kostnad"), by the stem an
    // activity's text would have, with how the answer names them.
    private static readonly (string Stem, string Swedish, string English)[] Amounts =
    [
        ("budget", "budget", "budget"), ("kostnad", "kostnad", "cost"), ("kostar", "kostnad", "cost"), ("pris", "pris", "price"),
        ("price", "pris", "price"), ("lon", "lön", "salary"), ("medellon", "lön", "salary"), ("snittlon", "lön", "salary"),
        ("tjanar", "lön", "salary"), ("earn", "lön", "salary"),
        // "What did we spend on staffing agencies?", "vad lade vi ut på ...": money spent is a cost.
        ("spend", "kostnad", "spending"), ("spent", "kostnad", "spending"), ("spender", "kostnad", "spending"), ("utgift", "kostnad", "spending"),
        ("wage", "lön", "salary"),
    ];

    /// <summary>"medianlönen", "månadslön", "ingångslöner": a salary named in a compound, whatever kind of salary.</summary>
    private static bool IsSalaryCompound(string token) =>
        token.Length >= 6 && (token.EndsWith("lon", StringComparison.Ordinal) || token.EndsWith("lonen", StringComparison.Ordinal)
            || token.EndsWith("loner", StringComparison.Ordinal) || token.EndsWith("lonerna", StringComparison.Ordinal))
        && token[..token.LastIndexOf("lon", StringComparison.Ordinal)] is "median" or "medel" or "snitt" or "manads" or "tim" or "ingangs"
            or "start" or "grund" or "arbets" or "genomsnitts" or "ars";

    /// <summary>
    /// The amount of money a question asks for ("What is the budget for ...", "vad kostar ...", "average salary"): the stem
    /// to look for in what answers it and its name; null when no amount is asked. The forecast counts people and an
    /// activity has a status, owner and deadline: neither has an amount unless its text states one.
    /// </summary>
    public static (string Stem, string Swedish, string English)? AmountAsked(QuestionUnderstanding q)
    {
        foreach (var t in q.Tokens.Where((_, i) => !AmountIsContext(q, i)))
        {
            foreach (var amount in Amounts)
            {
                if (t == amount.Stem || t.StartsWith(amount.Stem, StringComparison.Ordinal) && t.Length - amount.Stem.Length <= 4 && amount.Stem.Length >= 4
                    || amount.Stem == "lon" && (t is "lonen" or "loner" or "lonerna" or "lonenivan" or "loneniva" || IsSalaryCompound(t)))
                {
                    return amount;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Inför budget: hur många usk behöver vi rekrytera?", "for the budget, how many ... do we need": a budget named as
    /// what the figure is for, in a question that asks how many of the forecast, is its occasion, not an amount asked.
    /// </summary>
    private static bool AmountIsContext(QuestionUnderstanding q, int i)
    {
        var t = q.Tokens;
        // "hur mycket minskade ramarna enligt budget 2020?", "according to the 2020 budget": a budget named by its year is the
        // decision the figure is cited from, not an amount asked of it.
        if (t[i].StartsWith("budget", StringComparison.Ordinal) && (i + 1 < t.Count && YearParser.IsYear(t[i + 1]) || i > 0 && YearParser.IsYear(t[i - 1]))
            && t.Skip(Math.Max(0, i - 3)).Take(Math.Min(i, 3)).Any(w => w is "enligt" or "according" or "i" or "in"))
        {
            return true;
        }

        if (!q.Has(Cue.HowMany) || !q.HasAny(Cue.Recruitment, Cue.Staffing, Cue.NeedVerb, Cue.NeedNoun))
        {
            return false;
        }

        // "inför nästa års budget", "ahead of next year's budget": the words between the occasion and the budget.
        var j = i - 1;
        while (j >= 0 && (BudgetYearWords.Contains(t[j]) || char.IsDigit(t[j][0])))
        {
            j--;
        }

        return j >= 0 && (t[j] is "infor" or "before" or "for" || t[j] == "of" && j > 0 && t[j - 1] == "ahead");
    }

    private static readonly HashSet<string> BudgetYearWords = new(StringComparer.Ordinal)
    {
        "nasta", "ars", "arets", "kommande", "the", "next", "year", "years", "year's", "coming", "s",
    };

    /// <summary>
    /// "rekbehov för min hemtjänstenhet 2026", "pb för vår hemtjänstgrupp", "mitt team", "enheten Solbacken", "our home care
    /// unit": a unit, team or work group below the committee. The forecast is per occupation group for the whole committee,
    /// so it holds no figure for one unit. A word for a unit ("enhet", "teamet", "arbetslag", "unit"), or a team or group
    /// compound after a possessive ("min hemtjänstgrupp", "vårt team"); an occupation group ("usk-gruppen", "yrkesgrupp")
    /// and a unit's managers ("enhetschefer", "unit managers") are no unit.
    /// </summary>
    public static bool AsksUnitBelowCommittee(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            var w = t[i];
            var next = i + 1 < t.Count ? t[i + 1] : "";
            var possessive = i > 0 && Possessives.Contains(t[i - 1]) || i > 1 && Possessives.Contains(t[i - 2]);
            if (EndsWithAny(w, "enhet", "enheten", "enheter", "enheterna", "arbetslag", "arbetslaget", "teamet")
                || w is "team" && (possessive || i > 0 && t[i - 1] is "per" or "varje" or "each" or "the" or "this")
                || w is "unit" or "units" && !(next.StartsWith("manager", StringComparison.Ordinal) || next.StartsWith("head", StringComparison.Ordinal)
                    || next.StartsWith("chief", StringComparison.Ordinal) || next.StartsWith("coordinator", StringComparison.Ordinal) || next.StartsWith("leader", StringComparison.Ordinal))
                || possessive && EndsWithAny(w, "grupp", "gruppen", "team", "group") && !w.StartsWith("yrkes", StringComparison.Ordinal)
                    && !w.StartsWith("personal", StringComparison.Ordinal) && w is not ("grupp" or "gruppen" or "group"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(string word, params string[] endings) => endings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal)
    {
        "min", "mitt", "mina", "var", "vart", "vara", "my", "our",
    };

    /// <summary>
    /// "How many did we actually hire in 2023?", "hur många anställde vi faktiskt?", "how many were recruited last year": an
    /// outcome (hires made), not a need. Words for what really happened, or a verb of hiring in the past, and no word for a
    /// need or a forecast ("hur många behövde vi rekrytera" asks the need).
    /// </summary>
    public static bool AsksOutcome(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        if (t.Any(w => w.StartsWith("behov", StringComparison.Ordinal) || w.StartsWith("need", StringComparison.Ordinal)
            || w.StartsWith("prognos", StringComparison.Ordinal) || w.StartsWith("forecast", StringComparison.Ordinal) || w.StartsWith("projected", StringComparison.Ordinal)
            || w.StartsWith("planer", StringComparison.Ordinal) || w is "plan" or "planned" || w.StartsWith("rekryteringsbehov", StringComparison.Ordinal))
            || q.HasAny(Cue.NeedVerb, Cue.NeedNoun, Cue.Forecast))
        {
            return false;
        }

        var actually = t.Any(w => w is "faktiskt" or "faktiska" or "verkligen" or "actually" or "actual" or "really")
            || Pair(t, "i", "verkligheten") || Pair(t, "in", "reality") || Pair(t, "in", "practice");
        // "must be recruited", "to be hired" ask a need; "were recruited", "we hired" an outcome.
        var hired = t.Where((w, i) => w is "anstallde" or "anstallts" or "anstalldes" or "rekryterades" or "rekryterats"
                || w is "hired" or "recruited" && (i == 0 || t[i - 1] is not ("be" or "being")) && !t.Contains("will")).Any()
            || t.Zip(t.Skip(1)).Any(p => p.First is "har" or "hade" && p.Second is "anstallt" or "rekryterat")
            || t.Contains("did") && t.Any(w => w is "hire" or "recruit" or "employ");
        return hired || actually && t.Any(w => w.StartsWith("anstall", StringComparison.Ordinal) || w.StartsWith("rekryter", StringComparison.Ordinal) || w.StartsWith("hire", StringComparison.Ordinal) || w.StartsWith("recruit", StringComparison.Ordinal) || w.StartsWith("employ", StringComparison.Ordinal));
    }

    /// <summary>
    /// "How many open vacancies do we have right now?", "hur många har slutat hittills i år?", "how many do we employ
    /// currently?": a count asked as it stands now (a word for now, or so far this year), with no word for a need or a
    /// forecast ("hur många behöver vi rekrytera just nu" asks the need).
    /// </summary>
    public static bool AsksCurrentCount(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        if (!q.HasAny(Cue.HowMany) || q.HasAny(Cue.NeedVerb, Cue.NeedNoun, Cue.Forecast, Cue.Staffing, Cue.Recruitment)
            || t.Any(w => w.StartsWith("behov", StringComparison.Ordinal) || w.StartsWith("need", StringComparison.Ordinal)
                || w.StartsWith("prognos", StringComparison.Ordinal) || w.StartsWith("forecast", StringComparison.Ordinal)
                || w.StartsWith("planer", StringComparison.Ordinal) || w is "plan" or "planned"))
        {
            return false;
        }

        return t.Any(w => w is "hittills" or "currently" or "idag" or "today" or "nulaget" or "dagslaget")
            || Pair(t, "just", "nu") || Pair(t, "right", "now") || Pair(t, "so", "far") || Pair(t, "for", "narvarande")
            || Pair(t, "at", "present") || Pair(t, "i", "dag") || Pair(t, "as", "of") && t.Contains("now") || Pair(t, "at", "the") && t.Contains("moment");
    }

    /// <summary>
    /// "Which status categories are used in the 2024 follow-up?", "vilka statusar finns i uppföljningen?": the kinds of status
    /// the documents record, not one activity's status. A status word in the plural, or with a word for its kinds.
    /// </summary>
    public static bool AsksStatusKinds(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        return t.Any(w => w is "statusar" or "statusarna" or "statuses" or "statuskategorier" or "statuskategorierna" or "statusvarden" or "statusvardena"
                or "statustyper" or "statusnivaer")
            || t.Zip(t.Skip(1)).Any(p => p.First == "status" && p.Second is "categories" or "category" or "values" or "levels" or "types" or "options" or "labels"
                or "kategorier" or "varden" or "typer" or "nivaer");
    }

    /// <summary>A word of a request outside the plans ("boka", "schemaläggning", "weather").</summary>
    public static bool IsOffTopicWord(string token) => OffTopicWords.Contains(token)
        // "helgschema", "arbetsschemat", "veckoscheman": a schedule of some kind to be made, as "schema" is.
        || token.Length > 7 && (token.EndsWith("schema", StringComparison.Ordinal) || token.EndsWith("schemat", StringComparison.Ordinal)
            || token.EndsWith("scheman", StringComparison.Ordinal) || token.EndsWith("schemana", StringComparison.Ordinal));

    /// <summary>A request to do something the assistant does not do, with nothing of the plans in it.</summary>
    public static bool IsOffTopic(QuestionUnderstanding q)
    {
        if (!q.Tokens.Where((t, i) => !OnSchedule(q.Tokens, i)).Any(IsOffTopicWord))
        {
            return false;
        }

        var domain = q.Occupations.Count > 0 || q.OtherOccupations.Count > 0
            || q.HasAny(Cue.Staffing, Cue.Recruitment, Cue.Forecast, Cue.Activity, Cue.Activities, Cue.StatusWord, Cue.Overdue, Cue.KeyFigureWord, Cue.NeedNoun);
        return !domain;
    }

    /// <summary>"is it on schedule", "behind schedule", "ahead of schedule": how something goes, not a schedule to make.</summary>
    private static bool OnSchedule(IReadOnlyList<string> t, int i) =>
        t[i] is "schedule" && i > 0 && t[i - 1] is "on" or "behind" or "of";

    private static readonly string[] DocumentStems =
    [
        "dokument", "plan", "uppfoljning", "prognos", "granskning", "revision", "rapport", "strategi", "underlag", "kalla", "kallor",
        "source", "document", "report", "forecast", "data", "siffr", "figures", "numbers", "information", "uppgift", "nyckeltal",
        "filer", "files", "audit", "follow", "analys", "framskrivning",
    ];

    /// <summary>A word that names a forecast, also inside a compound ("personalprognosen", "personalframskrivningsanalysen").</summary>
    public static bool NamesForecast(string token) =>
        token.Contains("prognos", StringComparison.Ordinal) || token.Contains("framskrivning", StringComparison.Ordinal)
        || token.StartsWith("forecast", StringComparison.Ordinal) || token.StartsWith("projection", StringComparison.Ordinal);

    /// <summary>
    /// "vilka dokument kan du svara på?", "which documents can you answer questions about?": which documents the assistant
    /// answers from, asked with a which-word right before the document word and "du"/"you" with a verb of answering.
    /// </summary>
    private static bool AsksWhichDocumentsAnswered(IReadOnlyList<string> tokens) =>
        tokens.Any(t => t is "du" or "you") && tokens.Any(t => t is "svara" or "svarar" or "answer" or "answers" or "besvara")
        && tokens.Where((t, i) => t is "vilka" or "vilket" or "vilken" or "which" or "what" && i + 1 < tokens.Count
            && (DocumentWords.Contains(tokens[i + 1]) || DocumentStems.Any(s => tokens[i + 1].StartsWith(s, StringComparison.Ordinal)))).Any();

    /// <summary>Which documents/plans are known, what period they cover, how current the data is, where they come from.</summary>
    public static bool IsAboutKnowledge(QuestionUnderstanding q)
    {
        var tokens = q.Tokens;
        // "strategisk", "strategic" describe something (a group, a goal); they name no strategy document.
        // "How does Linköping plan to use welfare technology?": "plan to" is a verb, no plan document.
        var document = tokens.Where((t, i) => !(t is "plan" or "plans" or "planning" or "planned" && i + 1 < tokens.Count && tokens[i + 1] == "to"))
            .Any(t => DocumentWords.Contains(t) || (!IsStrategicAdjective(t) && DocumentStems.Any(s => t.Contains(s, StringComparison.Ordinal))));
        var know = tokens.Any(KnowWords.Contains) || Pair(tokens, "har", "du") || Pair(tokens, "do", "you") || Pair(tokens, "have", "you")
            || AsksWhichDocumentsAnswered(tokens);
        // "när det gäller bemanningsstrategier", "vad gäller X": "as regards", no period a document covers.
        var period = tokens.Where((t, i) => !(t == "galler" && i > 0 && tokens[i - 1] is "det" or "vad")).Any(PeriodWords.Contains) || Pair(tokens, "which", "years") || Pair(tokens, "what", "years")
            || Pair(tokens, "how", "far")
            // "Vilka år omfattar prognosen?": the years a document spans ("omfattar" alone is what a text covers, its scope).
            || Pair(tokens, "vilka", "ar") && tokens.Any(t => t.StartsWith("omfatta", StringComparison.Ordinal) || t is "stracker" or "tacker" or "spanner");
        // "senast Q2" bounds a deadline's quarter; it asks nothing about how recent the documents are.
        // ... nor does the date of a deadline ("activities with a completion date in Q4").
        var fresh = tokens.Any(t => FreshWords.Contains(t) && !(q.Quarters.Count > 0 && QuarterBoundWords.Contains(t)) && !(q.Has(Cue.Due) && t is "date" or "datum"))
            || Pair(tokens, "up", "to");
        var origin = tokens.Any(t => t is "kommuner" or "kommun" or "kommunerna" or "municipality" or "municipalities" or "organisation" or "organisations" or "organization"
            or "organisationer" or "organisationerna" or "forvaltningar" or "forvaltningarna" or "namnderna"
            or "organizations" or "namnder" or "namnd" or "namnden" or "committee" or "committees" or "board" or "forvaltning" or "forvaltningen") && tokens.Any(t => t is "vilka" or "vilken" or "vilket" or "which" or "what") || Pair(tokens, "vilka", "kommuner");
        // "Vilka förvaltningar är med i samverkansgruppen ...?": the organisations in a group the text names are its members,
        // stated in the text, not the organisations behind the documents.
        if (tokens.Any(IsNamedGroupWord))
        {
            origin = false;
        }

        // "What did the auditors recommend to the social committees?": a finding or recommendation asked names the
        // organisations it is addressed to, not which organisation a document is by.
        if (origin && PassageAnswerer.AsksFinding(q))
        {
            origin = false;
        }

        // "... according to the plan's summary text": a fact cited from a document's text, not the document itself.
        if (q.Occupations.Any(o => !o.IsTotal) || q.Has(Cue.Narrative) || q.OtherOccupations.Count > 0 || CitesText(q))
        {
            return false;
        }

        var asksWho = tokens.Any(t => t is "vem" or "who" or "whom" or "nar" or "when")
            || (tokens.Any(t => t is "vilken" or "vilket" or "which" or "what") && tokens.Any(t => t is "ar" or "year" or "datum" or "date" || t.StartsWith("konsult", StringComparison.Ordinal)
                || t.StartsWith("foretag", StringComparison.Ordinal) || t.StartsWith("firma", StringComparison.Ordinal) || t.StartsWith("byra", StringComparison.Ordinal)
                || t is "company" or "consultancy" or "consultant" or "consultants" or "firm" or "organisation" or "organization"));
        if (document && asksWho && tokens.Any(AuthorshipWords.Contains) && !q.HasAny(Cue.Activity, Cue.Activities, Cue.StatusWord, Cue.Overdue))
        {
            return true;
        }

        if (fresh && (document || q.HasAny(Cue.StatusWord, Cue.Activities)))
        {
            return true;
        }

        // "Gäller planen 2021 och uppföljningen 2024 samma nämnd?", "are the audit and the strategy for the same
        // municipality?": whether documents share an organisation is asked of the documents themselves.
        if (document && AsksSameOrganisation(tokens))
        {
            return true;
        }

        // "Which year is the Örebro audit from?", "where do the forecast numbers come from?", "vad handlar SKL-dokumentet
        // om?": a document's year, the origin of its figures, what it is about: the document itself.
        if (document && (AsksYearFrom(tokens) || AsksOrigin(tokens) || AsksWhatAbout(tokens))
            && !q.HasAny(Cue.Activity, Cue.Activities, Cue.StatusWord, Cue.Overdue))
        {
            return true;
        }

        // "Har vi någon uppföljning för äldreomsorgen i år?", "do we have any audit of ...": whether such a document exists,
        // asked with "har vi"/"do we have" and "någon"/"any" before a document word; a year then names the document's year.
        // "Har vi någon plan för att minska X?" asks what is done (a purpose follows), not for a document.
        if (AsksWhetherDocumentExists(tokens) && !q.HasAny(Cue.Activity, Cue.Activities, Cue.Owner, Cue.Overdue, Cue.StatusWord))
        {
            return true;
        }

        // "aktiviteterna i aktivitetsplanen för förvaltningen som HR ansvarar för": an organisation after "för"/"i" names
        // where the activities asked for are, not which organisation a document is by.
        // "Är aktiviteten ... för den nya förvaltningen klar, och under vilket kvartal ...?": one activity's status asked is
        // never about the documents.
        if (origin && document && !(q.Has(Cue.Activity) && q.HasAny(Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone, Cue.StatusWord))
            && !(q.HasAny(Cue.Activities, Cue.Activity, Cue.Owner) && !tokens.Where((t, i) => IsOrganisationWord(t) && (i == 0 || tokens[i - 1] is not ("for" or "i" or "in" or "inom" or "of") && !NamesPlanPart(tokens[i - 1]))).Any()))
        {
            return true;
        }

        if (q.HasAny(Cue.Activity, Cue.Activities, Cue.Owner, Cue.Overdue, Cue.Largest, Cue.Smallest, Cue.Sum, Cue.Average, Cue.Change) || q.Years.Years.Count > 0)
        {
            return false;
        }

        return document && (know || period || origin);
    }

    /// <summary>"Aktivitetsplan förvaltningen", "kompplanen förvaltningen": a plan word before an organisation makes it the
    /// name of the plan's part (its activity table), where the activities asked for are.</summary>
    private static bool NamesPlanPart(string previous) =>
        previous.StartsWith("aktivitetsplan", StringComparison.Ordinal) || previous.EndsWith("planen", StringComparison.Ordinal);

    /// <summary>"samma nämnd", "the same committee", "samma kommun": whether documents share an organisation.</summary>
    public static bool AsksSameOrganisation(IReadOnlyList<string> tokens) =>
        tokens.Where((t, i) => t is "samma" or "same" && i + 1 < tokens.Count && IsOrganisationWord(tokens[i + 1])).Any();

    // The words of "what is it?" around a document's name: "vad är revisionen för nåt (dokument)?", "vad e SKL-rapporten?",
    // "the SKL report, what is it? which year?".
    private static readonly HashSet<string> WhatIsWords = new(StringComparer.Ordinal)
    {
        "vad", "ar", "e", "for", "nat", "nagot", "nagt", "nan", "slags", "sorts", "typ", "ett", "en", "det", "den", "denna", "dom",
        "egentligen", "what", "whats", "is", "it", "this", "that", "the", "a", "an", "kind", "sort", "type", "of", "which", "vilket",
        "year", "from", "fran", "nar", "when", "exactly", "exakt",
    };

    /// <summary>
    /// "vad är revisionen för nåt dokument?", "vad e revisionen för nåt", "the SKL report, what is it? which year?": what a
    /// document named by its kind or author is, asked with nothing but the words of "what is it" (no subject of its text,
    /// no figure, no forecast: "vad är prognosen?" asks its figures).
    /// </summary>
    public static bool AsksWhatDocumentIs(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var t = q.Tokens;
        var whatIs = t.Contains("vad") && t.Any(w => w is "ar" or "e") || t.Contains("whats") || t.Contains("what") && t.Contains("is");
        if (!whatIs || q.Cues.Any(c => c is not (Cue.Which or Cue.When)) || q.Occupations.Count > 0 || q.OtherOccupations.Count > 0 || q.Years.All.Any()
            || t.Any(w => NamesForecast(w) || DataWords.Contains(w) || w.StartsWith("nyckeltal", StringComparison.Ordinal)))
        {
            return false;
        }

        var named = t.Where(w => !WhatIsWords.Contains(w)).ToList();
        return named.Count > 0 && DocumentsNamedDistinctly(q, k).Count > 0
            && named.All(w => DocumentWords.Contains(w) || NamesDocumentKind(w) || IsAuthor(w, k) || w is "rapport" or "rapporten" or "report" or "dokument" or "dokumentet");
    }

    /// <summary>"Which year is the audit from?", "från vilket år är granskningen?", "what year was it dated": the year a
    /// document is from ("vilket år" read with "från"/"from", since "år" folds as "är").</summary>
    private static bool AsksYearFrom(IReadOnlyList<string> tokens) =>
        (Pair(tokens, "which", "year") || Pair(tokens, "what", "year") || Pair(tokens, "vilket", "ar") || Pair(tokens, "vilket", "artal"))
        && tokens.Any(t => t is "from" or "fran" or "dated" or "daterad" or "daterades");

    /// <summary>"Where do the forecast numbers come from?", "var kommer siffrorna ifrån?", "what is the source of the
    /// forecast?", "vilken är källan till prognosen?": where a document's figures come from.</summary>
    public static bool AsksOrigin(IReadOnlyList<string> tokens)
    {
        var where = tokens.Any(t => t is "var" or "varifran" or "where" or "vilken" or "vilka" or "which" or "what" or "whats");
        var comeFrom = Pair(tokens, "come", "from") || Pair(tokens, "comes", "from") || Pair(tokens, "came", "from") || tokens.Contains("ifran") || tokens.Contains("varifran")
            || tokens.Contains("kommer") && tokens.Contains("fran");
        var source = tokens.Any(t => t is "kallan" or "kallorna" or "source" or "sources" or "ursprung" or "ursprunget" or "origin");
        return where && (comeFrom || source);
    }

    /// <summary>"What's the SKL doc about?", "what is the audit about?", "vad handlar granskningen om?": what a document is
    /// about, asked with "about"/"om" closing the question.</summary>
    private static bool AsksWhatAbout(IReadOnlyList<string> tokens) =>
        tokens.Count >= 3 && tokens[0] is "what" or "whats" or "vad"
        && (tokens[^1] == "about" || tokens[^1] == "om" && tokens.Contains("handlar") || tokens[^1] == "pa" && tokens.Contains("gar") && tokens.Contains("ut"));

    /// <summary>Whether the question asks what a document is about (<see cref="AsksWhatAbout(IReadOnlyList{string})"/>).</summary>
    public static bool AsksWhatAbout(QuestionUnderstanding q) => AsksWhatAbout(q.Tokens);

    /// <summary>"Vem gjorde granskningen?", "who wrote the audit", "by whom": who made a document is asked.</summary>
    public static bool AsksWho(QuestionUnderstanding q) =>
        q.Tokens.Any(t => t is "vem" or "vilka" or "who" or "whom") && q.Tokens.Any(AuthorshipWords.Contains) || Pair(q.Tokens, "av", "vem") || Pair(q.Tokens, "by", "whom");

    private static bool IsOrganisationWord(string t) => t is "kommuner" or "kommun" or "kommunerna" or "municipality" or "municipalities" or "organisation" or "organisations"
        or "organization" or "organisationer" or "organisationerna" or "forvaltningar" or "forvaltningarna" or "namnderna" or "organizations" or "namnder" or "namnd"
        or "namnden" or "committee" or "committees" or "board" or "forvaltning" or "forvaltningen";

    private static bool IsStrategicAdjective(string token) =>
        token.StartsWith("strategisk", StringComparison.Ordinal) || token.StartsWith("strategic", StringComparison.Ordinal);

    /// <summary>A group of people the texts name ("samverkansgruppen", "arbetsgrupp", "the cross-department group"), not an
    /// occupation group ("yrkesgrupper").</summary>
    /// <summary>"samverkansgruppen ... – vad ska den göra?", "what will the working group do?": what a group the texts name
    /// is to do (the group is the doer, "den"/"it"/"the group"), not what we do about a subject.</summary>
    public static bool AsksWhatNamedGroupDoes(QuestionUnderstanding q) =>
        q.Tokens.Any(IsNamedGroupWord)
        && (Pair(q.Tokens, "ska", "den") || Pair(q.Tokens, "gor", "den") || Pair(q.Tokens, "does", "it") || Pair(q.Tokens, "will", "it")
            || Pair(q.Tokens, "should", "it") || q.Tokens.Select((t, i) => (t, i)).Any(x => IsNamedGroupWord(x.t) && x.i > 0 && q.Tokens[x.i - 1] is "ska" or "does" or "will" or "should"));

    private static bool IsNamedGroupWord(string token) =>
        (token.Contains("grupp", StringComparison.Ordinal) && !token.StartsWith("yrkes", StringComparison.Ordinal) && !token.StartsWith("grupp", StringComparison.Ordinal)
            && !token.StartsWith("malgrupp", StringComparison.Ordinal) && !token.StartsWith("alders", StringComparison.Ordinal))
        || token is "gruppen" or "group" or "committee" or "taskforce" or "team";

    // Who made a document and when: "vem tog fram prognosen", "who produced the forecast", "when was the audit written".
    private static readonly HashSet<string> AuthorWords = new(StringComparer.Ordinal)
    {
        "producerade", "producerat", "producerades", "produced", "skrev", "skrevs", "skrivit", "skriven", "skrivits", "wrote", "written",
        "author", "authors", "forfattare", "forfattade", "upprattade", "upprattad", "upprattades", "framtagen", "framtaget", "togs",
        "prepared", "compiled", "gjordes", "utfordes", "utforde", "conducted", "carried", "bestallde", "commissioned", "publicerad",
        "publicerades", "published", "daterad", "dated",
    };

    /// <summary>Author words that are participles: "är den framtagen?" asks whether it exists, unless who or when is asked.</summary>
    private static readonly HashSet<string> AuthorParticiples = new(StringComparer.Ordinal)
    {
        "framtagen", "framtaget", "upprattad", "skriven", "written", "prepared", "compiled", "produced",
    };

    // How far ahead a document reaches: "hur långt fram", "how far ahead", "horizon".
    private static readonly HashSet<string> HorizonWords = new(StringComparer.Ordinal)
    {
        "ahead", "horizon", "framat", "fram", "sikt", "tidshorisont", "tidshorisonten", "stracker", "reaches", "extend", "extends",
    };

    /// <summary>
    /// A document named together with who made it, when it was written or how far ahead it reaches ("Who produced the
    /// staffing forecast, and how far ahead does it go?", "När skrevs granskningen och av vem?"): about the document, not
    /// its figures, even when forecast words are there. Not when a group, a year or an activity is asked.
    /// </summary>
    public static bool AsksAboutDocument(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        var document = t.Any(x => DocumentWords.Contains(x) || DocumentStems.Any(s => x.Contains(s, StringComparison.Ordinal)));
        // "Är planen för goda arbetsvillkor framtagen?": a participle alone asks whether the thing was made (a status),
        // not by whom or when ("av vem är den framtagen?", "när upprättades den?").
        var whoOrWhen = t.Any(x => x is "vem" or "vilka" or "vilken" or "who" or "whom" or "nar" or "when" or "av" or "by");
        var author = t.Any(x => AuthorWords.Contains(x) && (whoOrWhen || !AuthorParticiples.Contains(x))) || Pair(t, "by", "whom") || Pair(t, "av", "vem") || Pair(t, "tog", "fram") || Pair(t, "tagit", "fram");
        // "till vilket år sträcker sig prognosen?", "to which year does the forecast extend?": how far the document reaches.
        var reaches = t.Any(x => x is "stracker" or "stracka" or "extend" or "extends" or "reach" or "reaches")
            && t.Any(x => x is "vilket" or "vilken" or "which" or "what" or "hur" or "how");
        var horizon = Pair(t, "how", "far") || Pair(t, "hur", "langt") && t.Any(HorizonWords.Contains) || t.Any(x => x is "ahead" or "horizon" or "tidshorisont" or "tidshorisonten")
            || reaches;
        return document && (author || horizon) && !q.Occupations.Any(o => !o.IsTotal) && q.OtherOccupations.Count == 0 && q.Years.IsEmpty
            && !q.HasAny(Cue.Activity, Cue.Activities, Cue.Overdue, Cue.Done, Cue.InProgress, Cue.Remains, Cue.NotDone, Cue.NotStarted, Cue.StartingUp, Cue.Narrative);
    }

    /// <summary>
    /// A forecast question (a group or a measure) joined with what is done about it ("vad gör vi åt ..., går det enligt
    /// plan?", "what are we doing about it, is it on track?").
    /// </summary>
    public static bool LinksForecastAndActivities(QuestionUnderstanding q)
    {
        var forecast = q.Occupations.Count > 0 || q.HasAny(Cue.NeedNoun, Cue.Recruitment, Cue.Staffing) || q.Tokens.Any(ShortageWords.Contains);
        var t = q.Tokens;
        // "vad säger planen om ...", "what do the plans do about ...": the plans' answer, when a need is asked with it (without
        // one, "vad säger planen om digitalisering" is about the plan's text).
        var planSays = t.Any(PlanWords.Contains) && t.Any(SayWords.Contains) && q.HasAny(Cue.Recruitment, Cue.Staffing, Cue.NeedNoun);
        var doing = Doing(q) || planSays || (q.HasAny(Cue.Activity, Cue.Activities) && q.HasAny(Cue.Recruitment, Cue.Staffing, Cue.NeedNoun, Cue.NeedVerb));
        // "vad gör vi åt bristen på sjuksköterskor?": a shortage of a group the forecast lacks is still what is asked about.
        // "... och finns det någon aktivitet för dem?", "is there an activity for them?": whether one exists is the link too,
        // not one activity's status.
        return forecast && doing && !q.HasAny(Cue.Mine, Cue.Owner) && (!q.Has(Cue.Activity) || AsksWhetherActivityExists(q))
            && (q.Occupations.Count > 0 || q.HasAny(Cue.Recruitment, Cue.Staffing, Cue.NeedNoun) || q.OtherOccupations.Count > 0 && t.Any(ShortageWords.Contains));
    }

    /// <summary>"finns det någon aktivitet ...", "is there an activity ...", "any activity for them": whether an activity exists.</summary>
    public static bool AsksWhetherActivityExists(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        return q.Has(Cue.Activity) && (Pair(t, "finns", "det") || Pair(t, "is", "there") || Pair(t, "are", "there"))
            && t.Any(w => w is "nagon" or "nagot" or "nagra" or "any" or "an");
    }

    /// <summary>
    /// "finns nåt om X som inte är klart?", "finns det något som pågår kring Y": whether anything with a status exists. Only
    /// activities have a status, so it asks for the activities (the caller checks that a status is asked).
    /// </summary>
    public static bool AsksWhetherAnythingExists(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        return (t.Contains("finns") || t.Contains("fanns")) && t.Any(w => w is "nat" or "nagot" or "nagra" or "nanting");
    }

    /// <summary>
    /// "enligt planen", "according to SKL": the answer is in a document's text. Not when what is cited is the forecast
    /// itself ("enligt prognosen", "according to the forecast"): its table answers.
    /// </summary>
    public static bool CitesText(QuestionUnderstanding q) =>
        (Pair(q.Tokens, "according", "to") || q.Tokens.Any(t => t is "enligt" or "mentioned" or "namns" or "namner" or "beskrivs") && !Pair(q.Tokens, "enligt", "plan"))
        && !CitesForecast(q.Tokens, q.HasAny(Cue.Staffing, Cue.Recruitment), q.Has(Cue.HowMany));

    /// <summary>
    /// "enligt prognosen", "according to the forecast", "enligt framskrivningen": the cited source is the forecast. So is
    /// "enligt planen" when a count of a measure is asked ("hur många rekryteringar behövs 2025 enligt planen?"): the plan's
    /// figure for a need is its forecast table's.
    /// </summary>
    private static bool CitesForecast(IReadOnlyList<string> t, bool measureNamed, bool countAsked)
    {
        for (var i = 0; i < t.Count; i++)
        {
            var cite = t[i] == "enligt" ? i + 1 : t[i] == "according" && i + 1 < t.Count && t[i + 1] == "to" ? i + 2 : -1;
            for (var j = cite; j >= 0 && j < t.Count && j <= cite + 2; j++)
            {
                // "rekryteringsbehovet ... enligt Personal- och kompetensförsörjningsplanen": the plan that holds the forecast,
                // named in full, with a measure asked, cites the forecast.
                if (measureNamed && (t[j].StartsWith("kompetensforsorjningsplan", StringComparison.Ordinal) || t[j].StartsWith("kompetensplan", StringComparison.Ordinal)))
                {
                    return true;
                }

                if (j > cite + 1)
                {
                    continue;
                }

                if (t[j].StartsWith("prognos", StringComparison.Ordinal) || t[j].Contains("framskrivning", StringComparison.Ordinal) || measureNamed && ForecastTableWord(t[j])
                    || t[j] is "forecast" or "forecasts" or "projection" or "projections"
                    || measureNamed && countAsked && (t[j] == "planen" || t[j] == "plan" && j == cite + 1 && t[cite] == "the"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "enligt tabellen", "according to the table", "vad säger tabellen": a question of the forecast (a measure named) that
    /// cites the table cites the forecast's table, whose figures answer.
    /// </summary>
    private static bool ForecastTableWord(string token) => token is "tabell" or "tabellen" or "table" or "tables";

    /// <summary>"jämför", "compare", "versus": values side by side.</summary>
    public static bool Compares(QuestionUnderstanding q) =>
        q.Tokens.Any(t => t is "jamfor" or "jamfort" or "jamforelse" or "compare" or "compared" or "comparison" or "versus" or "vs" or "mot");

    /// <summary>"vad gör vi", "åtgärder", "går det enligt plan", "are we doing", "on track".</summary>
    public static bool Doing(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        // "enligt" ("går det enligt plan", "... enligt planerna?") asks what the plans do, except where it cites the forecast
        // itself ("hur många behövs 2027 enligt prognosen?"): that is the forecast's figure alone.
        return t.Any(LinkWords.Contains) || t.Contains("enligt") && !CitesForecast(t, q.HasAny(Cue.Staffing, Cue.Recruitment), q.Has(Cue.HowMany)) || Pair(t, "on", "track") || Pair(t, "i", "fas") || Pair(t, "hur", "gar")
            || Pair(t, "hur", "gick") || Pair(t, "hur", "har") && t.Contains("gatt") || Pair(t, "going", "to") || Pair(t, "going", "anywhere") || Pair(t, "being", "done") || Pair(t, "is", "done");
    }

    /// <summary>"Hur många ... och hur många ...?": two counts asked in one question.</summary>
    public static bool TwoCounts(QuestionUnderstanding q)
    {
        var first = q.Folded.IndexOf("hur manga", StringComparison.Ordinal);
        var english = q.Folded.IndexOf("how many", StringComparison.Ordinal);
        return first >= 0 && q.Folded.IndexOf("hur manga", first + 1, StringComparison.Ordinal) > 0
            || english >= 0 && q.Folded.IndexOf("how many", english + 1, StringComparison.Ordinal) > 0;
    }

    /// <summary>
    /// "what's being done", "vad har gjorts", "is it handled", "hanteras det": what is done about something and how far it
    /// has come, asked in one phrase.
    /// </summary>
    public static bool AsksWhatWasDone(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        return Pair(t, "being", "done") || Pair(t, "been", "done") || Pair(t, "har", "gjorts") || Pair(t, "har", "gjort") && t.Contains("vad")
            || t.Any(w => w is "handled" or "hanterat" or "hanteras" or "hanterad" or "hanterats");
    }

    // Words of size that ask nothing of their own: "hur stort är behovet", "how big is the need".
    private static readonly HashSet<string> SizeWords = new(StringComparer.Ordinal) { "stort", "stora", "storlek", "storleken", "big", "large", "much", "size" };

    /// <summary>
    /// "hur stort är behovet 2025?", "what's the need in 2026?": a need and a year, with no measure (staffing or recruitment
    /// need), no group, no other occupation and no other subject: which need of whom is not said.
    /// </summary>
    public static bool NeedWithoutWhich(QuestionUnderstanding q, KnowledgeSnapshot k) =>
        k.ForecastTables.Count > 0 && (q.Has(Cue.NeedNoun) || Pair(q.Tokens, "the", "need")) && !q.HasAny(Cue.Staffing, Cue.Recruitment, Cue.StaffWord, Cue.Sum, Cue.Change, Cue.Share, Cue.Average)
        && !q.Tokens.Any(Superlatives.Contains) && q.Occupations.Count == 0 && q.OtherOccupations.Count == 0 && q.Years.Years.Count > 0
        && Topic(q, k, []).All(SizeWords.Contains);

    /// <summary>"vad gör vi kring språk?", "what are we doing about ...": the activities about a subject.</summary>
    public static bool WhatWeDo(QuestionUnderstanding q) =>
        q.Tokens.Any(t => t is "gor" or "gora" or "gors" or "doing" or "atgarder" or "measures" or "actions" or "initiatives" or "addresses" or "tackles")
        // "vilken aktivitet tar tag i det?": what takes the problem on.
        || Pair(q.Tokens, "tar", "tag") || Pair(q.Tokens, "tas", "tag") || Pair(q.Tokens, "ta", "tag");

    public static readonly HashSet<string> Superlatives = new(StringComparer.Ordinal)
    {
        "storst", "storsta", "hogst", "hogsta", "flest", "mest", "largest", "highest", "most", "biggest", "greatest", "peak", "topp",
        "toppar", "toppade", "peaks", "peaked", "peaking", "max", "maximum", "minimum",
        "minst", "minsta", "lagst", "lagsta", "farst", "smallest", "lowest", "fewest", "least",
    };

    private static readonly HashSet<string> AreaWords = new(StringComparer.Ordinal)
    {
        "omrade", "omraden", "omradena", "area", "areas", "perspektiv", "perspektiven", "perspective", "perspectives", "rubriker", "rubrikerna",
        "headings", "teman", "themes",
    };

    /// <summary>
    /// "What strategic areas are in the activity plan ...?", "vilka strategiska områden har aktivitetsplanen?": the plan's
    /// headings (its strategic area or perspective column) are asked, not its activities: a word for an area with an
    /// activity plan named, or "strategiska"/"strategic" before it with a plan.
    /// </summary>
    public static bool AsksPlanAreas(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        var area = 0;
        while (area < t.Count && !AreaWords.Contains(t[area]))
        {
            area++;
        }

        if (area == t.Count)
        {
            return false;
        }

        var strategic = area > 0 && t[area - 1].StartsWith("strategi", StringComparison.Ordinal);
        return QueryReader.NamesActivityPlan(q) || strategic && t.Any(w => w.StartsWith("plan", StringComparison.Ordinal) || w.EndsWith("planen", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> PlateWords = new(StringComparer.Ordinal) { "bord", "bordet", "plate", "desk", "table", "agenda", "sitt", "sin", "sina", "the", "their", "its", "his", "her" };

    /// <summary>
    /// "på sitt bord", "on their plate", "på agendan": words for what someone has to do, no topic of its own (the pronoun
    /// and the noun after "på"/"on").
    /// </summary>
    /// <summary>Meetings a question is asked ahead of ("inför nämnden", "before the board meeting").</summary>
    private static readonly HashSet<string> Meetings = new(StringComparer.Ordinal)
    {
        "namnden", "namndmotet", "namndsmotet", "motet", "styrelsen", "ledningsgruppen", "committee", "board", "meeting",
    };

    /// <summary>
    /// "... behöver veta inför nämnden", "need to know before the board meeting": why the asker asks (needing to know, a
    /// meeting ahead), no subject the activities must be about.
    /// </summary>
    private static bool Occasion(IReadOnlyList<string> t, int i)
    {
        bool Needs(int j) => j >= 0 && t[j] is "behover" or "vill" or "maste" or "need" or "needs" or "want" or "wants" or "to" or "have";
        bool Ahead(int j) => j >= 0 && (t[j] is "infor" || t[j] is "before" || t[j] is "the" && j > 0 && t[j - 1] is "before");
        return t[i] is "veta" or "know" && Needs(i - 1) || i + 1 < t.Count && t[i + 1] is "veta" or "know" && Needs(i)
            || t[i] is "infor" or "before" && i + 1 < t.Count && (Meetings.Contains(t[i + 1]) || t[i + 1] == "the" && i + 2 < t.Count && Meetings.Contains(t[i + 2]))
            || Meetings.Contains(t[i]) && Ahead(i - 1)
            || t[i] == "meeting" && i > 0 && Meetings.Contains(t[i - 1]) && Ahead(i - 2);
    }

    /// <summary>
    /// "under första kvartalet", "in the first quarter", "i så fall": a quarter written in words (read as the quarter) and
    /// "if so" frame the question; they name nothing an activity is about.
    /// </summary>
    private static bool QuarterWords(IReadOnlyList<string> t, int i)
    {
        static bool Ordinal(string w) => w is "forsta" or "andra" or "tredje" or "fjarde" or "sista" or "first" or "second" or "third" or "fourth" or "last";
        static bool Quarter(string w) => w is "kvartalet" or "kvartal" or "quarter";
        return Ordinal(t[i]) && i + 1 < t.Count && Quarter(t[i + 1]) || Quarter(t[i]) && i > 0 && Ordinal(t[i - 1])
            || t[i] == "fall" && i > 1 && t[i - 1] == "sa" && t[i - 2] == "i";
    }

    private static bool OnThePlate(IReadOnlyList<string> t, int i)
    {
        if (!IsPlateWord(t[i]))
        {
            return false;
        }

        var j = i;
        while (j > 0 && i - j < 2 && IsPlateWord(t[j - 1]))
        {
            j--;
        }

        return j > 0 && t[j - 1] is "pa" or "on";
    }

    private static bool IsPlateWord(string w) => PlateWords.Contains(w) || PlateWords.Contains(w.TrimEnd('n'));

    /// <summary>
    /// "vad har avd HR och kompetensförsörjning på sitt bord?", "vad har avd c ÖVF med Q4 och status?", "what does the HR
    /// manager have on the table?", "vad ligger på ekonomichefen?": what an owner has is asked with the owner as the subject
    /// of "vad har" / "what does ... have"; with an owner named and nothing else asked, that owner's activities.
    /// </summary>
    public static bool AsksWhatOwnerHas(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        return t.Count >= 3 && ((t[0], t[1]) is ("vad", "har") or ("vad", "ligger") or ("what", "has") or ("what", "is") or ("whats", "on")
            || (t[0], t[1]) is ("what", "does") or ("what", "do") && t.Any(w => w is "have" or "own" or "owns")
            // "vad ansvarar HR för?", "vad äger ÖVF?": what an owner is responsible for.
            || (t[0], t[1]) is ("vad", "ansvarar") or ("vad", "ager") or ("what", "owns"));
    }

    /// <summary>"Q2 or earlier", "senast Q2", "före Q3": the words of a quarter's bound (read with the quarters), no topic.</summary>
    private static readonly HashSet<string> QuarterBoundWords = new(StringComparer.Ordinal) { "earlier", "tidigare", "innan", "before", "fore", "forr", "senast", "latest", "prior" };

    /// <summary>
    /// "ligger på", "own", "äger": verbs that tie activities to an owner named in the question ("vilka aktiviteter ligger på
    /// Avd HR ...", "what does ÖVF own"); with an owner named they are no topic.
    /// </summary>
    private static readonly HashSet<string> OwnerVerbs = new(StringComparer.Ordinal) { "ligger", "own", "owns", "owned", "ager", "handles", "handle" };

    /// <summary>
    /// "alone", "ensam", "själv": an owner named as the only owner of an activity, not one among several
    /// ("How many activities does the Ekonomichef own (alone)?").
    /// </summary>
    /// <summary>
    /// "tillsammans", "jointly": two owners named as owning an activity together, not either of them ("vad gör HR-chef och
    /// ekonomichef tillsammans?"); "hur många har de tillsammans?" counts both, a sum.
    /// </summary>
    public static bool AsksJointOwners(QuestionUnderstanding q) =>
        !q.Has(Cue.HowMany) && q.Tokens.Any(t => t is "tillsammans" or "jointly") && AloneOrJointly(q.Tokens).Count == 0;

    public static bool AsksSoleOwner(QuestionUnderstanding q) =>
        q.Tokens.Any(IsSoleWord) && AloneOrJointly(q.Tokens).Count == 0;

    private static bool IsSoleWord(string t) =>
        t is "alone" or "solely" or "sole" or "ensam" or "ensamt" or "ensamma" or "sjalv" or "sjalva" or "ensamansvarig" or "ensamansvar";

    private static bool IsJointWord(string t) =>
        t is "ihop" or "tillsammans" or "gemensamt" or "delat" or "jointly" or "together" or "shared" or "med" or "with";

    /// <summary>
    /// "ensam eller ihop med någon", "alone or jointly", "tillsammans med andra eller själv": both ways of owning asked at
    /// once, i.e. every activity the owner has a part in, neither the sole nor the joint reading. Returns the positions of
    /// the phrase (none when the question has no such either-or); those words name no topic.
    /// </summary>
    public static IReadOnlySet<int> AloneOrJointly(IReadOnlyList<string> t)
    {
        var at = new HashSet<int>();
        for (var i = 0; i + 2 < t.Count; i++)
        {
            if (t[i + 1] is not ("eller" or "or") || !(IsSoleWord(t[i]) && IsJointWord(t[i + 2]) || IsJointWord(t[i]) && IsSoleWord(t[i + 2])))
            {
                continue;
            }

            at.UnionWith([i, i + 1, i + 2]);
            // "... ihop med någon", "... together with others": whom it is shared with is nobody in particular.
            for (var j = i + 3; j < t.Count && j <= i + 5 && t[j] is "med" or "with" or "nagon" or "nan" or "nagra" or "andra" or "others" or "someone" or "anyone" or "somebody" or "other" or "owners" or "ansvariga"; j++)
            {
                at.Add(j);
            }
        }

        return at;
    }

    // "vad säger tabellen?", "what does the table say?": the table of a forecast series is its figures; so is where it
    // ends up ("what does it land on?", "what does it come to?", "what does that amount to?").
    private static readonly HashSet<string> SayTail = new(StringComparer.Ordinal)
    {
        "det", "den", "dar", "it", "that", "say", "says", "show", "shows", "there", "the", "tabell", "tabellen", "table",
        "land", "lands", "on", "end", "ends", "up", "come", "comes", "amount", "to",
    };

    /// <summary>
    /// "usk personalbehov 2022 och 2023, vad står det?", "recruitment need usk 2024, what does it say?": a forecast
    /// series (a measure, a group, years) closed by a bare "what does it say", with no subject after it, asks for the
    /// figures, not a text ("vad står det om personalbehovet" still asks the text).
    /// </summary>
    public static bool AsksWhatFiguresSay(QuestionUnderstanding q)
    {
        if (!q.HasAny(Cue.Staffing, Cue.Recruitment) || q.Occupations.Count == 0 || q.Years.Years.Count == 0)
        {
            return false;
        }

        var narrative = q.Hits.Where(h => h.Entry.Cue == Cue.Narrative).ToList();
        return narrative.Count > 0
            && narrative.All(h => q.Tokens[h.Start] is "vad" or "star" or "what")
            && q.Tokens.Skip(narrative.Max(h => h.Start + h.Length)).All(SayTail.Contains);
    }

    /// <summary>"vad kostar", "kostnaden", "what does it cost", "how much money": money asked, which a forecast of people lacks.</summary>
    public static bool AsksCost(QuestionUnderstanding q) =>
        q.Tokens.Where((_, i) => !AmountIsContext(q, i)).Any(t => t is "kostar" or "kosta" or "kostat" or "kostnad" or "kostnaden" or "kostnader" or "kostnaderna" or "kronor" or "mnkr" or "miljoner"
            or "cost" or "costs" or "money" or "budget" or "budgeten");

    /// <summary>"fördelning per status", "by status", "breakdown by status".</summary>
    public static bool AsksPerStatus(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        return Pair(t, "per", "status") || Pair(t, "by", "status") || Pair(t, "varje", "status") || Pair(t, "each", "status")
            || t.Any(x => x is "fordelning" or "fordelningen" or "breakdown" or "distribution") && q.Has(Cue.StatusWord);
    }

    /// <summary>An imperative the assistant does not carry out ("skicka ...", "ändra status ...", "send ...").</summary>
    public static bool IsCommand(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        var start = 0;
        if (t.Count > 2 && (t[0], t[1]) is ("kan", "du") or ("can", "you") or ("could", "you") or ("would", "you") or ("kan", "ni"))
        {
            start = 2;
        }
        else if (t.Count > 1 && t[0] is "please" or "snalla")
        {
            start = 1;
        }

        // "ta bort" deletes; "ta fram" (produce) is a question for a list; "lägg ihop", "add up" ask for a sum.
        // "Share of women ...", "Change in sick leave ...", "Update on the pool?": an English verb that is also a noun,
        // followed by a preposition, is the noun that a question asks about, not an imperative.
        return start < t.Count && CommandVerbs.Contains(t[start]) && (t[start] != "ta" || start + 1 < t.Count && t[start + 1] == "bort")
            && !(start + 1 < t.Count && t[start + 1] is "ihop" or "samman" or "up" or "together")
            && !(start + 1 < t.Count && VerbNouns.Contains(t[start]) && NounPrepositions.Contains(t[start + 1]));
    }

    /// <summary>English command verbs that are also nouns a question starts with ("share of", "change in", "update on").</summary>
    private static readonly HashSet<string> VerbNouns = new(StringComparer.Ordinal)
    {
        "share", "change", "update", "order", "mark", "draft", "schedule", "set", "move", "close", "book",
    };

    /// <summary>Prepositions after such a noun ("share of", "change in", "update on", "schedule for").</summary>
    private static readonly HashSet<string> NounPrepositions = new(StringComparer.Ordinal)
    {
        "of", "in", "on", "for", "from", "between", "over", "since",
    };

    private static readonly HashSet<string> CommandVerbs = new(StringComparer.Ordinal)
    {
        "skicka", "mejla", "maila", "andra", "uppdatera", "radera", "ta", "boka", "ring", "send", "email", "mail", "change", "update",
        "delete", "set", "mark", "markera", "satt", "skriv", "write", "skapa", "create", "add", "remove", "lagg", "stang", "close", "flytta",
        "move", "paminn", "remind", "bestall", "order", "publicera", "publish", "dela", "share", "tilldela", "assign", "importera", "import",
        "lagga", "book", "schedule", "schemalagg", "skriva", "ringa", "satta", "stanga", "bestalla", "paminna", "oversatta", "avsluta",
        "byt", "byta", "cancel", "draft", "compose", "forward", "notify", "invite",
    };

    /// <summary>"Vilka yrkesgrupper finns i prognosen?": the forecast's groups, not one group's values.</summary>
    public static bool AsksForGroups(QuestionUnderstanding q) =>
        q.Has(Cue.Group) && q.HasAny(Cue.Which, Cue.ListVerb, Cue.HowMany) && q.Occupations.All(o => o.IsTotal)
        && !q.HasAny(Cue.Largest, Cue.Smallest, Cue.Activities, Cue.Activity) && q.Years.IsEmpty && !q.Tokens.Any(IsDifficultyWord)
        && !AsksOfNamedGroup(q.Tokens);

    /// <summary>"Which priority areas does the cross-department group have?", "vilka förvaltningar är med i
    /// samverkansgruppen?": one group of people the texts name is asked about, not the forecast's occupation groups.</summary>
    private static bool AsksOfNamedGroup(IReadOnlyList<string> tokens) =>
        tokens.Any(IsNamedGroupWord) && !tokens.Any(t => t.StartsWith("yrkes", StringComparison.Ordinal) || t.StartsWith("occupation", StringComparison.Ordinal)
            || t.StartsWith("profession", StringComparison.Ordinal));

    /// <summary>"Vilka yrkesgrupper är svårast att rekrytera", "which professions are hardest to fill", "brist": which
    /// groups are hard to get is a judgement the text makes, not the forecast's list of groups. How easy is the same
    /// judgement ("blir det lättare att rekrytera socionomer framöver?", "is it getting easier to hire nurses?"): the
    /// forecast counts how many are needed, never how hard they are to get.</summary>
    public static bool IsDifficultyWord(string token) =>
        token is "svart" or "svarast" or "svarare" or "svarigheter" or "svarighet" or "svarigheten" or "svarigheterna"
            or "hard" or "harder" or "hardest" or "difficult" or "difficulty" or "difficulties"
            or "latt" or "lattare" or "lattast" or "enklare" or "enklast" or "easy" or "easier" or "easiest"
        || ShortageWords.Contains(token);

    public static bool AsksForNoOwner(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        for (var i = 0; i + 1 < t.Count; i++)
        {
            var negation = t[i] is "utan" or "ingen" or "saknar" or "without" or "no" or "lacking" or "missing" or "lack";
            if (negation && (IsOwnerWord(t[i + 1]) || i + 2 < t.Count && t[i + 1] is "en" or "an" or "a" or "nagon" or "any" && IsOwnerWord(t[i + 2])))
            {
                return true;
            }
        }

        return t.Any(x => x is "unassigned" or "ansvarslosa");
    }

    private static bool IsOwnerWord(string token) => token is "ansvarig" or "ansvariga" or "agare" or "owner" or "owners" or "ansvarige" or "assigned";

    /// <summary>"per plan", "i varje plan", "for each document".</summary>
    public static bool AsksPerPlan(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        for (var i = 0; i + 1 < t.Count; i++)
        {
            if (t[i] is "per" or "varje" or "each" or "respektive" or "every" or "olika" && t[i + 1] is "plan" or "planer" or "dokument" or "document" or "documents" or "plans" or "planerna")
            {
                return true;
            }
        }

        return false;
    }

    public static bool ShowAll(QuestionUnderstanding q) =>
        Pair(q.Tokens, "visa", "alla") || Pair(q.Tokens, "show", "all") || Pair(q.Tokens, "visa", "fler") || Pair(q.Tokens, "show", "more");

    /// <summary>Documents the question names by a word of their title or kind ("verksamhetsplanen", "revisionen").</summary>
    public static List<int> Documents(QuestionUnderstanding q, KnowledgeSnapshot k) => Documents(q, k, byTitle: true);

    /// <summary>
    /// Documents the question names by their kind, organisation, author or nation ("the audit", "Örebro", "enligt SKL"),
    /// not by a word their titles share with the question's subject ("kompetensförsörjningen").
    /// </summary>
    public static List<int> DocumentsNamedDistinctly(QuestionUnderstanding q, KnowledgeSnapshot k) => Documents(q, k, byTitle: false);

    private static List<int> Documents(QuestionUnderstanding q, KnowledgeSnapshot k, bool byTitle)
    {
        var result = new List<int>();
        var owners = k.OwnerWords;
        // "Örebro", "the audit": an organisation's own name (not the "kommun" every organisation has) and a kind's own
        // word name a document however short they are.
        var everywhere = k.CommonOrganisationWords;
        foreach (var (document, titleTokens, organisationTokens) in k.DocumentNames)
        {
            var title = titleTokens.Concat(organisationTokens).Where(w => w.Length >= 8).ToList();
            var kind = KindWords(document.Kind);
            var organisation = organisationTokens.Where(w => w.Length >= 5 && !everywhere.Contains(w)).ToList();
            if (q.Tokens.Any(t => t.Length >= 8 && !owners.Contains(t)
                    // "aktivitetsplan verksamhet" is a plan's name: "verksamhet" alone is no short "verksamhetsplan".
                    && (byTitle && title.Any(w => t.StartsWith(w, StringComparison.Ordinal)) || kind.Any(w => t.StartsWith(w, StringComparison.Ordinal)
                        || w.StartsWith(t, StringComparison.Ordinal) && !ActivityListAnswerer.PlanPartWords.Contains(t))))
                // "Örebros socialförvaltning": an organisation's name in the genitive names it too.
                || q.Tokens.Any(t => t.Length >= 5 && !owners.Contains(t) && (kind.Contains(t) || organisation.Any(w => t == w || t == w + "s"))))
            {
                result.Add(document.Id);
            }
        }

        result.AddRange(NamedByAuthorOrNation(q, k).Where(id => !result.Contains(id)));

        // "the 2024 follow-up", "2024 plan", "planen för 2024": a plan word and the plan's year.
        if (result.Count == 0 && q.Years.Years.Count == 1 && q.Tokens.Any(t => t.StartsWith("plan", StringComparison.Ordinal) || t.StartsWith("uppfoljning", StringComparison.Ordinal) || t.Contains("plan", StringComparison.Ordinal) || t == "follow"))
        {
            result.AddRange(k.Documents.Values.Where(d => d.Year == q.Years.Years[0] && d.Kind is DocumentKind.FollowUp or DocumentKind.OperationalPlan).Select(d => d.Id));
        }

        if (result.Count == 0 && Pair(q.Tokens, "follow", "up"))
        {
            result.AddRange(k.Documents.Values.Where(d => d.Kind == DocumentKind.FollowUp).Select(d => d.Id));
        }

        return result.Count == k.Documents.Count ? [] : result;
    }

    /// <summary>Words that ask for the national picture ("hur många arbetar nationellt", "nationally", "nationwide"): the
    /// documents of no one municipality answer, not a municipality's plan that mentions the nation.</summary>
    public static bool AsksNationally(IReadOnlyList<string> tokens) =>
        tokens.Any(t => t is "nationellt" or "nationally" or "nationwide" or "riksniva") || Pair(tokens, "national", "level") || Pair(tokens, "nationell", "niva");

    /// <summary>
    /// "Enligt SKL", "SKL:s enkät": the author a document names (however short its name) names the document; a question
    /// asked <see cref="AsksNationally">nationally</see> names the documents that belong to no municipality, when some do.
    /// </summary>
    private static IEnumerable<int> NamedByAuthorOrNation(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var national = AsksNationally(q.Tokens) && k.Documents.Values.Any(d => !string.IsNullOrWhiteSpace(d.Municipality));
        foreach (var d in k.Documents.Values)
        {
            if (q.Tokens.Any(t => IsAuthorOf(t, d)) || national && string.IsNullOrWhiteSpace(d.Municipality))
            {
                yield return d.Id;
            }
        }
    }

    /// <summary>
    /// Documents the question names by their place or author alone ("i Örebro", "Linköpings", "enligt SKL"): the
    /// municipality (not the "kommun" every municipality has) or the author. Not by kind, title or organisation:
    /// "uppföljning", "socialtjänst" and "social" are also what texts are about.
    /// </summary>
    public static HashSet<int> DocumentsNamedByPlace(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var result = new HashSet<int>();
        var everywhere = k.CommonOrganisationWords;
        foreach (var document in k.Documents.Values)
        {
            var place = TextFold.Tokens(document.Municipality ?? string.Empty).Where(w => w.Length >= 5 && !everywhere.Contains(w)).ToList();
            if (q.Tokens.Any(t => t.Length >= 5 && place.Any(w => t == w || t + "s" == w || t == w + "s"))
                || q.Tokens.Any(t => IsAuthorOf(t, document)))
            {
                result.Add(document.Id);
            }
        }

        return result.Count == k.Documents.Count ? [] : result;
    }

    /// <summary>
    /// Documents the question names by a word of their kind as such ("revisionen", "the audit", "strategin"), not by a word
    /// that only begins like one ("strategisk", "personal"): where a passage must be looked for.
    /// </summary>
    public static HashSet<int> DocumentsNamedByKind(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        // "uppföljning" is as often what is asked about ("uppföljningen av lönetillägget") as the follow-up document.
        var result = k.Documents.Values.Where(d => KindWords(d.Kind) is { Length: > 0 } words && q.Tokens.Any(t => t != "uppfoljning" && words.Contains(t))).Select(d => d.Id).ToHashSet();
        return result.Count == k.Documents.Count ? [] : result;
    }

    /// <summary>Whether a word is the name of a document's author ("skl", "skls").</summary>
    public static bool IsAuthor(string token, KnowledgeSnapshot k) => k.Documents.Values.Any(d => IsAuthorOf(token, d));

    private static bool IsAuthorOf(string token, KnowledgeDocument d) =>
        !string.IsNullOrWhiteSpace(d.Author) && TextFold.Tokens(d.Author).Any(w => w.Length >= 3 && (token == w || token == w + "s"));

    /// <summary>Whether a word names a kind of document ("revisorerna", "the audit", "strategin"), not what one is about.</summary>
    public static bool NamesDocumentKind(string token) =>
        Enum.GetValues<DocumentKind>().SelectMany(KindWords).Any(w => token == w || token.Length >= 8 && token.StartsWith(w, StringComparison.Ordinal));

    private static string[] KindWords(DocumentKind kind) => kind switch
    {
        DocumentKind.StaffingPlan => ["kompetensforsorjningsplan", "kompetensforsorjningsplanen", "kompetensplan", "kompetensplanen", "kompplan", "kompplanen", "personalplan", "bemanningsplan", "personalforsorjningsplan"],
        DocumentKind.OperationalPlan or DocumentKind.FollowUp => ["verksamhetsplan", "uppfoljning", "followup"],
        // "Vad kritiserade revisorerna?", "what did the auditors find?": the auditors name their audit as the audit does.
        DocumentKind.Audit => ["granskning", "revision", "revisionsrapport", "stadsrevision", "audit", "audits", "revisionen", "granskningen", "revisor", "auditor", "auditors",
            // The auditors and the audit in their other forms ("vad kritiserar revisorerna", "revisionens kritik").
            "revisorer", "revisorerna", "revisorernas", "revisionens", "granskningens"],
        DocumentKind.Strategy => ["strategi", "strategin", "strategy"],
        _ => [],
    };

    /// <summary>
    /// The content words of an activity question that are neither cue, owner, status, year nor list machinery: what the
    /// activities must be about ("språk", "heltid", "introduktion").
    /// </summary>
    public static List<string> Topic(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyList<OwnerEntry> owners)
    {
        var used = new bool[q.Tokens.Count];
        foreach (var hit in q.Hits.Where(h => h.Entry.Occupation is null || h.Entry.Occupation.IsTotal))
        {
            for (var i = hit.Start; i < hit.Start + hit.Length; i++)
            {
                used[i] = true;
            }
        }

        // "i Aktivitetsplan förvaltningen": an activity table's name says where to look, not what the activities are about.
        if (ActivityListAnswerer.NamedTable(q, k) is { } table)
        {
            foreach (var i in table.At)
            {
                used[i] = true;
            }
        }

        var ownerWords = owners.SelectMany(o => o.Tokens).ToHashSet();
        var documentWords = DocumentWords;
        var result = new List<string>();
        var aloneOrJointly = AloneOrJointly(q.Tokens);
        // "aktiviteter som rör usk": a group's abbreviation is its word as the texts spell it out ("underskoterska").
        var abbreviated = q.Hits.Where(h => h.Entry.Occupation is { IsTotal: false } && h.Length == 1 && q.Tokens[h.Start].Length < 4)
            .ToDictionary(h => h.Start, h => h.Entry.Occupation!.GroupKeywords[0]);
        for (var i = 0; i < q.Tokens.Count; i++)
        {
            var t = q.Tokens[i];
            if (abbreviated.TryGetValue(i, out var spelled))
            {
                result.Add(spelled);
                continue;
            }

            if (used[i] || t.Length < 4 && !NamesActivityCode(t, k) || char.IsDigit(t[0]) || ListWords.Contains(t) || QueryTerms.Stop.Contains(t) || TopicMarkers.Contains(t) || OnThePlate(q.Tokens, i)
                || owners.Count > 0 && (OwnerVerbs.Contains(t) || IsSoleWord(t) || aloneOrJointly.Contains(i)) || owners.Count >= 2 && AsksJointOwners(q with { Tokens = [t] }) || q.Quarters.Count > 0 && (QuarterBoundWords.Contains(t) || QuarterWords(q.Tokens, i))
                || documentWords.Contains(t) || ownerWords.Any(o => WordMatch.Match(t, o) >= MatchQuality.Typo) || Occasion(q.Tokens, i)
                || Documents(q with { Tokens = [t] }, k).Count > 0 || ContinuesOwner(q.Tokens, i, k, ownerWords)
                || owners.Count > 0 && DescribesDepartment(q.Tokens, i) || owners.Count > 0 && OwnerMatcher.RulesOutOwnerWord(q.Tokens, i, k))
            {
                continue;
            }

            result.Add(t);
        }

        return result;
    }

    /// <summary>
    /// "PM3 – är det klart?": a short word of letters and digits (a project's code) that an activity's text has is that
    /// activity's name, however short; other short words ("det", "och") name nothing, nor does a quarter ("Q2", one letter).
    /// </summary>
    private static bool NamesActivityCode(string token, KnowledgeSnapshot k) =>
        token.Count(char.IsLetter) >= 2 && token.Any(char.IsDigit) && char.IsLetter(token[0])
        && k.Activities.Any(a => k.ActivityWords[a.Id].Contains(token));

    /// <summary>
    /// "activities about language training / language skills", "aktiviteter om rekrytering eller introduktion": topic
    /// words joined by a slash, "eller" or "or" are alternatives, either of which an activity may concern. The topic words
    /// of each alternative (each part of the question read alone, so the glossary reads its English); none when the
    /// question joins no two parts that each name a topic.
    /// </summary>
    public static List<List<string>> TopicAlternatives(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyList<OwnerEntry> owners)
    {
        var parts = Alternative().Split(q.Text);
        if (parts.Length < 2)
        {
            return [];
        }

        var alternatives = parts.Select(p => Topic(QuestionReader.Read(p, q.Today), k, owners).Distinct().ToList()).Where(t => t.Count > 0).ToList();
        return alternatives.Count >= 2 ? alternatives : [];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{L})\s*/\s*(?=\p{L})|\s+(?:eller|or)\s+", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Alternative();

    /// <summary>
    /// "the HR and competence supply department": a word next to a named owner's word that is part of one owner's full
    /// name ("Avd- HR och kompetensförsörjning") continues that name; it is not a topic.
    /// </summary>
    private static bool ContinuesOwner(IReadOnlyList<string> tokens, int i, KnowledgeSnapshot k, HashSet<string> ownerWords)
    {
        if (ownerWords.Count == 0)
        {
            return false;
        }

        bool Near(int j) => j >= 0 && j < tokens.Count && ownerWords.Contains(tokens[j]);
        var near = Near(i - 1) || Near(i + 1) || (i >= 1 && tokens[i - 1] is "och" or "and" or "&" && Near(i - 2));
        return near && k.Owners.Any(o => o.Tokens.Contains(tokens[i]) && o.Tokens.Any(ownerWords.Contains));
    }

    /// <summary>Words that name a department as such: what stands before them describes the department.</summary>
    private static readonly HashSet<string> DepartmentWords = new(StringComparer.Ordinal)
    {
        "department", "departments", "dept", "unit", "division", "avdelning", "avdelningen", "avdelningens", "enhet", "enheten",
    };

    /// <summary>
    /// "the quality/authority department (Myndighet och Kvalité)", "the HR unit": with an owner named, the words right before a
    /// department word (up to three) describe that department in the asker's words; they are not what its activities are about.
    /// </summary>
    private static bool DescribesDepartment(IReadOnlyList<string> tokens, int i)
    {
        for (var j = i + 1; j < tokens.Count && j <= i + 3; j++)
        {
            if (DepartmentWords.Contains(tokens[j]))
            {
                return true;
            }

            if (ListWords.Contains(tokens[j]) || QueryTerms.Stop.Contains(tokens[j]) || TopicMarkers.Contains(tokens[j]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the word comes after a word that names a topic ("om", "kring", "about", "regarding").</summary>
    public static bool AfterTopicMarker(QuestionUnderstanding q, string word)
    {
        var at = -1;
        for (var i = 0; i < q.Tokens.Count; i++)
        {
            if (TopicMarkers.Contains(q.Tokens[i]) && at < 0)
            {
                at = i;
            }
            else if (at >= 0 && q.Tokens[i] == word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an activity's text is about a topic word: a shared stem, or the first part of a compound.</summary>
    public static bool Concerns(IReadOnlyList<string> activityTokens, string topic)
    {
        var stem = topic.Length <= 6 ? topic : topic[..Math.Max(6, topic.Length - 3)];
        var indexed = activityTokens as WordList;
        if (indexed is not null)
        {
            // The same test as the loop below, as searches: a word that begins with the stem, or one that is the topic's
            // beginning of five letters or more, at most three short of it.
            if (indexed.HasWordStartingWith(stem))
            {
                return true;
            }

            for (var length = Math.Max(5, topic.Length - 3); length <= topic.Length; length++)
            {
                if (indexed.Has(topic[..length]))
                {
                    return true;
                }
            }
        }
        else
        {
            foreach (var token in activityTokens)
            {
                if (token.StartsWith(stem, StringComparison.Ordinal) || token.Length >= 5 && topic.StartsWith(token, StringComparison.Ordinal) && token.Length >= topic.Length - 3)
                {
                    return true;
                }
            }
        }

        // "digitalisering" → "digital": a noun made from a word is about that word ("den digitala infrastrukturen").
        foreach (var suffix in (string[])["iseringen", "isering", "eringen", "ering"])
        {
            if (topic.EndsWith(suffix, StringComparison.Ordinal) && topic.Length - suffix.Length >= 6)
            {
                var root = topic[..^suffix.Length];
                if (activityTokens.Any(a => a.StartsWith(root, StringComparison.Ordinal)))
                {
                    return true;
                }

                break;
            }
        }

        // "språkutbildning" → "språk" + "utbildning": the head of a compound is what it is about.
        for (var cut = 4; cut <= topic.Length - 4; cut++)
        {
            var head = topic[..cut];
            var tail = topic[cut..];
            if (tail.Length >= 5 && IsKnownWord(tail)
                && (indexed?.HasWordStartingWith(head) ?? activityTokens.Any(a => a.StartsWith(head, StringComparison.Ordinal) && a.Length >= head.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKnownWord(string tail) =>
        tail.StartsWith("utbildning", StringComparison.Ordinal) || tail.StartsWith("kunskap", StringComparison.Ordinal)
        || tail.StartsWith("fragor", StringComparison.Ordinal) || tail.StartsWith("arbete", StringComparison.Ordinal)
        || tail.StartsWith("insats", StringComparison.Ordinal) || tail.StartsWith("stod", StringComparison.Ordinal)
        || tail.StartsWith("program", StringComparison.Ordinal) || tail.StartsWith("plan", StringComparison.Ordinal)
        || tail.StartsWith("satsning", StringComparison.Ordinal) || tail.StartsWith("utveckling", StringComparison.Ordinal);

    private static bool AsksWhetherDocumentExists(IReadOnlyList<string> tokens)
    {
        if (!(Pair(tokens, "har", "vi") || Pair(tokens, "do", "we") && tokens.Contains("have")))
        {
            return false;
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] is "nagon" or "nagot" or "nagra" or "any" && (DocumentWords.Contains(tokens[i + 1]) || tokens[i + 1] == "follow")
                && !tokens.Skip(i + 2).Take(2).SequenceEqual(["for", "att"]) && !(i + 2 < tokens.Count && tokens[i + 2] == "to"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Pair(IReadOnlyList<string> tokens, string first, string second)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] == first && tokens[i + 1] == second)
            {
                return true;
            }
        }

        return false;
    }
}
