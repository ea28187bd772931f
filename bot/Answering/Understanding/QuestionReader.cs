using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Bot.Answering.Understanding;

/// <summary>Reads a question into a <see cref="QuestionUnderstanding"/>: no knowledge needed, so it is cheap and testable alone.</summary>
public static partial class QuestionReader
{
    public static QuestionUnderstanding Read(string text, DateOnly today, string? locale = null)
    {
        var language = LanguageDetector.Detect(text, locale);
        // The gloss is read in any question whose phrase before the brackets is English: "Who owns the model for following up
        // managers (uppföljning av chefer)?" reads as Swedish by its Swedish words, but its English phrase is glossed all the same.
        // (In a Swedish question only after an English article or preposition: "Kompetenstrappan (lärplattform)" is no gloss.)
        text = WithoutGlossedPhrase(text, afterEnglishWordOnly: language != AnswerLanguage.English);

        var folded = Glossary.Apply(TextFold.Fold(Glossary.Acronyms(text)));
        var splitTails = new HashSet<int>();
        var tokens = SplitCompounds(TextFold.Tokens(folded), splitTails);
        var hits = WithStatusAroundSubject(tokens, PhraseMatcher.Find(tokens, Lexicon.Entries));
        var used = new bool[tokens.Count];
        foreach (var hit in hits)
        {
            for (var i = hit.Start; i < hit.Start + hit.Length; i++)
            {
                used[i] = true;
            }
        }

        // "det totala personalbehovet ... enligt tabellen över personalbehov och rekryteringsbehov": a table named by its
        // title, which lists both measures, asks neither; the measure named outside the title is the one asked.
        var title = MeasuresInTableTitle(tokens, hits);
        if (title.Count > 0 && hits.Any(h => h.Entry.Cue is Cue.Staffing or Cue.Recruitment && !title.Contains(h)))
        {
            hits = [.. hits.Where(h => !title.Contains(h))];
        }

        var cues = hits.Where(h => h.Entry.Cue is not null).Select(h => h.Entry.Cue!.Value).ToHashSet();
        // "Personalbehov för ledningen – finns det aktiviteter om chefsrekrytering?": the staffing need named is the measure;
        // recruitment only as the tail of a compound is then what the activities are about.
        if (cues.Contains(Cue.Staffing) && hits.Where(h => h.Entry.Cue == Cue.Recruitment).All(h => splitTails.Contains(h.Start) && tokens[h.Start].StartsWith("rekryter", StringComparison.Ordinal)))
        {
            cues.Remove(Cue.Recruitment);
        }
        if (folded.Contains('%', StringComparison.Ordinal))
        {
            cues.Add(Cue.Percent);
        }

        // "aktiviteter för att minska sjukfrånvaron", "what are we doing to reduce turnover": a change word in a purpose
        // clause names the aim of what is done, not a change asked of a figure.
        if (hits.Any(h => h.Entry.Cue == Cue.Change) && hits.Where(h => h.Entry.Cue == Cue.Change).All(h => InPurposeClause(tokens, h.Start)))
        {
            cues.Remove(Cue.Change);
        }

        var quarters = Quarters(folded);
        var years = YearParser.Parse(folded, today);

        // "went from 2019 to 2027 by how many percent": a percent over a span of years, not a share of something, is the
        // change over that span (a sum of the years would answer another question with a number nobody asked for).
        if (cues.Contains(Cue.Percent) && years.IsRange && !cues.Contains(Cue.Share))
        {
            cues.Add(Cue.Change);
        }

        // "Hur många fler usk behövs 2024 än 2023?", "how many more ... in 2024 than in 2023": more (fewer) in one year than
        // in another is the change between the two years.
        if (years.Years.Count == 2 && !years.IsRange && tokens.Any(MoreWords.Contains) && tokens.Any(t => t is "an" or "than"))
        {
            cues.Add(Cue.Change);
        }

        // "sjukfrånvaro 2014 vs 2015, hur mycket upp?", "hur mycket gick sjukfrånvaron ner mellan 2013 och 2015?", "how many
        // points down from 2014 to 2015?": a direction asked as an amount between two years is the change between them.
        if ((years.Years.Count == 2 || years.IsRange) && AsksAmountUpOrDown(tokens))
        {
            cues.Add(Cue.Change);
        }

        return new QuestionUnderstanding
        {
            Text = text,
            Folded = folded,
            Tokens = tokens,
            Language = language,
            Today = today,
            Hits = hits,
            Cues = cues,
            Occupations = [.. hits.Where(h => h.Entry.Occupation is not null).Select(h => h.Entry.Occupation!).Distinct()],
            Excluded = Excluded(tokens, hits),
            OtherOccupations = [.. hits.Where(h => h.Entry.Other is not null).Select(h => h.Entry.Other!).Concat(UnknownOccupations(text, tokens, used, hits)).Distinct()],
            Years = years,
            Quarters = quarters,
            ClaimedNumbers = Claimed(folded, years),
            FreeTokens = [.. tokens.Where((t, i) => !used[i])],
        };
    }

    /// <summary>
    /// Status phrases whose subject sits inside them: "hur ligger X till", "hur långt har X kommit", "where does X stand"
    /// (the lexicon lists them with a pronoun, "hur ligger det till"). Each pair is the phrase's opening and closing words.
    /// </summary>
    private static readonly (string[] Open, string Close)[] StatusFrames =
    [
        (["hur", "ligger"], "till"),
        (["hur", "langt", "har"], "kommit"),
        (["where", "does"], "stand"),
        (["where", "do"], "stand"),
    ];

    /// <summary>The most words a subject inside a status phrase may have ("hur ligger införandet av det nya systemet till").</summary>
    private const int MaxStatusSubject = 6;

    /// <summary>
    /// Words after "var står" that make it ask where a text says something, not how some work stands: "var står det om X",
    /// "var står något om X i planen".
    /// </summary>
    private static readonly HashSet<string> WhereWrittenWords = new(StringComparer.Ordinal) { "det", "detta", "skrivet", "beskrivet", "om", "i", "nagot", "nat", "nagonting", "namnt", "namns" };

    /// <summary>
    /// A status asked with its subject between the phrase's parts: "Hur ligger BEATA-införandet till?", "hur långt har
    /// utredningen kommit?", "where does the rollout stand?", and "Var står utredningen om X?" opening the question. The
    /// phrase's words are read as a status cue; the words between stay the subject. Only where no lexicon phrase has read
    /// those words already ("hur ligger vi till", "var står vi").
    /// </summary>
    private static List<PhraseHit> WithStatusAroundSubject(List<string> tokens, List<PhraseHit> hits)
    {
        var taken = new bool[tokens.Count];
        foreach (var hit in hits)
        {
            Array.Fill(taken, true, hit.Start, hit.Length);
        }

        bool Free(int at, int length) => at >= 0 && at + length <= tokens.Count && Array.IndexOf(taken, true, at, length) < 0;
        bool WordsAt(int at, string[] words) => at + words.Length <= tokens.Count && words.Select((w, k) => tokens[at + k] == w).All(b => b);
        PhraseHit Status(int at, int length) => new(new LexiconEntry(tokens.GetRange(at, length), Cue: Cue.StatusWord), at, length, MatchQuality.Exact);

        var added = new List<PhraseHit>();
        foreach (var (open, close) in StatusFrames)
        {
            for (var i = 0; i + open.Length < tokens.Count; i++)
            {
                if (!WordsAt(i, open) || !Free(i, open.Length))
                {
                    continue;
                }

                var from = i + open.Length;
                var end = Enumerable.Range(from + 1, Math.Min(MaxStatusSubject, tokens.Count - from - 1)).FirstOrDefault(j => tokens[j] == close, -1);
                if (end > 0 && Free(end, 1))
                {
                    added.Add(Status(i, open.Length));
                    added.Add(Status(end, 1));
                    Array.Fill(taken, true, i, open.Length);
                    taken[end] = true;
                }
            }
        }

        // "Var står utredningen om ledsagning?": where the work stands, its subject right after the opening words.
        if (tokens.Count >= 3 && tokens[0] == "var" && tokens[1] == "star" && Free(0, 2) && !WhereWrittenWords.Contains(tokens[2])
            && !tokens.Skip(2).Any(t => t is "skrivet" or "beskrivet" or "namnt" or "namns"))
        {
            added.Add(Status(0, 2));
        }

        if (added.Count == 0)
        {
            return hits;
        }

        return [.. hits.Concat(added).OrderBy(h => h.Start)];
    }

    private static readonly HashSet<string> TitleJoins = new(StringComparer.Ordinal) { "over", "om", "med", "kallad", "for", "of", "the", "on", "called", "named" };

    /// <summary>
    /// The measure hits that are a table's title: right after "tabell(en)"/"table" (with "över", "om", "of" ... between),
    /// two measures of different kinds joined by "och"/"and" ("tabellen över personalbehov och rekryteringsbehov").
    /// </summary>
    private static List<PhraseHit> MeasuresInTableTitle(List<string> tokens, List<PhraseHit> hits)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].StartsWith("tabell", StringComparison.Ordinal) && tokens[i] is not ("table" or "tables"))
            {
                continue;
            }

            var j = i + 1;
            while (j < tokens.Count && TitleJoins.Contains(tokens[j]))
            {
                j++;
            }

            var first = hits.FirstOrDefault(h => h.Start == j && h.Entry.Cue is Cue.Staffing or Cue.Recruitment);
            var at = first is null ? -1 : first.Start + first.Length;
            if (first is null || at + 1 >= tokens.Count || tokens[at] is not ("och" or "and" or "samt"))
            {
                continue;
            }

            var second = hits.FirstOrDefault(h => h.Start == at + 1 && h.Entry.Cue is Cue.Staffing or Cue.Recruitment && h.Entry.Cue != first.Entry.Cue);
            if (second is not null)
            {
                return [first, second];
            }
        }

        return [];
    }

    private static readonly HashSet<string> PurposeHeads = new(StringComparer.Ordinal)
    {
        "activities", "activity", "measures", "actions", "initiatives", "efforts", "steps", "done", "doing", "plans", "plan", "work", "working",
    };

    /// <summary>"för att minska", "så att ... ökar" (one word after), "in order to reduce", "measures to reduce", "doing to cut".</summary>
    private static bool InPurposeClause(IReadOnlyList<string> t, int start) =>
        start >= 2 && t[start - 1] == "att" && t[start - 2] is "for" or "sa"
        // "hur går arbetet med att minska personalomsättningen": the work's aim, too.
        || start >= 3 && t[start - 1] == "att" && t[start - 2] == "med" && t[start - 3].StartsWith("arbet", StringComparison.Ordinal)
        || start >= 3 && t[start - 1] == "to" && t[start - 2] == "order" && t[start - 3] == "in"
        || start >= 2 && t[start - 1] == "to" && PurposeHeads.Contains(t[start - 2]);

    // Words that leave out what follows: "exklusive", "exkl.", "utom", "förutom", "bortsett från", "undantaget",
    // "excluding", "except (for)", "apart from", "without"/"utan" (only before a group: "utan rekrytering" is no group).
    private static readonly HashSet<string> ExcludeWords = new(StringComparer.Ordinal)
    {
        "exklusive", "exkl", "exkluderat", "exkluderad", "exkluderade", "utom", "forutom", "undantaget", "utan", "bortsett",
        "excluding", "exclude", "excluded", "except", "excl", "without", "apart",
    };

    // What may stand between the word that leaves out and the groups it leaves out: "bortsett från", "except for the",
    // "apart from", and the joins of a list of groups ("utom ledning och adm").
    private static readonly HashSet<string> ExcludeJoins = new(StringComparer.Ordinal)
    {
        "fran", "for", "the", "de", "och", "samt", "eller", "and", "or", "from", "plus",
    };

    /// <summary>The occupation groups named after a word that leaves them out, through a list of groups joined by "och"/"and".</summary>
    private static List<Occupation> Excluded(List<string> tokens, List<PhraseHit> hits)
    {
        var excluded = new List<Occupation>();
        var at = tokens.FindIndex(ExcludeWords.Contains);
        if (at < 0)
        {
            return excluded;
        }

        var byStart = hits.Where(h => h.Start > at).OrderBy(h => h.Start).ToList();
        var i = at + 1;
        foreach (var hit in byStart)
        {
            while (i < hit.Start && ExcludeJoins.Contains(tokens[i]))
            {
                i++;
            }

            if (i != hit.Start || hit.Entry.Occupation is null || hit.Entry.Occupation.IsTotal)
            {
                break;
            }

            if (!excluded.Contains(hit.Entry.Occupation))
            {
                excluded.Add(hit.Entry.Occupation);
            }

            i = hit.Start + hit.Length;
        }

        return excluded;
    }

    /// <summary>Endings of occupation nouns (folded), Swedish and English: "skolsköterskor", "dental secretaries", "janitors".</summary>
    private static readonly string[] OccupationEndings =
    [
        "skoterska", "skoterskor", "sekreterare", "terapeut", "terapeuter", "pedagog", "pedagoger", "psykolog", "psykologer",
        "lakare", "tekniker", "ingenjor",
        "ingenjorer", "ekonom", "ekonomer", "jurist", "jurister", "kurator", "kuratorer", "larare", "konsulent", "konsulenter",
        "samordnare", "skotare", "barnmorska", "barnmorskor", "vaktmastare", "tolk", "tolkar", "chauffor", "chauffore",
        "nurse", "nurses", "secretary", "secretaries", "therapist", "therapists", "officer", "officers",
        "janitor", "janitors", "technician", "technicians", "coordinator", "coordinators", "interpreter", "interpreters",
        "dentist", "dentists", "lawyer", "lawyers", "accountant", "accountants", "economist", "economists", "driver", "drivers",
        "midwife", "midwives", "counsellors", "counselors", "paramedic", "paramedics", "surgeon", "surgeons",
    ];

    /// <summary>
    /// An occupation the lexicon does not know, named by a word nothing else read that ends like an occupation noun
    /// ("skolsköterskor", "dental secretaries"). The forecast then says it has no such group instead of answering its
    /// total for a group nobody asked about.
    /// </summary>
    private static IEnumerable<OtherOccupation> UnknownOccupations(string text, List<string> tokens, bool[] used, List<PhraseHit> hits)
    {
        // Beside a group the lexicon knows, a word like that is part of the group's own name ("vårdare/usk/assistent").
        if (hits.Any(h => h.Entry.Occupation is not null || h.Entry.Other is not null))
        {
            yield break;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!used[i] && token.Length >= 5 && OccupationEndings.Any(e => token.EndsWith(e, StringComparison.Ordinal)))
            {
                var word = TextFold.WrittenForms(text).GetValueOrDefault(token, token);
                yield return new OtherOccupation(word, word);
            }
        }
    }

    // "språkkunskapsaktiviteten" is "språkkunskaps" + "aktiviteten": the cue word at the end of a compound stands alone.
    // "chefsrekryteringen" is "chefs" + "rekryteringen": the recruitment of a group asks its recruitment need.
    private static List<string> SplitCompounds(List<string> tokens, HashSet<int> tails)
    {
        string[] endings = ["aktiviteterna", "aktiviteten", "aktiviteter", "aktivitet", "rekryteringsbehovet", "rekryteringsbehov", "rekryteringarna", "rekryteringen", "rekryteringar", "rekrytering"];
        var result = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            var tail = endings.FirstOrDefault(t => token.Length >= t.Length + 4 && token.EndsWith(t, StringComparison.Ordinal));
            if (tail is null)
            {
                result.Add(token);
                continue;
            }

            var head = token[..^tail.Length];
            result.Add(head.EndsWith('s') && head.Length > 5 ? head[..^1] : head);
            tails.Add(result.Count);
            result.Add(tail);
        }

        return result;
    }

    private static readonly HashSet<string> Directions = new(StringComparer.Ordinal) { "upp", "ner", "ned", "up", "down" };
    private static readonly HashSet<string> AmountWords = new(StringComparer.Ordinal) { "mycket", "mkt", "much" };
    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal) { "manga", "many" };

    /// <summary>
    /// A direction asked as an amount: "upp"/"ner"/"up"/"down" within three words after "mycket"/"much" ("hur mycket upp",
    /// "hur mycket gick sjukfrånvaron upp") or two after "många"/"many" with at most its unit between ("how many points
    /// up"; "hur många aktiviteter följs upp" counts things). A direction alone ("gick den upp eller ner?") asks which
    /// way, not by how much: no change.
    /// </summary>
    private static bool AsksAmountUpOrDown(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Directions.Contains(tokens[i]))
            {
                continue;
            }

            for (var j = Math.Max(0, i - 3); j < i; j++)
            {
                if (AmountWords.Contains(tokens[j]) || CountWords.Contains(tokens[j]) && i - j <= 2)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Comparatives that ask how much more or less one value is than another.</summary>
    public static readonly IReadOnlySet<string> MoreWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "fler", "farre", "mer", "mera", "storre", "mindre", "hogre", "lagre", "more", "fewer", "less", "larger", "bigger", "higher", "smaller", "lower",
    };

    private static List<int> Quarters(string folded)
    {
        var result = new List<int>();
        foreach (Match m in Quarter().Matches(folded))
        {
            var value = m.Groups["n"].Success
                ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)
                : Array.IndexOf(["forsta", "andra", "tredje", "fjarde"], m.Groups["sv"].Value) + 1 is var sv && sv > 0
                    ? sv
                    : Array.IndexOf(["first", "second", "third", "fourth"], m.Groups["en"].Value) + 1;
            // "Q2 or earlier", "senast Q2", "före Q3": a bound, so every quarter up to it (before it, for "före").
            var before = folded[..m.Index];
            var strictly = QuarterBefore().IsMatch(before);
            var last = QuarterOrEarlier().IsMatch(folded[(m.Index + m.Length)..]) || QuarterAtLatest().IsMatch(before) ? value
                : strictly ? value - 1 : 0;
            if (value is >= 1 and <= 4 && !result.Contains(value) && !strictly)
            {
                result.Add(value);
            }

            if (last > 0)
            {
                result = [.. result.Union(Enumerable.Range(1, last)).Order()];
            }
        }

        return result;
    }

    [GeneratedRegex(@"^\s*(?:(?:19|20)\d\d\s*)?(?:or|eller)\s+(?:earlier|tidigare|innan|before|fore|forr)\b")]
    private static partial Regex QuarterOrEarlier();

    [GeneratedRegex(@"\b(?:senast|no later than|at the latest by|by the end of|till och med|t o m|up to and including|(?:done|finished|completed|complete|ready) by)\s+(?:(?:i|in|under)\s+)?$")]
    private static partial Regex QuarterAtLatest();

    [GeneratedRegex(@"\b(?:fore|innan|before|prior to)\s+(?:(?:i|in|under)\s+)?$")]
    private static partial Regex QuarterBefore();

    private static List<decimal> Claimed(string folded, YearSpec years)
    {
        var result = new List<decimal>();
        foreach (Match m in Number().Matches(folded))
        {
            var digits = m.Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.');
            if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var isYear = value == decimal.Truncate(value) && years.All.Contains((int)value) || value is >= 1950 and <= 2100 && value == decimal.Truncate(value);
            if (!isYear)
            {
                result.Add(value);
            }
        }

        return result;
    }

    [GeneratedRegex(@"\b(?:q|kv|kvartal|quarter)\s*(?<n>[1-4])\b|\b(?<sv>forsta|andra|tredje|fjarde)\s+kvartal(?:et)?\b|\b(?<en>first|second|third|fourth)\s+quarter\b")]
    private static partial Regex Quarter();

    // Numbers standing alone (not inside "PM3", "FAS2", "Q2"): "500", "1 527", "4,6".
    /// <summary>
    /// "Who owns the crisis management (krisledning) activity?", "the model for following up managers (uppföljning av
    /// chefer)": an English phrase followed by one to three words in parentheses is a gloss; the words in parentheses are
    /// the name the documents use, so the phrase before it (back to an article or a
    /// preposition, at most three words) is dropped and the word read alone ("management" is then no Ledning group). A
    /// code in parentheses ("(R9)", "(MBL)") is no gloss: it has digits or is written in capitals, and is left alone.
    /// </summary>
    internal static string WithoutGlossedPhrase(string text, bool afterEnglishWordOnly = false)
    {
        var match = GlossedPhrase().Match(text);
        if (!match.Success || afterEnglishWordOnly && match.Groups["lead"].Value.Trim().Length == 0)
        {
            return text;
        }

        var word = match.Groups["word"].Value;
        // "(alone)", "(together)": a qualifier of the question, not the documents' name for the phrase before it.
        // "HR-chef (not biträdande)", "(inte biträdande)": a negation in brackets rules something out; it names nothing.
        if (word.Length < 4 || word.All(c => char.IsUpper(c) || c == ' ') || word.Any(char.IsDigit) || Qualifiers.Contains(word.ToLowerInvariant())
            || Negations.Contains(word.Split(' ')[0].ToLowerInvariant()))
        {
            return text;
        }

        // "social workers (tv-anställda)", "nurses (permanently employed)": a form of employment in brackets after a group
        // narrows the group (the turnover tables' "Tv-anställda", "Månadsavlönade"); it is no name for it.
        if (EmploymentForm().IsMatch(TextFold.Fold(word)) && PhraseMatcher.Find(TextFold.Tokens(Glossary.Apply(TextFold.Fold(match.Groups["phrase"].Value))), Lexicon.Entries)
                .Any(h => h.Entry.Occupation is { IsTotal: false }))
        {
            return text;
        }

        // The phrase glossed starts after the last article or preposition before the parentheses.
        var words = match.Groups["phrase"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.TakeWhile((_, i) => words.Skip(i).Any(w => GlossBoundary.Contains(w.ToLowerInvariant()))).ToList();
        if (kept.Count == words.Length)
        {
            return text;
        }

        var lead = match.Groups["lead"].Value + string.Concat(kept.Select(w => w + " "));
        // The word keeps its brackets: the plan's own word, written as a name, weighs most in finding the activity.
        return text[..match.Index] + lead + "(" + word + ")" + text[(match.Index + match.Length)..];
    }

    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "alone", "only", "solely", "jointly", "together", "shared", "total", "totals", "approx", "roughly", "approximately", "ensam", "ensamt", "själv", "totalt", "ungefär",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "inte", "ej", "except", "excluding", "utom", "förutom" };

    private static readonly HashSet<string> GlossBoundary = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "for", "about", "on", "in", "with", "to", "and", "or", "our", "your", "is", "are", "what", "who", "which", "how",
    };

    [GeneratedRegex(@"anstalld|avlonad|tillsvidare|visstid|vikari|\btv\b|permanent|employed|tenured|temporary|salaried")]
    private static partial Regex EmploymentForm();

    [GeneratedRegex(@"(?<lead>(?:^|\b(?:the|a|an|of|for|about|on|in|with|to|and|our|your|is|are|what|who|which|how)\s+))(?<phrase>(?:[\p{L}][\p{L}\-']*\s+){1,3}?)\((?<word>[\p{L}\-]+(?: [\p{L}\-]+){0,2})\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GlossedPhrase();

    [GeneratedRegex(@"(?<![\w,.\-–])\d{1,3}(?: \d{3})+(?:,\d+)?(?![\w\-–])|(?<![\w,.\-–])\d+(?:,\d+)?(?![\w\-–])(?!\s*(?:ar|aren|arets|years?|kvartal)\b)")]
    private static partial Regex Number();
}
