using System.Text.RegularExpressions;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Knowledge.Extraction;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>
/// Narrative questions: the passage that answers best, trimmed to the sentences that answer, with the document and
/// heading it comes from. Lucene (BM25, Swedish analysis, compounds) proposes candidates; each is judged half by the
/// idf-weighted share of the question's words it covers and half by its best window of one or two sentences (the words
/// near each other, the heading at half weight), plus what the question asks the sentence to hold (a number for "hur
/// många", a reason for "varför", the list an introduction names for "vad/vilka"), a heading that has the question's
/// words, the document the question names and the years it names. Passages of other sections that rank exactly as well
/// follow briefly. A weak best match says so and names the documents searched; nothing relevant → an honest "not found".
/// </summary>
public static partial class PassageAnswerer
{
    private const double MinimumCoverage = 0.5;
    private const double WeakCoverage = 0.6;
    private const int MaxChars = 900;
    private const int MaxSentences = 6;
    private const int ContinuationSentences = 2;

    /// <summary>What, asked beside a number, makes the question more than a figure: a finding, a reason, what the text says
    /// of a subject, a definition, a way, a recommendation, a criticism. A figure alone counts the years asked as its words.</summary>
    private const Focus FigureOnlyExcludes = Focus.Finding | Focus.Reason | Focus.Says | Focus.Definition | Focus.Manner | Focus.Recommendation | Focus.Criticism;

    public sealed record PassageMatch(Passage Passage, SearchHit Hit, IReadOnlyList<string> Terms)
    {
        /// <summary>Passages of other sections that answer exactly as well (a name defined in one place and used in
        /// another, the same directive for the committee and for the department): shown after the best, briefly.</summary>
        public IReadOnlyList<PassageMatch> Also { get; init; } = [];

        /// <summary>The recommendations of this passage's section are what is asked ("vilka rekommendationer gav
        /// revisorerna?"): the answer lists them all, not the sentences that share the question's words.</summary>
        public bool Recommendations { get; init; }
    }

    /// <summary>How many other equally good passages are shown after the best one, and how long each may be.</summary>
    private const int MaxAlso = 2;

    /// <summary>Passages Lucene proposes for the sentence-level ranking (BM25 alone favours short passages).</summary>
    private const int Candidates = 30;
    private const int AlsoChars = 350;

    /// <summary>The longest excerpt of a section whose subject is what the question asks the text's words about.</summary>
    private const int SectionChars = 2000;

    /// <summary>
    /// "What does the plan say about the joint strategic group 'Nya vägar till kompetensförsörjning'?": what the text says
    /// of the subject its section is headed by is the section, as far as it fits, not the best few sentences of it (the
    /// group's purpose and when it reports stand paragraphs apart).
    /// </summary>
    private static bool SaysOfSection(Focus focus, double headingShare) => focus.HasFlag(Focus.Says) && headingShare >= 0.5;

    /// <summary>
    /// The longest excerpt for what the question asks of the passage. The section is shown as far as
    /// <see cref="SectionChars"/> fit when the text's words are asked about as a whole: what it says of a subject ("hur
    /// beskriver planen X", "what does the plan say about X": the sentence that answers often stands past a short window),
    /// or a subject its heading names with nothing particular asked of it ("praktik och arbetsmarknadsinsatser, vad
    /// innebär det för oss?": the section's last sentence draws its conclusion). A number, a time, a reason, a definition
    /// or a list asked is in the sentences that state it: the short window.
    /// </summary>
    private static int ExcerptChars(Focus focus, double headingShare, bool headingOnly) =>
        SaysOfSection(focus, headingShare)
        || focus.HasFlag(Focus.Says) && (focus & (Focus.Number | Focus.Date)) == 0
        || focus == Focus.None && headingShare >= 0.5 && headingOnly
            ? SectionChars
            : MaxChars;

    /// <param name="documents">Documents the question names ("enligt revisionen", "SKL:s strategi"): their passages
    /// come before other documents' that cover the question as well or a little better.</param>
    public static PassageMatch? Find(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyCollection<int>? documents = null)
    {
        var terms = QueryTerms.For(q, k.PassageIndex, siblings: true);
        // "Hur många jobbar i socialtjänsten?", "hur många svarade på enkäten?": the verb says what is counted (people
        // employed, respondents), which the answering number is followed by ("275 600 anställda", "289 enkätsvar"); it is not
        // the subject, so it is not searched ("jobbar" would find "välfärdsjobben" in a sentence with no number).
        var countVerbs = CountVerbs(TextFold.Tokens(q.Folded));
        if (countVerbs.Count > 0 && terms.Where(t => !countVerbs.Any(v => v.StartsWith(t, StringComparison.Ordinal))).ToList() is { Count: > 0 } subject)
        {
            terms = subject;
        }

        // "Vilka rekommendationer gav revisorerna?", "vad föreslår revisorerna att socialnämnderna ska göra?": the words left
        // only name the document, its addressees and the recommending: the recommendations themselves are asked.
        if (FocusOf(q).HasFlag(Focus.Recommendation) && SubjectlessRecommendations(q, k, documents, terms) is { } recommended)
        {
            return recommended;
        }

        // "What did the auditors criticise?", "what did the audit find?": the words left only name the document asked
        // ("auditors") and the finding ("find"), not what it is about.
        if (terms.Count == 0 || documents is { Count: > 0 } && FocusOf(q).HasFlag(Focus.Finding)
            && QueryTerms.For(q with { Tokens = [.. q.Tokens.Select(t => Queries.QueryWords.NamesDocumentKind(t) || AsksFinding([t], recommendations: false) ? "the" : t)] }, k.PassageIndex, siblings: true).Count == 0)
        {
            return SubjectlessFinding(q, k, documents);
        }

        // Among passages that cover the question as well, prose answers before a table's text (what/why/how are asked in
        // words). The document the question names and the years it names count as words the passage covers: "hur många
        // går i pension fram till 2027 enligt planen" is answered by the plan's sentence with 2027, not an audit's.
        //
        // A passage is judged half by what it covers as a whole and half by its best window of sentences (the question's
        // words near each other, the heading counting half), so one shared common word in a long passage loses to the
        // sentence that has them all; a window that has what the question asks for (a number, a reason) gains.
        var years = q.Years.All.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        // A passage that has only what is asked of the subject ("vad kostar": kostnad, kronor) and none of the subject is no answer.
        var synonyms = QueryTerms.SynonymOrigins(q, k.PassageIndex);
        var hits = AsOneWord(k.PassageIndex.Search(terms, Candidates, q.English), terms, synonyms, k.PassageIndex)
            .Where(h => h.Coverage >= MinimumCoverage && h.MatchedTerms.Any(t => !IsCostTerm(t))).ToList();
        if (hits.Count == 0)
        {
            return null;
        }

        hits = Within(hits, h => KnowledgeSnapshot.DivisionOf(q.Folded, anywhere: true) is { } division
            && k.Divisions.GetValueOrDefault(h.Key) == division);
        // "the 2020 HME survey", "HME-undersökningen 2020": a year that names what is asked (not "fram till 2027", "in 2025")
        // keeps the passages that state it, when any does; another year's survey is not the one asked.
        var named = NamingYears(q.Text);
        hits = Within(hits, h => named.Any(y => k.PassagesById[h.Key].Text.Contains(y, StringComparison.Ordinal)));
        // "enligt planens inledning", "according to the intro text": the section named is where to look.
        hits = Within(hits, h => NamesIntroduction(q) && IsIntroduction(k.PassagesById[h.Key].HeadingPath));
        // "what is 'SOF i tiden'?": a title quoted that a section's own heading has names that section, before the passages
        // that only mention it.
        if (Queries.QueryReader.QuotedTitle(q.Text) is { } title)
        {
            var quoted = TextFold.SingleSpaced(TextFold.Fold(title));
            hits = Within(hits, h => TextFold.SingleSpaced(TextFold.Fold(k.PassagesById[h.Key].HeadingPath.Split(" › ")[^1])).Contains(quoted, StringComparison.Ordinal));
        }

        var placed = Queries.QueryWords.DocumentsNamedByPlace(q, k);
        hits = Within(hits, h => placed.Contains(k.PassagesById[h.Key].DocumentId));
        // A document named by its kind ("vad säger revisionen om personalomsättningen", "what does the audit say about sick
        // leave") is where to look, as a place is: another document's passage on the subject answers another question.
        var kinds = Queries.QueryWords.DocumentsNamedByKind(q, k);
        hits = Within(hits, h => kinds.Contains(k.PassagesById[h.Key].DocumentId));

        //
        // Words that name a document rather than what is asked weigh less: the title of a document the question names
        // ("SKL's strategy for stable competence supply") and the organisations the documents come from ("i Örebro").
        var naming = (documents ?? []).Select(id => k.Documents.GetValueOrDefault(id)?.Title ?? string.Empty)
            .Concat(k.Documents.Values.Select(d => $"{d.Municipality} {d.Organisation}"))
            .SelectMany(k.PassageTerms.Terms).ToHashSet();
        // "vad sa cheferna i studien om chefers förutsättningar", "the report on ...": a word of what kind of source it is,
        // followed by what it is about, points at the source; the passages about it need not say "studien".
        var tokens = TextFold.Tokens(q.Folded);
        naming.UnionWith(tokens.Where((t, i) => SourceWord(t) && i + 1 < tokens.Count && tokens[i + 1] is "om" or "about" or "on")
            .SelectMany(k.PassageTerms.Terms));
        // The place or author the search was narrowed to is in every passage left: its name tells none apart ("Does Örebro
        // use staffing agencies": a sentence that says "Örebro kommun" is no better for it; "hur många är anställda i
        // socialtjänsten enligt SKL": a sentence that says "SKL fick signaler" neither).
        var place = placed.Count == 0 || hits.Any(h => !placed.Contains(k.PassagesById[h.Key].DocumentId)) ? []
            : placed.SelectMany(id => k.PassageTerms.Terms($"{k.Documents.GetValueOrDefault(id)?.Municipality} {k.Documents.GetValueOrDefault(id)?.Author}")).ToHashSet();
        // A word's synonym ("risk" for "problem") weighs half: a passage with both would count the word twice, and one
        // with the synonym alone is not more about the question than one with the word.
        // ... nor does it make the answer less certain: a passage of the source named need not repeat its name ("enligt SKL":
        // SKL's strategy says "275 600 anställda i socialtjänsten" without "SKL"), so what it covers is counted without it
        // (or with it, when the passage has the name: then it is no less).
        if (place.Count > 0)
        {
            var before = hits.ToDictionary(h => h.Key, h => h.Coverage);
            hits = [.. AsOneWord(hits, [.. terms.Where(t => !place.Contains(t))], synonyms, k.PassageIndex, always: true)
                .Select(h => h with { Coverage = Math.Max(h.Coverage, before[h.Key]) })];
        }

        var weights = terms.ToDictionary(t => t, t => place.Contains(t) ? 0
            : k.PassageIndex.Idf(t) * (naming.Contains(t) ? NamingWeight : 1) * (synonyms.ContainsKey(t) ? SynonymWeight : 1));
        var known = hits.SelectMany(h => h.MatchedTerms).ToHashSet();
        var total = known.Sum(t => weights[t]);
        var focus = FocusOf(q);
        IReadOnlyCollection<string> groupWords = q.Occupations.Any(o => !o.IsTotal) ? [] : GroupWords(k);
        var counts = CountedKinds(TextFold.Tokens(q.Folded));
        // A compound of the question ("socionomstudenter") that a passage has only as its first part ("socionomer") is
        // another thing there (the social workers, not their students): it weighs half in that passage.
        var compounds = known.Where(t => t.Length >= 8 && Enumerable.Range(4, t.Length - 7).Any(cut => k.PassageIndex.IsModifierOf(t[..cut], t))).ToList();
        var ranked = hits
            .Select(h =>
            {
                var passage = k.PassagesById[h.Key];
                var own = weights;
                if (compounds.Count > 0 && compounds.Where(t => k.PassageIndex.MatchesOnlyAsModifier(t, k.PassageTerms.Terms(passage.Text))).ToList() is { Count: > 0 } halves)
                {
                    own = weights.ToDictionary(w => w.Key, w => halves.Contains(w.Key) ? w.Value * ModifierWeight : w.Value);
                }

                var coverage = total <= 0 ? h.Coverage : h.MatchedTerms.Where(known.Contains).Sum(t => own[t]) / total;
                var window = BestWindow(passage, [.. known], own, total, k.PassageTerms, focus, groupWords, counts);
                var heading = total <= 0 ? 0 : HeadingTerms(passage, [.. known], k.PassageTerms).Sum(t => own[t]) / total;
                var key = (0.5 * coverage) + (0.5 * window) + (HeadingWeight * heading) + Bonus(passage, documents, years)
                    + (NamesSection(passage, [.. known], k.PassageTerms) ? NamedSectionBonus : 0)
                    + (focus.HasFlag(Focus.Finding) && IsFindingSection(passage.HeadingPath) ? FindingSectionBonus : 0)
                    // ... a section headed by its reasons only when its heading names what the question asks the reason of
                    // ("varför är unga svåra att få till vården" is not answered by the reasons municipalities hire agencies).
                    + (focus.HasFlag(Focus.Reason) && ReasonHeading().IsMatch(passage.HeadingPath) && heading > 0 ? FindingSectionBonus : 0);
                return (Hit: h, Passage: passage, Key: Math.Round(key, 2), Coverage: coverage);
            })
            .OrderByDescending(x => x.Key)
            // "Vad säger planen om pensionsavgångar?": of passages that answer alike, the municipality's own plan's
            // comes before a national strategy's or an audit's, the others following as also said.
            .ThenByDescending(x => AsksPlan(q) && IsPlan(k.Documents.GetValueOrDefault(x.Passage.DocumentId)))
            .ThenBy(x => IsTable(x.Passage.Text))
            .ThenByDescending(x => x.Hit.Score)
            .ToList();
        var best = ranked[0];
        // "Vilka samarbeten nämns?", "which measures are mentioned?": the things asked for may be named across sections, so
        // every other section that has all the question's words the best one has follows too, each under its heading.
        var gathers = AsksMentioned(q);
        var also = ranked.Skip(1)
            .Where(x => (x.Key >= best.Key || gathers && x.Coverage >= best.Coverage - 1e-9
                    // A section and its own comments ("10.4 Chefernas arbetssituation" and "... › Kommentarer") answer together:
                    // what the interviewed said and what the reviewers made of it.
                    || x.Coverage >= best.Coverage - 1e-9 && SectionAndComments(x.Passage, best.Passage))
                && x.Passage.HeadingPath != best.Passage.HeadingPath)
            .Take(MaxAlso)
            .Select(x => new PassageMatch(x.Passage, x.Hit, terms))
            .ToList();
        return new PassageMatch(best.Passage, best.Hit, terms) { Also = also };
    }

    /// <summary>
    /// "Hur många går i pension 2020-2027?": whether a sentence of the passage states a figure in the unit asked, with the
    /// years as the question writes them (a range by its ends) and at least two of the question's words: the text has the
    /// figure for those years, which a table of other years or the forecast's per-year needs do not.
    /// </summary>
    public static bool StatesFigureFor(QuestionUnderstanding q, PassageMatch match, KnowledgeSnapshot k)
    {
        var focus = FocusOf(q);
        var years = (q.Years.IsRange ? [q.Years.From!.Value, q.Years.To!.Value] : q.Years.Years)
            .Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return focus.HasFlag(Focus.Number) && years.Count > 0
            && k.PassageTerms.Sentences(match.Passage.Text).Any(s => years.All(y => s.Contains(y, StringComparison.Ordinal))
                && StatesNumberInUnit(s, focus) && Covered(s, match.Terms, k.PassageTerms).Count >= 2);
    }

    /// <summary>
    /// "Hur många usk examineras per år?", "how many retire?": a count asked of a flow the forecast does not count (who take
    /// an exam, who retire), named by a word of the question (<see cref="IsUncountedFlow"/>). Whether a sentence of the
    /// passage states a count in the unit asked with a word of that flow and two of the question's words.
    /// </summary>
    public static bool StatesFlowCount(QuestionUnderstanding q, PassageMatch match, KnowledgeSnapshot k)
    {
        var focus = FocusOf(q);
        var flows = TextFold.Tokens(q.Folded).Where(IsUncountedFlow).Select(FlowStem).ToHashSet(StringComparer.Ordinal);
        return focus.HasFlag(Focus.Number) && flows.Count > 0
            && k.PassageTerms.Sentences(match.Passage.Text).Any(s => TextFold.Tokens(TextFold.Fold(s)).Any(t => IsUncountedFlow(t) && flows.Contains(FlowStem(t)))
                && StatesNumberInUnit(s, focus) && Covered(s, match.Terms, k.PassageTerms).Count >= 2);
    }

    /// <summary>A word (folded) for people who take an exam or retire: "examineras", "examen", "undersköterskeexamen",
    /// "pension", "pensionsavgångar", "graduate", "retire". The forecast counts needs, never these.</summary>
    public static bool IsUncountedFlow(string token) => UncountedFlow().IsMatch(token);

    private static string FlowStem(string token) => token.Contains("pension", StringComparison.Ordinal) || token.StartsWith("retir", StringComparison.Ordinal) ? "pension" : "examen";

    [GeneratedRegex(@"^(?:\w*examen|\w*examina|examin\w*|\w*pension\w*|graduat\w*|retir\w*)$", RegexOptions.CultureInvariant)]
    private static partial Regex UncountedFlow();

    /// <summary>"enligt planens inledning", "i inledningen", "according to the introduction" (the glossary reads "intro" as
    /// "inledningen"): the question names a document's opening section, whose text it asks about.</summary>
    public static bool NamesIntroduction(QuestionUnderstanding q) =>
        TextFold.Tokens(q.Folded).Any(t => t is "inledning" or "inledningen" or "inledningens");

    /// <summary>A passage under a section headed as the document's opening ("Inledning", "1. Inledning").</summary>
    public static bool IsIntroduction(string headingPath) =>
        headingPath.Split(" › ").Any(h => TextFold.Tokens(TextFold.Fold(h)).Take(2).Any(t => t.StartsWith("inledning", StringComparison.Ordinal)));

    /// <summary>
    /// "Vad kritiserade revisorerna?", "what did the audit find?": a finding asked of a document the question names, with no
    /// word of what it is about, is the named document's passage with the most sentences that state one (for criticism,
    /// what is lacking), a section of findings first. Null when the question names no document or asks no finding.
    /// </summary>
    private static PassageMatch? SubjectlessFinding(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyCollection<int>? documents)
    {
        var focus = FocusOf(q);
        if (documents is not { Count: > 0 } || !focus.HasFlag(Focus.Finding))
        {
            return null;
        }

        var best = k.Passages.Where(p => documents.Contains(p.DocumentId) && !IsTable(p.Text))
            .Select(p => (Passage: p, Count: k.PassageTerms.Sentences(p.Text).Count(s => Answers(s, focus))))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count + (IsFindingSection(x.Passage.HeadingPath) ? FindingSectionSentences : 0))
            .ThenBy(x => x.Passage.Id)
            .FirstOrDefault();
        return best.Passage is null ? null : new PassageMatch(best.Passage, new SearchHit(best.Passage.Id, best.Count, 1, new HashSet<string>()), []);
    }

    /// <summary>
    /// "Vilka rekommendationer gav revisorerna? lista", "vad rekommenderade revisionen socialnämnderna, i punktform?", "what
    /// did the audit recommend?": a recommendation asked with no subject of its own (the words left name only the document,
    /// whom it is addressed to, its place or author, or the form of the answer) is the section of the documents named (else
    /// of any) that recommends the most, a section of findings ("Sammanfattning") first among equals. Null when a subject is
    /// asked ("vad rekommenderar revisorerna om chefernas arbetssituation?": the search answers) or no section recommends.
    /// </summary>
    private static PassageMatch? SubjectlessRecommendations(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyCollection<int>? documents, IReadOnlyList<string> terms)
    {
        var named = documents is { Count: > 0 } ? documents : k.Documents.Keys.ToList();
        var naming = named.Select(id => k.Documents.GetValueOrDefault(id))
            .Where(d => d is not null)
            .SelectMany(d => k.PassageTerms.Terms($"{d!.Title} {d.Municipality} {d.Organisation} {d.Author} {d.CommissionedBy}"))
            .ToHashSet(StringComparer.Ordinal);
        var askingWords = TextFold.Tokens(q.Folded).Where(t => IsRecommendationWord(t) || IsProposalWord(t) || Queries.QueryWords.NamesDocumentKind(t) || AnswerFormWords.Contains(t)).ToList();
        var asking = askingWords.SelectMany(t => k.PassageIndex.Analyze(t)).ToHashSet(StringComparer.Ordinal);
        // A term is the asking when it is one of those words, a part of one ("punktform": punkt, form) or a recommending word
        // the glossary gave ("föreslår": förslag).
        bool Asking(string t) => asking.Contains(t) || askingWords.Any(w => w.Contains(t, StringComparison.Ordinal)) || IsRecommendationWord(t) || IsProposalWord(t);
        if (terms.Any(t => !Asking(t) && !SearchIndex.Matches(t, naming)))
        {
            return null;
        }

        var best = k.Passages.Where(p => named.Contains(p.DocumentId) && !IsTable(p.Text))
            .GroupBy(p => (p.DocumentId, p.HeadingPath))
            .Select(g => (First: g.OrderBy(p => p.Ordinal).First(), Count: g.Sum(p => RecommendationItems(p.Text, k.PassageTerms).Count)))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count)
            .ThenByDescending(x => IsFindingSection(x.First.HeadingPath))
            .ThenBy(x => x.First.DocumentId)
            .ThenBy(x => x.First.Ordinal)
            .FirstOrDefault();
        return best.First is null ? null
            : new PassageMatch(best.First, new SearchHit(best.First.Id, best.Count, 1, new HashSet<string>()), []) { Recommendations = true };
    }

    /// <summary>Words that say how the answer is to be given, not what it is about: "lista", "i punktform", "in bullet points".</summary>
    private static readonly HashSet<string> AnswerFormWords = new(StringComparer.Ordinal)
    {
        "lista", "listan", "list", "punktform", "punktlista", "punkter", "punkterna", "bullet", "bullets", "points", "kort", "kortfattat",
        "briefly", "short", "sammanfatta", "summarise", "summarize",
        // The verb a recommendation is given with: "vilka rekommendationer gav revisorerna", "what recommendations did it make".
        "gav", "ge", "ger", "gett", "givit", "lamnade", "lamnar", "lamnat", "give", "gave", "given", "make", "made",
    };

    /// <summary>
    /// A word that asks what a text recommends: "rekommenderar", "rekommendationer", "recommend", "recommendations";
    /// "föreslår", "förslag", "suggest", "propose" when a document is named by its kind ("vad föreslår revisorerna") —
    /// alone they may ask for anyone's proposal.
    /// </summary>
    private static bool IsRecommendationWord(string token) =>
        token.StartsWith("rekommend", StringComparison.Ordinal) || token.StartsWith("recommend", StringComparison.Ordinal);

    private static bool IsProposalWord(string token) =>
        token.StartsWith("foresl", StringComparison.Ordinal) || token.StartsWith("forslag", StringComparison.Ordinal)
        || token.StartsWith("suggest", StringComparison.Ordinal) || token.StartsWith("propos", StringComparison.Ordinal);

    /// <summary>Whether the question asks what a text recommends (<see cref="IsRecommendationWord"/>). A recommendation
    /// cited ("åtgärder enligt revisionens rekommendationer", "according to the recommendations") names what something
    /// follows, not what is asked.</summary>
    private static bool AsksRecommendation(IReadOnlyList<string> tokens)
    {
        var kind = tokens.Any(Queries.QueryWords.NamesDocumentKind);
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((IsRecommendationWord(tokens[i]) || kind && IsProposalWord(tokens[i]))
                && !tokens.Skip(Math.Max(0, i - 3)).Take(Math.Min(i, 3)).Any(t => t is "enligt" or "according" or "following" or "folja" or "foljer" or "utifran"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The recommendations a text states, each once: the items of a list a recommending introduction opens ("Vi
    /// rekommenderar att:" and its "- " lines) and every other sentence that recommends ("Vi rekommenderar därför att
    /// nämnderna fastställer ...").
    /// </summary>
    private static List<string> RecommendationItems(string text, PassageTerms read)
    {
        var items = new List<string>();
        var listing = false;
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (line[0] is '-' or '•' or '–' or '*')
            {
                if (listing)
                {
                    items.Add(TextFold.SingleSpaced(line.TrimStart('-', '•', '–', '*', ' ')));
                }

                continue;
            }

            listing = false;
            foreach (var sentence in read.Sentences(line))
            {
                if (!Recommends().IsMatch(sentence))
                {
                    continue;
                }

                if (sentence.TrimEnd().EndsWith(':'))
                {
                    listing = true;
                }
                else
                {
                    items.Add(sentence.Trim());
                }
            }
        }

        return items;
    }

    /// <summary>Every recommendation of the match's section, in the order the text gives them, as one list.</summary>
    private static string RecommendationList(PassageMatch match, KnowledgeSnapshot k)
    {
        var items = k.Passages
            .Where(p => p.DocumentId == match.Passage.DocumentId && p.HeadingPath == match.Passage.HeadingPath)
            .OrderBy(p => p.Ordinal)
            .SelectMany(p => RecommendationItems(p.Text, k.PassageTerms))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return "- " + string.Join("\n> - ", items);
    }

    /// <summary>How many finding sentences a section headed as findings ("Bedömning", "Kommentarer") counts as beside its own.</summary>
    private const int FindingSectionSentences = 3;

    /// <summary>
    /// The years of a question that name a thing by its year, as an attribute: after an article before the thing ("the 2020
    /// HME survey", "den 2020 genomförda enkäten") or in the genitive ("2020 års medarbetarenkät"). A year after a word ("usk
    /// 2028", "i 2025", "fram till 2027") is when, not which.
    /// </summary>
    /// <summary>"planen", "the plan", "plans": the question names a plan, not which one ("plan to" is a verb).</summary>
    private static bool AsksPlan(QuestionUnderstanding q)
    {
        var tokens = TextFold.Tokens(q.Folded);
        return tokens.Where((t, i) => t is "plan" or "planen" or "plans" or "planerna" && !(i + 1 < tokens.Count && tokens[i + 1] == "to")).Any();
    }

    private static bool IsPlan(Plans.KnowledgeDocument? document) =>
        document?.Kind is Plans.DocumentKind.StaffingPlan or Plans.DocumentKind.OperationalPlan or Plans.DocumentKind.FollowUp;

    private static List<string> NamingYears(string text)
    {
        var words = Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\d-]+").Where(w => w.Length > 0).ToList();
        var years = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (!(w.Length == 4 && YearParser.IsYear(w)))
            {
                continue;
            }

            var before = i > 0 ? words[i - 1] : string.Empty;
            var after = i + 1 < words.Count ? words[i + 1] : string.Empty;
            if (before is "the" or "this" or "that" or "den" or "det" or "denna" or "detta" && after.Length > 0 && !YearParser.IsYear(after) || after is "års" or "ars")
            {
                years.Add(w);
            }
        }

        return years;
    }


    /// <summary>
    /// "Vilka samarbeten nämns?", "vilka åtgärder omnämns", "which measures are mentioned": a list of the things of a kind
    /// the text names, wherever it names them.
    /// </summary>
    private static bool AsksMentioned(QuestionUnderstanding q)
    {
        var tokens = TextFold.Tokens(q.Folded);
        return tokens.Count > 0 && tokens[0] is "vilka" or "vad" or "which" or "what"
            && tokens.Any(t => t is "namns" or "omnamns" or "namnes" or "namnda" or "namner" or "tas" or "mentioned" or "named" or "listed");
    }

    /// <summary>
    /// Each hit's coverage with a word and its synonyms counted as one word: a passage that has "risk" covers the
    /// question's "problem" as much as one that has "problem", and neither lacks the other. Searched apart, every synonym
    /// was one more word no passage has all of. (Siblings stay words of their own: "kronor" beside "kostar".)
    /// </summary>
    /// <param name="always">Count it again even with no synonyms: the words counted are fewer than the hits were searched with.</param>
    private static List<SearchHit> AsOneWord(List<SearchHit> hits, IReadOnlyList<string> terms, Dictionary<string, HashSet<string>> origins, SearchIndex index, bool always = false)
    {
        if (origins.Count == 0 && !always || hits.Count == 0)
        {
            return hits;
        }

        var words = terms.Where(t => !origins.ContainsKey(t)).ToList();
        bool Has(SearchHit h, string word) => h.MatchedTerms.Contains(word)
            || h.MatchedTerms.Any(m => origins.TryGetValue(m, out var origin) && origin.Contains(word));

        // As the index does: a word no passage has says nothing, as long as the words the passages have are more.
        var known = words.Where(w => hits.Any(h => Has(h, w))).ToList();
        if (known.Count * 2 <= words.Count)
        {
            known = words;
        }

        var total = known.Sum(index.Idf);
        return total <= 0 ? hits : [.. hits.Select(h => h with { Coverage = known.Where(w => Has(h, w)).Sum(index.Idf) / total })];
    }

    /// <summary>
    /// The hits that stand where the question points, when any does: under the division it names ("SKL mål 1 - vad kan
    /// den lokala nivån göra": the "Den lokala nivån kan" under Mål 1, not Mål 3's), in the documents of the place or
    /// author it names ("Does Örebro use staffing agencies": Örebro's audit, not SKL's national survey). Otherwise all.
    /// </summary>
    private static List<SearchHit> Within(List<SearchHit> hits, Func<SearchHit, bool> there)
    {
        var within = hits.Where(there).ToList();
        return within.Count > 0 ? within : hits;
    }

    /// <summary>Whether a text states a percent of its own ("ökar med 10 %", "22 procent").</summary>
    public static bool StatesPercent(string text) => PercentFigure().IsMatch(text);

    [GeneratedRegex(@"\d\s*(?:%|procent\b|percent\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentFigure();

    /// <summary>What a question asks the answering sentence to hold besides its words.</summary>
    [Flags]
    private enum Focus
    {
        None = 0,
        /// <summary>"Hur många", "hur stor andel", "how many", "how much": a number.</summary>
        Number = 1,
        /// <summary>"Varför", "why": a reason (eftersom, på grund av, beror på, orsak).</summary>
        Reason = 2,
        /// <summary>"Vad rekommenderade ...", "what are the goals": a list its introduction names ("Vi rekommenderar att: - ...").</summary>
        List = 4,
        /// <summary>"När ...", "by when", "what year": a time (a year, a month, a date).</summary>
        Date = 8,
        /// <summary>"Vad kom revisorerna fram till", "what did the study find", "vad rekommenderar": a finding, a
        /// conclusion or a recommendation ("Vi kan konstatera", "Enligt vår bedömning", "Vi rekommenderar").</summary>
        Finding = 16,
        /// <summary>"Hur många kommuner", "how many people": a count of things, not a percent, a sum of money or a year.</summary>
        Count = 32,
        /// <summary>"Vad kostade", "how much did it cost": a sum of money ("850 miljoner kr").</summary>
        Money = 64,
        /// <summary>"Hur stor andel", "what share", "hur många procent": a percent.</summary>
        Percent = 128,
        /// <summary>"Vad är ...", "what are ...": a sentence that says what it is ("X är särskilda uppdrag som ...").</summary>
        Definition = 256,
        /// <summary>"Vad rekommenderar revisorerna", "what did they recommend": a recommendation. Without it a finding asked
        /// ("vad kom granskningen fram till", "what did the audit find") is what was found, not what is recommended.</summary>
        Recommendation = 512,
        /// <summary>"What does the plan say about X", "vad säger planen om X", "vad står det om X": what the text says of X,
        /// in all the sentences that speak of it, not the shortest one.</summary>
        Says = 1024,
        /// <summary>"Vad var revisionens kritik", "what did the auditors criticise": of the findings, what is lacking or not
        /// done ("saknas", "finns ingen dokumenterad", "har inte antagit").</summary>
        Criticism = 2048,
        /// <summary>"Hur funkar arbetsplatslärandet i Evikom?", "how does X work": the way it is done, which the text often
        /// states before the sentence that names X ("Exempel på metod kommer att vara e-learning. ... denna typ av
        /// arbetsplatslärande").</summary>
        Manner = 4096,
    }

    private static Focus FocusOf(QuestionUnderstanding q)
    {
        // The whole question's words: a reader may pass only the words it could not explain as the tokens.
        var tokens = TextFold.Tokens(q.Folded);
        var focus = Focus.None;
        // "Hur mycket", "how long", "hur länge": an amount or a duration; "vad kostar", "how much did they spend": money.
        var howMuch = tokens.Select((t, i) => (t, i)).Any(x => x.t is "hur" or "how" && x.i + 1 < tokens.Count && tokens[x.i + 1] is "mycket" or "much" or "stor" or "stort" or "manga" or "lange" or "lang" or "long");
        if (q.HasAny(Cue.HowMany, Cue.Share, Cue.Percent) || howMuch || tokens.Any(IsCostWord))
        {
            focus |= Focus.Number | UnitOf(q, tokens);
        }

        // "svarsfrekvens på enkäten?", "what was the response rate": a rate named is its percent, with no "hur" before it.
        if (tokens.Any(t => t.StartsWith("svarsfrekven", StringComparison.Ordinal)) || tokens.Select((t, i) => (t, i)).Any(x => x.t == "response" && x.i + 1 < tokens.Count && tokens[x.i + 1] is "rate" or "rates"))
        {
            focus |= Focus.Number | Focus.Percent;
        }

        if (AsksTime(q, tokens))
        {
            focus |= Focus.Date;
        }

        if (AsksFinding(tokens, recommendations: false))
        {
            focus |= Focus.Finding;
        }

        if (AsksWhy(q with { Tokens = tokens }))
        {
            focus |= Focus.Reason;
        }

        if (AsksDefinition(q))
        {
            focus |= Focus.Definition;
        }

        if (AsksManner(tokens))
        {
            focus |= Focus.Manner;
        }

        if (AsksRecommendation(tokens))
        {
            focus |= Focus.Recommendation;
        }

        if (tokens.Any(t => t.StartsWith("kritik", StringComparison.Ordinal) || t.StartsWith("kritiser", StringComparison.Ordinal) || t.StartsWith("critic", StringComparison.Ordinal)))
        {
            focus |= Focus.Criticism;
        }

        if (AsksWhatSays(tokens))
        {
            focus |= Focus.Says;
        }

        // "What did the audit find about whether they had a documented plan?": whether something was there is answered where
        // the text says it is lacking ("finns ingen dokumenterad plan", "har inte antagit").
        if (focus.HasFlag(Focus.Finding) && tokens.Any(t => t is "whether" or "huruvida"))
        {
            focus |= Focus.Criticism;
        }

        // "Hade socialförvaltningen i Örebro en kompetensförsörjningsplan?", "what did the audit find regarding a documented
        // plan?": whether something was there is a finding, answered where the text says it is there or lacking.
        if (AsksWhetherThere(tokens, focus.HasFlag(Focus.Finding)))
        {
            focus |= Focus.Finding | Focus.Criticism;
        }

        if ((focus & ~(Focus.Finding | Focus.Definition | Focus.Recommendation | Focus.Says | Focus.Criticism)) == Focus.None && tokens.Count > 0 && tokens[0] is "vad" or "vilka" or "vilken" or "vilket" or "what" or "which" or "lista" or "list")
        {
            focus |= Focus.List;
        }

        return focus;
    }

    /// <summary>"Hur funkar/fungerar X", "hur går X till", "how does X work", "how do they work": the way something is done.</summary>
    private static bool AsksManner(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] == "hur" && (tokens[i + 1] is "funkar" or "fungerar" or "funkade" or "fungerade" || tokens.Skip(i + 2).Take(4).Contains("till") && tokens[i + 1] is "gar" or "gick"))
            {
                return true;
            }

            if (tokens[i] == "how" && tokens[i + 1] is "does" or "do" or "did" or "is" && tokens.Skip(i + 2).Any(t => t is "work" or "works" or "function" or "functions"))
            {
                return true;
            }

            // "Hur ska arbetsplatslärandet fungera?", "hur kommer X att funka", "how will X work", "how is X supposed to work": the
            // way a thing is to work is asked as much as the way it works.
            if (tokens[i] == "hur" && tokens[i + 1] is "ska" or "skall" or "kommer" or "bor" or "skulle" && tokens.Skip(i + 2).Any(t => t is "fungera" or "funka"))
            {
                return true;
            }

            if (tokens[i] == "how" && tokens[i + 1] is "will" or "would" or "should" or "could" or "can" or "is" or "are" && tokens.Skip(i + 2).Any(t => t is "work" or "function"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a thing was there is asked: a yes/no question of having one ("hade förvaltningen en plan?", "finns det någon
    /// plan?", "did they have a plan?", "is there any plan?"), or a finding asked about a thing with an indefinite article
    /// ("what did the audit find regarding a documented plan?", "vad kom granskningen fram till om en plan?").
    /// </summary>
    private static bool AsksWhetherThere(IReadOnlyList<string> tokens, bool finding)
    {
        if (tokens.Count < 3)
        {
            return false;
        }

        var indefinite = (string t) => t is "en" or "ett" or "nagon" or "nagot" or "nagra" or "a" or "an" or "any";
        var having = tokens[0] is "hade" or "har" or "fanns" or "finns" && tokens.Skip(1).Any(indefinite)
            || tokens[0] is "did" or "does" or "do" && tokens.Any(t => t is "have" or "has") && tokens.Skip(2).Any(indefinite)
            || tokens[0] is "is" or "was" or "are" or "were" && tokens[1] == "there";
        var aboutOne = finding && tokens.Zip(tokens.Skip(1)).Any(p => p.First is "regarding" or "concerning" or "about" or "om" or "angaende" or "gallande" && indefinite(p.Second));
        return having || aboutOne;
    }

    /// <summary>
    /// "What does the plan say about X", "what is said about X", "vad säger planen om X", "vad står det om X", "vad skriver
    /// revisorerna om X": a verb of saying or writing and "about"/"om" after it. Also a subject
    /// raised with no verb ("vad var det där med X", "vad är det med X?"): what the text says of it is asked.
    /// </summary>
    private static bool AsksWhatSays(IReadOnlyList<string> tokens)
    {
        // "Hur beskriver planen X?", "how does the audit describe X?": how the text describes a subject is what it says of it.
        if (tokens.Count >= 4 && tokens[0] is "hur" or "how" && tokens.Skip(1).Take(3).Any(t => t is "beskriver" or "beskrivs" or "describe" or "describes" or "described"))
        {
            return true;
        }

        if (tokens.Count < 3 || tokens[0] is not ("what" or "vad"))
        {
            return false;
        }

        if (tokens[0] == "vad" && tokens[1] is "var" or "ar" && tokens[2] == "det"
            && tokens.Skip(3).Take(2).SkipWhile(t => t == "dar").FirstOrDefault() == "med" && tokens.Count > 4)
        {
            return true;
        }

        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] is "say" or "says" or "said" or "write" or "writes" or "written" or "wrote" or "sager" or "sagt" or "star" or "stod" or "skriver" or "skrivs" or "skrev" or "namner"
                && tokens.Skip(i + 1).Any(t => t is "about" or "on" or "om"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The unit a number question asks for: a share or percent ("hur stor andel", "what share"), money ("vad kostade"),
    /// or a count of things ("hur många kommuner", "how many people"); none for "hur mycket" (an amount of anything).
    /// </summary>
    private static Focus UnitOf(QuestionUnderstanding q, IReadOnlyList<string> tokens)
    {
        if (q.HasAny(Cue.Share, Cue.Percent))
        {
            return Focus.Percent;
        }

        if (tokens.Any(IsCostWord))
        {
            return Focus.Money;
        }

        return q.Has(Cue.HowMany) ? Focus.Count : Focus.None;
    }

    /// <summary>
    /// Whether a sentence states a number (not a year, a law's paragraph or a report's number) in the unit asked: "71
    /// procent" for a share, "850 miljoner kr" for a cost, "201 kommuner" (no percent or money) for a count.
    /// </summary>
    private static bool StatesNumberInUnit(string sentence, Focus focus)
    {
        foreach (Match m in Number().Matches(sentence))
        {
            if (YearParser.IsYear(m.Value) || m.Index > 0 && sentence[m.Index - 1] is ':' or '§' or '/' || m.Index > 0 && char.IsLetter(sentence[m.Index - 1]))
            {
                continue;
            }

            var after = sentence[(m.Index + m.Length)..];
            // "efter 1 juli 2014": the day of a date is no figure; "36. vård- och äldreomsorgsnämnden ska ...": nor is a
            // numbered item's number at the start of its sentence.
            if (DayOfMonth().IsMatch(after) || string.IsNullOrWhiteSpace(sentence[..m.Index]) && ItemNumberMark().IsMatch(after))
            {
                continue;
            }

            var percent = PercentUnit().IsMatch(after);
            // "850 miljoner kr" is money; "3,5 miljoner" is money when money is asked, "1,2 miljoner personer" a count.
            var money = MoneyUnit().IsMatch(after);
            if (focus.HasFlag(Focus.Percent) ? percent : focus.HasFlag(Focus.Money) ? money || Millions().IsMatch(after) : focus.HasFlag(Focus.Count) ? !percent && !money : true)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^[.)](?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ItemNumberMark();

    [GeneratedRegex(@"^\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayOfMonth();

    // A footnote mark may stand between a number and its unit ("mellan 0,72 och 3,39² procent").
    [GeneratedRegex(@"^[\u00B9\u00B2\u00B3\u2070-\u2079]*\s*(?:%|procent\b|percent\b|procentenheter\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentUnit();

    [GeneratedRegex(@"^[\u00B9\u00B2\u00B3\u2070-\u2079]*\s*(?:(?:miljoner|miljarder|miljard|miljon|tusen|mn|md)\s+)?(?:kr\b|kronor\b|mnkr\b|mkr\b|tkr\b|sek\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyUnit();

    [GeneratedRegex(@"^\s*(?:miljoner|miljarder|miljard|miljon)\b(?!\s+(?:personer|anställda|medarbetare|invånare|människor))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Millions();

    /// <summary>"Kom fram till", "konstaterade", "slutsatsen", "find", "conclude", "recommend" (the glossary's
    /// "rekommenderar"), "bedömning", "assess": what a review or study found, concluded or recommended.</summary>
    /// <param name="recommendations">Whether "rekommenderar" counts: a recommendation is read as a finding of the text,
    /// but the sentences that state one say so themselves ("Vi rekommenderar att: - ..."), whatever their section.</param>
    private static bool AsksFinding(IReadOnlyList<string> tokens, bool recommendations)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            // The verb only: "enligt revisionens rekommendationer" names what an activity follows up, not a question about them.
            // "Expect to find it hard to recruit": an infinitive "find" is no finding asked.
            if (t is "find" && i > 0 && tokens[i - 1] == "to")
            {
                continue;
            }

            // "Vad tycker cheferna om ...", "what does the audit think about ...": an opinion the text reports (menar, upplever,
            // anser), a finding of it.
            if (t is "fann" or "find" or "found" or "findings" or "bedomning" or "bedomningen" or "bedomer" or "bedomde"
                || t is "tycker" or "tyckte" or "think" or "thinks"
                || t.StartsWith("konstater", StringComparison.Ordinal) || t.StartsWith("slutsats", StringComparison.Ordinal)
                || t.StartsWith("conclu", StringComparison.Ordinal) || (recommendations && (IsRecommendationWord(t) || IsProposalWord(t)) && AsksRecommendation(tokens))
                // "care needs assessors" (biståndsbedömare) name a role, not an assessment asked.
                || t.StartsWith("assess", StringComparison.Ordinal) && !t.StartsWith("assessor", StringComparison.Ordinal)
                // "Vad var revisionens kritik?", "what did the auditors criticise": criticism is a finding of the text.
                || t.StartsWith("kritik", StringComparison.Ordinal) || t.StartsWith("kritiser", StringComparison.Ordinal)
                || t.StartsWith("criticis", StringComparison.Ordinal) || t.StartsWith("criticiz", StringComparison.Ordinal)
                || (t is "kom" or "kommit" or "kommer" && CameTo(tokens, i))
                // "What did the audit say about managers' working situation?", "vad sa revisorerna om ...": what a review says
                // is what it found (a plan's saying is not: "vad säger planen om ..." wants every sentence on the subject).
                || (t is "say" or "says" or "said" or "sa" or "sager" or "sagt" && tokens.Any(IsReviewWord)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"kom fram till", "kom revisorerna fram till", "kom granskningen av nämnderna fram till": "fram till" within
    /// three words after the verb (the subject often stands between); "vad kom fram?" (what came out): "fram" ending the
    /// question.</summary>
    private static bool CameTo(IReadOnlyList<string> tokens, int verb)
    {
        for (var j = verb + 1; j <= verb + 3 && j < tokens.Count; j++)
        {
            if (tokens[j] == "fram" && (j + 1 == tokens.Count || tokens[j + 1] == "till"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that names a review: "audit", "auditors", "revisionen", "revisorerna", "granskningen".</summary>
    private static bool IsReviewWord(string token) =>
        token.StartsWith("audit", StringComparison.Ordinal) || token.StartsWith("revision", StringComparison.Ordinal)
        || token.StartsWith("revisor", StringComparison.Ordinal) || token.StartsWith("granskning", StringComparison.Ordinal);

    /// <summary>
    /// "Vad rekommenderar revisorerna ...", "vad kom granskningen fram till", "what did the study find": what a text found,
    /// concluded or recommended is asked of the text, not of the activities or key figures that share its words.
    /// </summary>
    public static bool AsksFinding(QuestionUnderstanding q) => AsksFinding(TextFold.Tokens(q.Folded), recommendations: true);

    /// <summary>A section of a review that holds its findings: "Kommentarer", "Bedömning", "Slutsatser", "Sammanfattning".</summary>
    private static bool IsFindingSection(string headingPath) => FindingHeading().IsMatch(headingPath);

    [GeneratedRegex(@"\b(?:kommentar\w*|bedömning\w*|sammanfattande|slutsats\w*|rekommendation\w*|sammanfattning\w*|conclusions?|findings|recommendations?|summary)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FindingHeading();

    /// <summary>A section headed by the reasons it gives ("De vanligaste orsakerna till varför kommunerna använder
    /// bemanningsföretag är"): what a why question about its words asks.</summary>
    [GeneratedRegex(@"\b(?:orsak\w*|anledning\w*|skälen|reasons?|causes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonHeading();

    /// <summary>A sentence that states a finding: "Vi kan konstatera", "Enligt vår bedömning", "Vi anser", "Granskningen
    /// visar", "Vi rekommenderar", "Slutsatsen är".</summary>
    [GeneratedRegex(@"\b(?:konstatera\w*|bedömning\w*|anser|menar|framför|framförs|framhåller|framkom\w*|uppfattar|upplever|lyfts fram|visar|visade|rekommender\w*|slutsats\w*|påtala\w*|saknas|saknar|(?:har|hade|finns|fanns)\s+(?:inte|ingen|inget|inga))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FindingSentence();

    /// <summary>How much each further sentence of a finding or of what the text says of the subject adds to a run (of the
    /// rarest word's weight): a question asking for those wants them all, as far as they fit.</summary>
    private static double SeveralWanted(Focus focus) => (focus & (Focus.Finding | Focus.Says)) != 0 ? 0.5 : 0;

    /// <summary>A sentence that says something is lacking or not done: "saknas", "finns ingen dokumenterad plan", "har inte
    /// antagit", "brister".</summary>
    [GeneratedRegex(@"\b(?:saknas|saknar|saknades|brist\w*|otillräcklig\w*|(?:har|hade|finns|fanns)\s+(?:inte|ingen|inget|inga)|lacks?|lacking|no\s+documented)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lacking();

    /// <summary>A sentence that begins by pointing back at the one before: "Detta för att ...", "Det här ...", "Syftet var
    /// ...", "This was to ...".</summary>
    [GeneratedRegex(@"^\s*(?:detta|det här|syftet|this|the aim|the purpose)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anaphor();

    /// <summary>A paragraph's label before its text, a few words ending in a semicolon: "Stödfunktioner; cheferna ...",
    /// "Förändringsledning och innovation; en återkommande ...".</summary>
    [GeneratedRegex(@"^\s*(\p{L}[\p{L}/ -]{0,60}?)\s*;\s", RegexOptions.CultureInvariant)]
    private static partial Regex LeadLabel();

    /// <summary>A sentence that says what the thing the sentence before named is: "Uppdraget innebär att ...", "Projektet
    /// syftar till ..." (not "Projektet är fortfarande ...", a state, nor "Det är ... som").</summary>
    [GeneratedRegex(@"^\s*(?:uppdraget|projektet|satsningen|arbetet|modellen|programmet|syftet|målet)\s+(?:innebär|avser|handlar om|syftar till|går ut på|betyder)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnaphoricDefinition();

    /// <summary>A sentence that opens with "dessa"/"these": what it speaks of was named in the sentence before.</summary>
    [GeneratedRegex(@"^\s*(?:dessa|these)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DemonstrativeOpening();

    /// <summary>A sentence that recommends ("Vi rekommenderar att", "We recommend"): what should be done, not what was found.</summary>
    [GeneratedRegex(@"\b(?:rekommender\w*|recommend\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Recommends();

    /// <summary>An analysed search term of a cost or its sibling (kostnad, kronor).</summary>
    private static bool IsCostTerm(string term) => (term.StartsWith("kost", StringComparison.Ordinal) && !IsCostCompound(term)) || term.StartsWith("kron", StringComparison.Ordinal);

    /// <summary>"kostnadsreducering", "kostnadsökning": a compound on "kostnads-" names a subject (a directive to cut costs),
    /// not what something costs.</summary>
    private static bool IsCostCompound(string word) => word.StartsWith("kostnads", StringComparison.Ordinal) && word.Length > "kostnads".Length + 2;

    /// <summary>A word that asks what something costs ("kostar", "kostade", "kostnaden" after the glossary's "cost", "spend").</summary>
    public static bool IsCostWord(string token) =>
        token.StartsWith("kost", StringComparison.Ordinal) && token is not "kost" and not "kosten" && !IsCostCompound(token) || token is "spend" or "spent" or "spending";

    /// <summary>
    /// "När ...", "by when", "since when", "what year", "vilket år", "which month", "vilket datum": the answer is a time.
    /// "år" and "är" fold alike, so "vilket år" is read from the question as written.
    /// </summary>
    public static bool AsksTime(QuestionUnderstanding q) => AsksTime(q, TextFold.Tokens(q.Folded));

    private static bool AsksTime(QuestionUnderstanding q, IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // "När det gäller cheferna" is "as for the managers", no time.
            if ((tokens[i] is "nar" && !(i + 2 < tokens.Count && tokens[i + 1] == "det" && tokens[i + 2] == "galler"))
                || tokens[i] is "when" or "deadline" or "datum" or "tidplan"
                || (i + 1 < tokens.Count && tokens[i] is "which" or "what" && tokens[i + 1] is "year" or "month" or "date" or "day" or "period"))
            {
                return true;
            }
        }

        return TimeQuestion().IsMatch(q.Text);
    }

    [GeneratedRegex(@"\b(?:vilket|vilken|vilka)\s+(?:år|årtal|månad|datum|dag|period|tidsperiod)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeQuestion();

    /// <summary>Added to a window (which counts half) that has what the question asks for next to its words.</summary>
    private const double FocusBonus = 0.5;

    /// <summary>Added to a passage of a section that holds a review's findings when the question asks for them.</summary>
    private const double FindingSectionBonus = 0.15;

    /// <summary>How much a word's synonym (<see cref="Glossary.Synonyms"/>) weighs beside the word in the ranking.</summary>
    private const double SynonymWeight = 0.5;

    /// <summary>How much a compound of the question weighs in a passage that has only its first part.</summary>
    private const double ModifierWeight = 0.5;

    /// <summary>How much a word that names a document weighs beside a content word of the same rarity.</summary>
    private const double NamingWeight = 0.3;

    /// <summary>A section whose heading has the question's words ("Fyra mål visar vägen") is about them.</summary>
    private const double HeadingWeight = 0.2;

    /// <summary>Added to a passage whose own heading the question names in full ("vad kan den lokala nivån göra": "Den
    /// lokala nivån kan"), above a passage of another section whose text has the same words.</summary>
    private const double NamedSectionBonus = 0.2;

    /// <summary>Whether every word of the passage's own heading (the last of its path, at least two words) is one of
    /// the question's.</summary>
    private static bool NamesSection(Passage passage, IReadOnlyList<string> terms, PassageTerms read)
    {
        var own = passage.HeadingPath.Split(" › ")[^1];
        var words = read.Terms(own);
        // A report's one-word section ("3. Syfte", "2. Bakgrund", "4. Avgränsning", "7. Metod") is named by the question
        // that asks for it ("what was the purpose of the audit", "what is its scope"); a comments section is about the
        // heading above it, not named by the word "kommentar".
        return (words.Count >= 2 || words.Count == 1 && !IsFindingSection(own))
            && words.All(w => terms.Any(t => SearchIndex.Matches(t, new HashSet<string> { w })));
    }

    /// <summary>Whether one passage's section is the other's with a heading of findings below it ("10.4 Chefernas
    /// arbetssituation" and "10.4 Chefernas arbetssituation › Kommentarer"), in one document.</summary>
    private static bool SectionAndComments(Passage a, Passage b)
    {
        if (a.DocumentId != b.DocumentId)
        {
            return false;
        }

        var (outer, inner) = a.HeadingPath.Length < b.HeadingPath.Length ? (a, b) : (b, a);
        return inner.HeadingPath.StartsWith(outer.HeadingPath + " › ", StringComparison.Ordinal)
            && inner.HeadingPath[(outer.HeadingPath.Length + 3)..] is var rest && !rest.Contains(" › ", StringComparison.Ordinal)
            && IsFindingSection(rest);
    }

    /// <summary>A word for a kind of source that "om"/"about" follows with its subject: "studien om", "rapporten om",
    /// "undersökningen om", "kartläggningen om", "the study on".</summary>
    private static bool SourceWord(string token) =>
        token is "studie" or "studien" or "rapport" or "rapporten" or "undersokningen" or "kartlaggningen" or "utredningen"
            or "study" or "report" or "survey";

    private static bool NamesAny(string heading, IReadOnlyList<string> terms, PassageTerms read)
    {
        var words = read.Terms(heading);
        return terms.Any(t => SearchIndex.Matches(t, words));
    }

    private static IEnumerable<string> HeadingTerms(Passage passage, IReadOnlyList<string> terms, PassageTerms read)
    {
        var heading = read.Terms(passage.HeadingPath);
        return terms.Where(t => SearchIndex.Matches(t, heading));
    }

    /// <summary>
    /// The best window of one or two consecutive sentences: the share of the question's weight its words cover (the
    /// heading's words at half weight), plus <see cref="FocusBonus"/> when a sentence of it that has the question's words
    /// also has what the question asks for.
    /// </summary>
    /// <param name="groupWords">Words that name a forecast group, when the question names none: a number stated for one
    /// group ("Rekryteringsbehovet av vårdare/undersköterska/assistent ökar med 22 procent") is not the one asked of the
    /// whole ("hur mycket ökar rekryteringsbehovet i procent"), so such a sentence does not count as answering.</param>
    /// <param name="counts">What the count asked counts, when the question says it in a verb ("hur många jobbar": staff;
    /// "hur många svarade": respondents): the words a number of the answer is followed by.</param>
    private static double BestWindow(Passage passage, IReadOnlyList<string> terms, Dictionary<string, double> weights, double total, PassageTerms read, Focus focus, IReadOnlyCollection<string> groupWords, IReadOnlyCollection<string> counts)
    {
        if (total <= 0)
        {
            return 0;
        }

        var headingWeight = HeadingTerms(passage, terms, read).ToHashSet();
        // A section headed only by what it is ("Kommentarer", "Bedömning") is about the heading above it: under "10.4
        // Chefernas arbetssituation › Kommentarer", "den höga arbetsbelastningen" is the managers' situation, so the
        // heading's words count in full beside its sentences, not at half.
        var lastHeading = passage.HeadingPath.Split(" › ")[^1];
        var headingShare = IsFindingSection(lastHeading) && !NamesAny(lastHeading, terms, read) ? 1.0 : 0.5;
        // "De vanligaste orsakerna till varför kommunerna använder bemanningsföretag är": under a heading that names its
        // reasons and the question's subject, each sentence (a bullet "- anhopning av arbetsuppgifter") is a reason, though
        // it repeats neither the subject nor a word of reasoning.
        var reasonsHeaded = focus.HasFlag(Focus.Reason) && ReasonHeading().IsMatch(lastHeading) && NamesAny(lastHeading, terms, read);
        var sentences = read.Sentences(passage.Text);
        var covered = sentences.Select(s => Covered(s, terms, read)).ToList();
        var best = 0.0;
        for (var start = 0; start < sentences.Count; start++)
        {
            for (var end = start; end < sentences.Count && end <= start + 1; end++)
            {
                var union = new HashSet<string>(covered[start]);
                union.UnionWith(covered[end]);
                var score = (union.Sum(t => weights[t]) + (headingWeight.Except(union).Sum(t => weights[t]) * headingShare)) / total;
                var focused = reasonsHeaded || Enumerable.Range(start, end - start + 1).Any(i => covered[i].Count > 0 && Answers(sentences[i], focus)
                    && !(focus.HasFlag(Focus.Number) && NamesGroup(sentences[i], groupWords))
                    || focus.HasFlag(Focus.Definition) && DefinesIn(sentences[i], terms, read));
                var counted = focused && focus.HasFlag(Focus.Count) && Enumerable.Range(start, end - start + 1).Any(i => CountsAskedThing(sentences[i], terms, read, counts));
                // A count a verb of the question names ("hur många jobbar", "how many answered") is what was asked: its number
                // weighs like the question's words.
                best = Math.Max(best, Math.Min(1, score) + (focused ? FocusBonus : 0) + (counted ? (counts.Count > 0 ? CountedKindBonus : CountedBonus) : 0));
            }
        }

        return best;
    }

    /// <summary>Added to a window when a count is asked and a number of it counts what the question names ("hur många
    /// kommuner": "201 kommuner"; "how many people": "1,2 miljoner personer").</summary>
    private const double CountedBonus = 0.2;

    /// <summary>Added to a window instead of <see cref="CountedBonus"/> when the number counts what a verb of the question
    /// says is counted: the staff employed, the respondents.</summary>
    private const double CountedKindBonus = 0.5;

    /// <summary>Whether a number of the sentence (not a year) is followed, within three words, by one of the question's
    /// words, or by a word of what the question counts (<see cref="CountedKinds"/>: "275 600 anställda", "289 enkätsvar").</summary>
    private static bool CountsAskedThing(string sentence, IReadOnlyList<string> terms, PassageTerms read, IReadOnlyCollection<string> counts)
    {
        foreach (Match m in Number().Matches(sentence))
        {
            if (YearParser.IsYear(m.Value))
            {
                continue;
            }

            // "antalet anställda ökat med drygt 21 000 medarbetare": a change of what is counted, not how many there are.
            if (counts.Count > 0 && ChangeBefore().IsMatch(sentence[..m.Index]))
            {
                continue;
            }

            var after = CountedWords().Match(sentence, m.Index + m.Length);
            // "ca 40 personer per år": a flow, not how many there are.
            if (counts.Count > 0 && after.Success && PerYear().IsMatch(after.Value))
            {
                continue;
            }

            // What a verb says is counted is what counts: "201 kommuner" counts no one employed.
            if (after.Success && after.Index == m.Index + m.Length && (counts.Count == 0
                ? terms.Any(t => SearchIndex.Matches(t, read.Terms(after.Value)))
                : TextFold.Tokens(TextFold.Fold(after.Value)).Any(w => counts.Any(c => w.StartsWith(c, StringComparison.Ordinal) || w.EndsWith(c, StringComparison.Ordinal)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What a count question counts when a verb says it rather than a noun: "hur många jobbar/arbetar/är anställda", "how
    /// many work" count people employed (a stock: "275 600 anställda", not an increase of them); "hur många svarade",
    /// "how many answered/responded" count respondents ("289 enkätsvar", "201 kommuner har besvarat"). Empty otherwise.
    /// </summary>
    private static IReadOnlyCollection<string> CountedKinds(IReadOnlyList<string> tokens)
    {
        var kinds = new List<string>();
        var verbs = CountVerbs(tokens);
        if (verbs.Any(IsStaffVerb))
        {
            kinds.AddRange(["anstallda", "medarbetare", "personer", "sysselsatta", "employees", "people"]);
        }

        if (verbs.Any(IsResponseVerb))
        {
            kinds.AddRange(["svar", "svarade", "besvara", "respondent", "svarande", "deltagare", "deltog"]);
        }

        return kinds;
    }

    /// <summary>The verb of a count question that says what is counted (<see cref="CountedKinds"/>): right after "hur
    /// många" / "how many" ("hur många jobbar", "how many people work", "hur många är anställda"). A noun there names what
    /// is counted itself ("how many municipalities answered": municipalities), and the verb is then one of its words.</summary>
    private static List<string> CountVerbs(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] is "hur" or "how" && tokens[i + 1] is "manga" or "many")
            {
                var j = i + 2;
                while (j < tokens.Count && tokens[j] is "ar" or "people" or "personer" or "som" or "de" or "har" or "have" or "are")
                {
                    j++;
                }

                if (j < tokens.Count && (IsStaffVerb(tokens[j]) || IsResponseVerb(tokens[j])))
                {
                    return [tokens[j]];
                }
            }
        }

        return [];
    }

    private static bool IsStaffVerb(string t) => t is "jobbar" or "arbetar" or "anstallda" or "sysselsatta" or "work" or "works" or "employed";

    private static bool IsResponseVerb(string t) =>
        t is "svarade" or "svarat" or "besvarade" or "besvarat" or "answered" or "responded" or "replied" or "deltog" or "participated";

    /// <summary>A change word within the three words before a number: "ökat med drygt", "minskade med", "increased by".</summary>
    [GeneratedRegex(@"\b(?:ök\w*|minsk\w*|increase\w*|decrease\w*|rose|grew|fler|färre|more|fewer)(?:\s+\S+){0,2}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeBefore();

    [GeneratedRegex(@"\b(?:per\s+år|om\s+året|per\s+year|a\s+year|each\s+year|årligen|annually)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerYear();

    /// <summary>Up to three words after a number: "miljoner personer", "anställda i".</summary>
    [GeneratedRegex(@"\G(?:\s+[\p{L}-]+){1,3}")]
    private static partial Regex CountedWords();

    /// <summary>The words of the forecast's group names that name an occupation ("underskoterska", "socialsekreterare",
    /// "assistent"), folded: the parts of eight letters or more, less the word for a group of occupations itself.</summary>
    private static HashSet<string> GroupWords(KnowledgeSnapshot k) =>
        [.. k.ForecastTables.SelectMany(t => t.Groups).Distinct()
            .SelectMany(g => TextFold.Tokens(TextFold.Fold(g)))
            .Where(w => w.Length >= 8 && !w.StartsWith("yrke", StringComparison.Ordinal))];

    /// <summary>Whether a sentence names one of the forecast's groups (a word of it begins with a group word).</summary>
    private static bool NamesGroup(string sentence, IReadOnlyCollection<string> groupWords) =>
        groupWords.Count > 0 && TextFold.Tokens(TextFold.Fold(sentence)).Any(t => groupWords.Any(g => t.StartsWith(g, StringComparison.Ordinal)));

    private static HashSet<string> Covered(string sentence, IReadOnlyList<string> terms, PassageTerms read)
    {
        var words = read.Terms(sentence);
        return terms.Where(t => SearchIndex.Matches(t, words)).ToHashSet();
    }

    /// <summary>Whether a sentence has what the question asks for: a number that is not a year, a reason, a list.</summary>
    private static bool Answers(string sentence, Focus focus) =>
        !(focus.HasFlag(Focus.Finding) && !focus.HasFlag(Focus.Recommendation) && Recommends().IsMatch(sentence))
        && Answers(sentence, focus, 0);

    private static bool Answers(string sentence, Focus focus, int _) =>
        (focus.HasFlag(Focus.Number) && StatesNumberInUnit(sentence, focus))
        || (focus.HasFlag(Focus.Reason) && Reason().IsMatch(sentence))
        || (focus.HasFlag(Focus.List) && ListIntroduction().IsMatch(sentence))
        || (focus.HasFlag(Focus.Date) && StatesTime(sentence))
        || (focus.HasFlag(Focus.Finding) && (focus.HasFlag(Focus.Criticism) ? Lacking() : FindingSentence()).IsMatch(sentence));

    /// <summary>
    /// Whether a sentence of the passage that has the question's words states a time ("Den 8 mars 2016 fattade
    /// kommunstyrelsen beslut ...", "Senast den 30 april 2017 önskar Stadsrevisionen svar"): the text can answer "när".
    /// </summary>
    public static bool StatesTimeOf(PassageMatch match, KnowledgeSnapshot k) =>
        k.PassageTerms.Sentences(match.Passage.Text).Any(s => Covered(s, match.Terms, k.PassageTerms).Count > 0 && StatesTime(s));

    /// <summary>
    /// Whether the passage defines what the question names: a sentence whose first words (before "är", "innebär",
    /// "avser", "betyder", "kallas", "kallat", "syftar", "handlar om") hold a word of the question ("Strategiska utvecklingsuppdrag är
    /// särskilda uppdrag ...", "ett ESF projekt kallat Evikom").
    /// </summary>
    public static bool Defines(PassageMatch match, KnowledgeSnapshot k) =>
        k.PassageTerms.Sentences(match.Passage.Text).Any(s => DefinesIn(s, match.Terms, k.PassageTerms));

    private static bool DefinesIn(string sentence, IReadOnlyList<string> terms, PassageTerms read)
    {
        // "Under 2015 har en kompetenstrappa tagits fram för att tydliggöra ...": what a thing was made for says what it is.
        if (MadeFor().Match(sentence) is { Success: true } made && !DefiningVerb().Match(sentence[..made.Index]).Success
            && sentence[..made.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxDefinedWords
            && Covered(sentence[..made.Index], terms, read).Count > 0)
        {
            return true;
        }

        // "Dessa personer anställs som ”biträden” och är tänkta att ...": a thing given its name in quotes, with what it does.
        if (QuotedName().Match(sentence) is { Success: true } quoted
            && sentence[..quoted.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxDefinedWords
            && Covered(quoted.Groups[1].Value, terms, read).Count > 0)
        {
            return true;
        }

        var verb = DefiningVerb().Match(sentence);
        if (!verb.Success || sentence[..verb.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxDefinedWords)
        {
            return false;
        }

        // "X är ...": X before the verb; "... ett projekt kallat X": X after it.
        var named = verb.Value.StartsWith("kallat", StringComparison.OrdinalIgnoreCase) || verb.Value.StartsWith("kallad", StringComparison.OrdinalIgnoreCase)
            ? sentence[verb.Index..] : sentence[..verb.Index];
        return Covered(named, terms, read).Count > 0;
    }

    /// <summary>How many words may stand before the defining verb of a definition.</summary>
    private const int MaxDefinedWords = 8;

    [GeneratedRegex(@"\b(?:är|innebär|avser|betyder|kallas|kallat|kallad|syftar|handlar)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefiningVerb();

    /// <summary>"anställs som ”biträden”", "kallas för ”X”": a role or name given in quotes after "som"/"för".</summary>
    [GeneratedRegex(@"\b(?:som|för)\s+[”“""]([^”“""]{2,40})[”“""]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotedName();

    /// <summary>"X har tagits fram för att", "X skapades för att": a thing made for a purpose, named before the verb.</summary>
    [GeneratedRegex(@"\b(?:tagits fram|tagit fram|togs fram|tas fram|skapats|skapades|inrättats|inrättades|införts|infördes|utvecklats|arbetats fram)\s+för\s+att\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MadeFor();

    /// <summary>Whether a sentence states a time: a year, a month, a date ("2016-03-08", "8 mars", "första halvåret").</summary>
    private static bool StatesTime(string sentence) =>
        Number().Matches(sentence).Any(m => YearParser.IsYear(m.Value)) || Month().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|halvår\w*|kvartal\w*|årsskiftet|våren|hösten)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Month();

    /// <summary>An introduction followed by its list: "De fyra målen är: - Minska ...".</summary>
    [GeneratedRegex(@":\s*[-•–]\s")]
    private static partial Regex ListIntroduction();

    [GeneratedRegex(@"(?<![\d,])\d+(?:[ ,]\d+)*(?![\d])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(eftersom|på grund av|pga|beror på|berodde på|beror främst på|orsak\w*|anledning\w*|skäl\w*|därför|för att|i syfte att|syftet|leder till|ledde till|bidrar till|innebär konsekvenser|får konsekvenser|relaterat till|relaterad till|relaterade till|till följd av|because|due to|reason\w*|cause\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reason();

    [GeneratedRegex(@"\b(orsak\w*|anledning\w*|skälet|skälen|varför|because|reasons?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedReason();

    private static double Bonus(Passage passage, IReadOnlyCollection<int>? documents, List<string> years) =>
        (documents is { Count: > 0 } && documents.Contains(passage.DocumentId) ? 0.15 : 0)
        + (years.Count > 0 && years.Any(y => passage.Text.Contains(y, StringComparison.Ordinal)) ? 0.1 : 0);

    /// <summary>Text that is a table's rows: tab-separated cells, or mostly numbers.</summary>
    private static bool IsTable(string text)
    {
        var tabs = text.Count(c => c == '\t');
        var digits = text.Count(char.IsDigit);
        return tabs >= 4 || text.Length > 0 && digits > text.Length / 5;
    }

    public static Answer Answer(QuestionUnderstanding q, KnowledgeSnapshot k, PassageMatch match)
    {
        // When the heading itself is what was asked ("De vanligaste orsakerna till ..."), the passage's beginning answers it.
        var headingTerms = k.PassageTerms.Terms(match.Passage.HeadingPath);
        var weights = match.Terms.ToDictionary(t => t, k.PassageIndex.Idf);
        var headingShare = weights.Values.Sum() <= 0 ? 0 : match.Terms.Where(t => SearchIndex.Matches(t, headingTerms)).Sum(t => weights[t]) / weights.Values.Sum();
        var focus = FocusOf(q);
        var years = q.Years.All.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        // ... unless the text has other words of the question, in the sentences that answer ("the trust-based management
        // pilot": the section is about trust-based management, the sentence about its pilot).
        var passageWords = k.PassageTerms.Terms(match.Passage.Text);
        var beyondHeading = match.Terms.Any(t => !SearchIndex.Matches(t, headingTerms) && SearchIndex.Matches(t, passageWords));
        // A heading that begins a sentence its text completes ("De vanligaste orsakerna till ... är", "Den lokala nivån
        // kan"): the passage's beginning is what the heading introduces, whatever other words the text has further on.
        // Such a heading answers when it has any of the question's words: the passage was chosen, and its heading says what it lists.
        // A number or a time asked is in the sentence that states it, wherever it stands.
        var introduces = headingShare > 0 && IntroducesText(match.Passage.HeadingPath) && (focus & (Focus.Number | Focus.Date)) == 0;
        var excerpt = headingShare >= 0.5 && !beyondHeading || introduces
            ? SourceText.Shorten(match.Passage.Text, ExcerptChars(focus, headingShare, !beyondHeading))
            : Trim(match.Passage.Text, match.Terms, k, focus, ExcerptChars(focus, headingShare, !beyondHeading), OtherMeasure(q), years);
        excerpt = match.Recommendations ? RecommendationList(match, k) : ListedLeads(q, match, k, focus) ?? excerpt;
        var document = k.Documents.GetValueOrDefault(match.Passage.DocumentId);
        var source = k.Source(match.Passage.DocumentId, null, null);
        var heading = string.IsNullOrWhiteSpace(match.Passage.HeadingPath) ? string.Empty : $" › {match.Passage.HeadingPath}";
        var intro = q.Say($"Så här står det i {document?.Title ?? "dokumentet"}{heading}:", $"This is what {document?.Title ?? "the document"}{heading} says (in Swedish):");
        // "Hur stor andel av usk jobbar heltid hos oss?", "how many incidents were reported?": a figure asked, and the best text
        // matches weakly and states none. No figure answers it: said plainly, naming the closest text, quoting nothing.
        if ((focus & Focus.Number) != 0 && (focus & (Focus.Reason | Focus.Definition | Focus.Finding | Focus.Date)) == 0
            && (match.Hit.Coverage < WeakCoverage && match.Also.Count == 0 && !StatesFigure(excerpt) || OfUsFromElsewhere(q, k, match)
                || CountsOnlyAPart(q, match, k, focus)))
        {
            return NoFigure(q, k, match);
        }

        // "What was the HME score for our administration in 2023?", "pb för min hemtjänstgrupp 2024": a year asked, and the
        // best text matches weakly and names none of the years asked, nor does any other text shown: it does not answer for
        // that year. Said, naming the closest text, quoting nothing.
        if (match.Hit.Coverage < WeakCoverage && years.Count > 0
            && !match.Also.Prepend(match).Any(m => years.Any(y => m.Passage.Text.Contains(y, StringComparison.Ordinal) || m.Passage.HeadingPath.Contains(y, StringComparison.Ordinal))))
        {
            return NoFigure(q, k, match, years);
        }

        if (match.Hit.Coverage < WeakCoverage)
        {
            // A weak best match: say so, and which documents were searched, so the asker can judge it.
            var searched = string.Join("; ", k.Passages.Select(p => p.DocumentId).Distinct().Select(id => k.Source(id).DocumentTitle).Distinct());
            intro = q.Say($"Jag hittar inget som svarar säkert (sökt i: {searched}). Närmast är {document?.Title ?? "dokumentet"}{heading}:",
                $"I find nothing that answers it for certain (searched: {searched}). The closest is {document?.Title ?? "the document"}{heading} (in Swedish):");
        }
        var text = ((ProseDifference(q, excerpt, k, focus) ?? ProseTwoFigures(q, excerpt, match.Terms, k, focus)) is { } difference ? difference + "\n\n" : string.Empty) + intro + "\n\n> " + excerpt;
        var sources = new List<SourceRef> { source };
        var shown = new List<string> { excerpt };
        foreach (var other in match.Also)
        {
            // An equally good passage elsewhere: its best sentences, briefly, unless the same text was shown already
            // (a plan imported in two extractions).
            // A section beside its own comments is half of one answer, shown as fully as the best.
            var more = Trim(other.Passage.Text, other.Terms, k, focus, SectionAndComments(other.Passage, match.Passage) ? MaxChars : AlsoChars, OtherMeasure(q), years);
            if (shown.Any(e => Overlaps(e, more)))
            {
                continue;
            }

            shown.Add(more);
            var otherTitle = k.Documents.GetValueOrDefault(other.Passage.DocumentId)?.Title ?? q.Say("dokumentet", "the document");
            var otherHeading = string.IsNullOrWhiteSpace(other.Passage.HeadingPath) ? string.Empty : $" › {other.Passage.HeadingPath}";
            text += "\n\n" + q.Say($"Också i {otherTitle}{otherHeading}:", $"Also in {otherTitle}{otherHeading}:") + "\n\n> " + more;
            sources.Add(k.Source(other.Passage.DocumentId, null, null));
        }

        return new Answer(SourceText.WithSources(q, text, sources), q.Language, AnswerKind.Passage, sources.Distinct().ToList());
    }

    /// <summary>
    /// "hur stor andel av socialsekreterarna jobbar deltid hos oss?": a figure asked of our own organisation ("hos oss",
    /// "i vår förvaltning", "ours") that names no document or place, and a text found in another municipality's document or
    /// a national one (the Örebro audit, the SKL strategy). Their figures are of another place, never ours.
    /// </summary>
    private static bool OfUsFromElsewhere(QuestionUnderstanding q, KnowledgeSnapshot k, PassageMatch match)
    {
        var t = q.Tokens;
        var ours = t.Select((w, i) => (w, i)).Any(x => x.w == "oss" && x.i > 0 && t[x.i - 1] is "hos" or "for" or "i")
            || t.Select((w, i) => (w, i)).Any(x => x.w is "our" && x.i + 1 < t.Count && t[x.i + 1] is "municipality" or "administration");
        // A place, an author or the nation named ("i Örebro", "enligt SKL", "nationellt") says where the figure is from.
        var places = k.Documents.Values.SelectMany(d => TextFold.Tokens(TextFold.Fold($"{d.Municipality} {d.Author}"))).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);
        if (!ours || t.Any(w => places.Contains(w) || w is "nationellt" or "nationally" or "sverige" or "sweden" or "riket" or "landet"))
        {
            return false;
        }

        var own = k.ForecastTables.Select(f => k.Documents.GetValueOrDefault(f.DocumentId)?.Municipality).FirstOrDefault(m => !string.IsNullOrWhiteSpace(m));
        var found = k.Documents.GetValueOrDefault(match.Passage.DocumentId)?.Municipality;
        return own is not null && !string.Equals(found, own, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a text states a figure: a number that is not a year.</summary>
    private static bool StatesFigure(string text) =>
        FigureInText().Matches(text).Any(m => !(m.Value.Length == 4 && m.Value[0] is '1' or '2' && m.Value[1] is '9' or '0'));

    [GeneratedRegex(@"(?<![\p{L}\d])\d+(?:[.,]\d+)?(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex FigureInText();

    /// <summary>
    /// A figure asked that the documents do not hold: said, with the closest text named by its document and heading (the
    /// heading's numbering left out), and no figure of it.
    /// </summary>
    private static Answer NoFigure(QuestionUnderstanding q, KnowledgeSnapshot k, PassageMatch match, IReadOnlyList<string>? years = null)
    {
        var document = k.Documents.GetValueOrDefault(match.Passage.DocumentId);
        var heading = string.Join(" › ", (match.Passage.HeadingPath ?? string.Empty).Split('›', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(h => HeadingNumber().Replace(h, string.Empty).Trim())
            .Where(h => h.Length > 0 && !h.Any(char.IsDigit)));
        var where = (document?.Title ?? q.Say("dokumentet", "the document")) + (heading.Length > 0 ? $" › {heading}" : string.Empty);
        var text = years is { Count: > 0 }
            ? q.Say(
                $"Jag hittar inget i de inlästa dokumenten som svarar på det för {string.Join(", ", years)}. Närmast är texten i {where}, men den nämner inte {(years.Count == 1 ? "det året" : "de åren")}.",
                $"I find nothing in the imported documents that answers that for {string.Join(", ", years)}. The closest is the text in {where}, which does not mention {(years.Count == 1 ? "that year" : "those years")}.")
            : q.Say(
                $"De inlästa dokumenten har ingen siffra som svarar på det. Närmast är texten i {where}, men den anger ingen sådan siffra.",
                $"The imported documents have no figure that answers that. The closest is the text in {where}, which states no such figure.");
        var source = k.Source(match.Passage.DocumentId, null, null);
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.NotFound, [source]);
    }

    [GeneratedRegex(@"^\d+(?:\.\d+)*\.?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingNumber();

    /// <summary>
    /// "Vilka utvecklingsområden lyfte studien fram?", "which areas ...", "what are the areas ...": when the passage has the question's words in a paragraph that
    /// introduces what follows ("Studien pekar på olika utvecklingsområden som presenteras kort nedan;") and the paragraphs
    /// after it, in the passage and in the next ones of the same section, each begin with a short lead ("Stödfunktioner;
    /// cheferna eftersöker ..."), the answer is the introduction and the leads: the things asked for, which the full
    /// paragraphs would not fit. Null otherwise.
    /// </summary>
    private static string? ListedLeads(QuestionUnderstanding q, PassageMatch match, KnowledgeSnapshot k, Focus focus)
    {
        // Only "vilka ...", "which ...", "what are ...": "what did the study involve" asks what it was, not what it lists.
        var tokens = TextFold.Tokens(q.Folded);
        var which = tokens.Count >= 2 && (tokens[0] is "vilka" or "which" || tokens[0] is "what" or "vad" && tokens[1] is "are" or "were" or "ar" or "var");
        // "What did the 2019 study find?", "vad kom studien fram till?": what a study found, when it lists its findings
        // under an introduction ("Studien pekar på olika utvecklingsområden som presenteras kort nedan;"), is that list.
        var found = focus.HasFlag(Focus.Finding) && (focus & (Focus.Criticism | Focus.Recommendation | Focus.Number | Focus.Date)) == 0;
        if (!(focus.HasFlag(Focus.List) && which) && !found)
        {
            return null;
        }

        var section = k.Passages
            .Where(p => p.DocumentId == match.Passage.DocumentId && p.HeadingPath == match.Passage.HeadingPath && p.Ordinal >= match.Passage.Ordinal)
            .OrderBy(p => p.Ordinal)
            .SelectMany(p => p.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        var own = match.Passage.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
        for (var i = 0; i < own; i++)
        {
            if (!Knowledge.Extraction.PassageBuilder.IsIntroduction(section[i]))
            {
                continue;
            }

            var introduction = k.PassageTerms.Sentences(section[i]) is { Count: > 0 } sentences ? sentences[^1] : section[i];
            if (Covered(introduction, match.Terms, k.PassageTerms).Count == 0)
            {
                continue;
            }

            var leads = section.Skip(i + 1).Select(Lead).TakeWhile(l => l is not null).Select(l => l!).ToList();
            if (leads.Count >= 2)
            {
                return introduction + "\n> - " + string.Join("\n> - ", leads);
            }
        }

        return null;
    }

    /// <summary>The lead of a paragraph that names a thing before describing it: up to six words before its first ";" or ":"
    /// ("Tid för reflektion/coaching; möjligheten till ..."), with no sentence end before it, in a paragraph that is no bullet
    /// or numbered item. Null when it has none.</summary>
    private static string? Lead(string paragraph)
    {
        // A bulleted or numbered item is a list of its own, shown as it stands.
        var end = paragraph.IndexOfAny([';', ':']);
        if (end <= 0 || end + 1 >= paragraph.Length || paragraph[0] is '-' or '•' or '–' or '*' || char.IsDigit(paragraph[0]))
        {
            return null;
        }

        var lead = paragraph[..end].Trim();
        return lead.Contains('.') || lead.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6 ? null : lead;
    }

    /// <summary>
    /// Whether a heading's last part begins a sentence its text goes on with: it ends in a colon or a verb that wants
    /// what follows ("De vanligaste orsakerna till varför kommunerna använder bemanningsföretag är", "Den lokala nivån kan", "SKL ska").
    /// </summary>
    public static bool IntroducesText(string headingPath) =>
        IntroducingHeading().IsMatch(headingPath.Split('›')[^1]);

    [GeneratedRegex(@"(?::|\b(?:är|var|kan|ska|bör|blir|innebär|omfattar|is|are|can|should|will|include|includes))\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntroducingHeading();

    /// <summary>How many sentences before one that points back (<see cref="PointsBack"/>) a why or how answer keeps.</summary>
    private const int BackSentences = 3;

    /// <summary>A sentence that speaks of what the ones before it said: "Denna förändring innebär ...", "där man prövar denna
    /// typ av arbetsplatslärande", "på så sätt", "this change", "these".</summary>
    [GeneratedRegex(@"\b(?:denna|dessa|detta sätt|på så sätt|på det sättet|den här typen|this change|this kind|these changes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointsBack();

    /// <summary>A sentence that sets itself against the one before: "dock", "däremot", "emellertid", "however", or
    /// beginning with "Men"/"But".</summary>
    [GeneratedRegex(@"^(?:men|but)\b|^(?:\S+\s+){0,4}(?:dock|däremot|emellertid|however)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contrast();

    /// <summary>"personalbehov" when the question asks the recruitment need only, "rekryteringsbehov" when it asks the staffing need only.</summary>
    private static (string Other, string Asked)? OtherMeasure(QuestionUnderstanding q)
    {
        var staffing = q.HasAny(Cue.Staffing, Cue.StaffWord);
        var recruitment = q.Has(Cue.Recruitment);
        return staffing == recruitment ? null : staffing ? ("rekryteringsbehov", "personalbehov") : ("personalbehov", "rekryteringsbehov");
    }

    /// <summary>Whether a sentence names the other measure and not the one asked.</summary>
    private static bool AboutOnly(string sentence, (string Other, string Asked) measure)
    {
        var folded = TextFold.Fold(sentence);
        return folded.Contains(measure.Other, StringComparison.Ordinal) && !folded.Contains(measure.Asked, StringComparison.Ordinal);
    }

    /// <summary>Whether two excerpts are mostly the same text (their first words agree, or one holds the other).</summary>
    private static bool Overlaps(string a, string b)
    {
        var x = a.TrimEnd('…');
        var y = b.TrimEnd('…');
        return x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal)
            || (x.Length >= 60 && y.Length >= 60 && string.Equals(x[..60], y[..60], StringComparison.Ordinal));
    }

    public static Answer NotFound(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var text = q.Say(
            "Jag hittar inget i de inlästa dokumenten som svarar på det. Jag kan svara på frågor om prognoser (personalbehov, rekryteringsbehov), nyckeltal, aktiviteter och planernas text.",
            "I find nothing in the imported documents that answers that. I can answer questions about forecasts (staffing and recruitment needs), key figures, activities and the plans' text.");
        var sources = k.Documents.Values.Take(5).Select(d => k.Source(d.Id)).ToList();
        return new Answer(text + "\n\n" + q.Say("Dokument: ", "Documents: ") + string.Join("; ", sources.Select(s => s.DocumentTitle)), q.Language, AnswerKind.NotFound, sources)
        {
            Suggestions = HelpAnswerer.Examples(q).Take(3).ToList(),
        };
    }

    /// <summary>"Varför ...?", "Why ...?": the reason often stands in the sentence before the one that names the subject.</summary>
    /// <summary>
    /// "Vad är Evikomp?", "Vad menas med utbildningstjänster?", "What is ...?", "What does ... mean?": what something is.
    /// The text defines it; an activity that mentions it does not.
    /// </summary>
    public static bool AsksDefinition(QuestionUnderstanding q)
    {
        var t = TextFold.Tokens(q.Folded);
        return t.Count >= 3 && ((t[0] is "vad" && t[1] is "ar" or "e" or "menas" or "betyder" or "innebar")
            // "evikomp vad e det", "utbildningstjänster – vad är det?": the thing named first and asked after it, in chat
            // shorthand ("e" for "är") as often as not; "X, vad var det?" asks the same of a thing from the past.
            || (t.Count >= 4 && t[^3] is "vad" && t[^2] is "ar" or "e" or "var" && t[^1] is "det")
            // "Vad menar planen med tillitsbaserad styrning?", "what does the plan mean by X?": what the text means by a term.
            || (t[0] is "vad" && t[1] is "menar" or "avser" && t.Skip(2).Contains("med"))
            || (t[0] is "what" && t[1] is "does" or "do" or "is" && t.Skip(2).Any(w => w is "mean" or "meant") && t.Contains("by"))
            || (t[0] is "what" && (t[1] is "is" or "are" || (t[1] is "does" or "do" && t[^1] is "mean")))
            || t[0] is "whats" or "definiera" or "define"
            // "Projektet Breddad kompetensförsörjning, vad handlar det om?", "vad handlar tillitsbaserad styrning om?": what a
            // named thing is about is what the text says it is.
            || t.Contains("vad") && t[^1] == "om" && t.Contains("handlar"));
    }

    /// <summary>"Varför", "why", "orsaken", and a purpose asked ("vad är syftet med", "what is the purpose of", "what's the point
    /// of"): the text's reason or aim answers.</summary>
    private static bool AsksWhy(QuestionUnderstanding q) =>
        q.Tokens.Any(t => t is "varfor" or "why" or "orsak" or "orsaken" or "reason" or "reasons" or "syfte" or "syftet" or "purpose")
        || q.Tokens.Select((t, i) => (t, i)).Any(x => x.t == "point" && x.i > 0 && q.Tokens[x.i - 1] is "the" or "whats" && x.i + 1 < q.Tokens.Count && q.Tokens[x.i + 1] == "of");

    /// <summary>
    /// A reason or purpose asked (<see cref="AsksWhy"/>), or an effect or a manner in the past: "hur påverkar det
    /// rekryteringen?", "how does X affect ...", "how did the pandemic speed up ...". "How did the need change from 2020 to
    /// 2025" names years and a change: a figure, not an effect.
    /// </summary>
    public static bool AsksReason(QuestionUnderstanding q)
    {
        var tokens = TextFold.Tokens(q.Folded);
        if (AsksWhy(q with { Tokens = tokens }))
        {
            return true;
        }

        if (tokens.Any(t => t.StartsWith("paverka", StringComparison.Ordinal) || t is "affect" or "affects" or "affected" or "impact" or "impacts" or "impacted"))
        {
            return true;
        }

        return q.Years.IsEmpty && !q.Has(Cue.Change)
            && tokens.Select((t, i) => (t, i)).Any(x => x.t == "how" && x.i + 1 < tokens.Count && tokens[x.i + 1] == "did");
    }

    /// <summary>
    /// The run of up to <see cref="MaxSentences"/> consecutive sentences that covers the most of the question's words
    /// (weighted by rarity) within <see cref="MaxChars"/>; among equals the shortest.
    /// </summary>
    /// <param name="why">Keep the sentence before the best run too, when it fits: a why question's reason often stands there
    /// ("... vikariat på grund av föräldraledigheter. Kommande pensionsavgångar är däremot inte något stort problem.").</param>
    public static string Trim(string text, IReadOnlyList<string> terms, KnowledgeSnapshot k, bool why = false) =>
        Trim(text, terms, k, why ? Focus.Reason : Focus.None);

    /// <param name="focus">What the question asks the sentences to hold (a number, a reason): a run with a sentence
    /// that has it and the question's words weighs as much more as the rarest of the words.</param>
    /// <param name="maxChars">The longest excerpt.</param>
    /// <param name="otherMeasure">The forecast measure the question does not ask (Other) and the one it asks (Asked), folded.</param>
    /// <param name="years">The years the question names: a sentence that states one has a word of the question ("2015
    /// endast 2500 personer" beside "Under 2010 tog 3700 personer ut undersköterskeexamen").</param>

    private static string Trim(string text, IReadOnlyList<string> terms, KnowledgeSnapshot k, Focus focus, int maxChars = MaxChars, (string Other, string Asked)? otherMeasure = null,
        IReadOnlyCollection<string>? years = null)
    {
        var why = focus.HasFlag(Focus.Reason);
        var clean = TextFold.SingleSpaced(text);
        var sentences = k.PassageTerms.Sentences(text);
        if (sentences.Count <= 1)
        {
            return SourceText.Shorten(clean, maxChars);
        }

        // No subject asked ("vad kritiserade revisorerna?"): every sentence is about it, the focus tells them apart.
        var covered = sentences.Select(s => terms.Count == 0 ? [string.Empty] : Covered(s, terms, k.PassageTerms)).ToList();
        var figureFocus = focus.HasFlag(Focus.Number) && (focus & FigureOnlyExcludes) == 0;
        var yearTerms = figureFocus && years is { Count: > 0 } ? years.Select(y => "#" + y).ToList() : [];
        for (var i = 0; i < sentences.Count && yearTerms.Count > 0; i++)
        {
            covered[i].UnionWith(yearTerms.Where(y => sentences[i].Contains(y[1..], StringComparison.Ordinal)));
        }

        // A sentence that goes on about the one before ("Under 2013 fattades beslut att ge ett lönetillägg ... Detta för att
        // minska personalomsättningen"): for a why asked it speaks of what that one did, so it has its words (the reason
        // stands there).
        for (var i = 1; i < sentences.Count && focus.HasFlag(Focus.Reason); i++)
        {
            if (covered[i].Count == 0 && covered[i - 1].Count > 0 && Anaphor().IsMatch(sentences[i]))
            {
                covered[i] = covered[i - 1];
            }
        }

        // A sentence that defines what is asked ("Prioriterade områden är digitalisering, ...") answers a definition, as it
        // ranked the passage (see BestWindow); it weighs half a focus, so more of the question's words still win
        // ("the trust-based management pilot": the pilot's sentence, not the definition of trust-based management).
        var focused = sentences.Select((s, i) => covered[i].Count > 0 && focus != Focus.None && Answers(s, focus)).ToList();
        var defining = sentences.Select((s, i) => covered[i].Count > 0 && focus.HasFlag(Focus.Definition) && DefinesIn(s, terms, k.PassageTerms)).ToList();
        // "... beslut om att påbörja projektet ”Breddad kompetensförsörjning”. Uppdraget innebär att ...": the sentence after
        // the one that names what is asked, opening with a word for it and a defining verb, says what it is: what was asked.
        for (var i = 1; i < sentences.Count && focus.HasFlag(Focus.Definition); i++)
        {
            if (covered[i - 1].Count > 0 && AnaphoricDefinition().IsMatch(sentences[i]))
            {
                covered[i] = [.. covered[i], .. covered[i - 1]];
                focused[i] = true;
            }
        }
        // A why question: a sentence that names the reasons ("De vanligaste orsakerna till varför kommunerna använder
        // bemanningsföretag") answers it better than one with a purpose ("för att täcka behov av ...").
        var stated = sentences.Select((s, i) => focused[i] && StatedReason().IsMatch(s)).ToList();
        // A paragraph that opens with its own label ("Stödfunktioner; cheferna eftersöker ...", "Tid för reflektion/coaching;
        // ..."): when the label has a word of the question, what the text says of it begins there, so a run starting there
        // weighs as much more as the rarest of the words (not a run that only mentions the word further on).
        var labelled = sentences.Select(s => terms.Count > 0 && LeadLabel().Match(s) is { Success: true } m
            && Covered(m.Groups[1].Value, terms, k.PassageTerms).Count > 0).ToList();

        // A short passage is shown whole, unless a number or a time of one forecast measure was asked and a sentence states
        // it: then up to the first sentence about the other measure after it.
        var numberAsked = (focus & (Focus.Number | Focus.Date)) != 0 && focused.Contains(true);
        var isShort = clean.Length <= maxChars;
        if (isShort && (!numberAsked || otherMeasure is null))
        {
            return SourceText.Shorten(clean, maxChars);
        }

        var weights = terms.ToDictionary(t => t, k.PassageIndex.Idf);
        if (terms.Count == 0)
        {
            weights[string.Empty] = 1;
        }

        var focusWeight = weights.Count == 0 ? 0 : weights.Values.Max();
        foreach (var year in yearTerms)
        {
            weights[year] = focusWeight;
        }

        // What a text found ("vad kom granskningen fram till") or says of a subject ("what does the plan say about X") is
        // in every sentence that states a finding of it, or speaks of it: a run with more of them answers more.
        bool Several(int i) => focus.HasFlag(Focus.Finding) ? focused[i] : covered[i].Count > 0;
        var (bestStart, bestEnd, bestScore) = (0, 0, double.MinValue);
        for (var start = 0; start < sentences.Count; start++)
        {
            var length = 0;
            var union = new HashSet<string>();
            // What the run start..end holds, kept as the run grows by one sentence at a time.
            var (anyFocused, several, anyStated, anyDefining) = (false, 0, false, false);
            for (var end = start; end < sentences.Count && end < start + MaxSentences; end++)
            {
                length += sentences[end].Length + 1;
                if (length > maxChars && end > start)
                {
                    break;
                }

                union.UnionWith(covered[end]);
                anyFocused |= focused[end];
                several += Several(end) ? 1 : 0;
                anyStated |= stated[end];
                anyDefining |= defining[end] && !focused[end];
                var score = union.Sum(t => weights[t]) - (length * 0.0005)
                    + (anyFocused ? focusWeight : 0)
                    + (SeveralWanted(focus) * focusWeight * (several - 1))
                    + (why && anyStated ? focusWeight / 2 : 0)
                    + (anyDefining ? focusWeight / 2 : 0)
                    + (labelled[start] ? focusWeight : 0);
                if (covered[start].Count > 0 && covered[end].Count > 0 && score > bestScore)
                {
                    (bestStart, bestEnd, bestScore) = (start, end, score);
                }
            }
        }

        // What/why/how is answered by what the matching sentences lead to: keep up to two following sentences of the same
        // passage when they fit ("I samband med Coronakrisen startades ett krisbemanningscenter ... Över 600 anmälningar kom in").
        // ... up to a sentence about the other forecast measure when the question asks one: "personalbehovet ökar med 10 %.
        // Rekryteringsbehovet ökar med 17 %." — its figure would only be mistaken for the one asked.
        if (isShort)
        {
            bestStart = 0;
        }

        var chosen = sentences.Skip(bestStart).Take(bestEnd - bestStart + 1).Sum(s => s.Length + 1);
        for (var next = bestEnd + 1; next < sentences.Count && (isShort || next <= bestEnd + ContinuationSentences) && chosen + sentences[next].Length + 1 <= maxChars; next++)
        {
            if (otherMeasure is not null && numberAsked && AboutOnly(sentences[next], otherMeasure.Value))
            {
                break;
            }

            chosen += sentences[next].Length + 1;
            bestEnd = next;
        }

        // A sentence that answers with a contrast ("Socialchefen menar dock att effekten ... är en färskvara") needs the one
        // it contrasts with ("Det kunde då konstateras att personalomsättningen minskat"): shown alone it says half.
        // So does a sentence that says what the one before named is ("Uppdraget innebär ..."): the name is in that one.
        var contrast = bestStart > 0 && (Contrast().IsMatch(sentences[bestStart]) || focus.HasFlag(Focus.Definition) && (AnaphoricDefinition().IsMatch(sentences[bestStart])
            // "Dessa snabbutbildade personer anställs som ...": who "these" are is said in the sentence before.
            || DemonstrativeOpening().IsMatch(sentences[bestStart])));
        // A why or how asked of a sentence that points back at what it speaks of ("Denna förändring innebär konsekvenser i
        // form av ett ökat behov av handledning", "där man prövar denna typ av arbetsplatslärande"): the cause or the way is
        // in the sentences before it, as far as they fit.
        var pointsBack = (why || focus.HasFlag(Focus.Manner)) && bestStart > 0 && PointsBack().IsMatch(sentences[bestStart]);
        var first = bestStart;
        if ((why || contrast || pointsBack) && bestStart > 0 && chosen + sentences[bestStart - 1].Length + 1 <= maxChars)
        {
            bestStart--;
            chosen += sentences[bestStart].Length + 1;
        }
        else if ((why || contrast) && bestStart > 0 && bestEnd > bestStart)
        {
            // Make room for the reason: it weighs more than the last follow-on sentence.
            bestStart--;
            bestEnd--;
        }

        while (pointsBack && bestStart > 0 && first - bestStart < BackSentences)
        {
            // Room for the sentences pointed back at is made from the follow-on sentences after the one that answers.
            while (chosen + sentences[bestStart - 1].Length + 1 > maxChars && bestEnd > first)
            {
                chosen -= sentences[bestEnd].Length + 1;
                bestEnd--;
            }

            if (chosen + sentences[bestStart - 1].Length + 1 > maxChars)
            {
                break;
            }

            bestStart--;
            chosen += sentences[bestStart].Length + 1;
        }

        return SourceText.Shorten(string.Join(' ', sentences.Skip(bestStart).Take(bestEnd - bestStart + 1)), maxChars);
    }

    /// <summary>
    /// "Hur många medarbetare har nämnden?", "how many employees does the committee have?": a headcount asked with no word
    /// of what narrows it, and every sentence with the question's words and a count counts a part (who retire, who are
    /// to be recruited, the need's increase, who took an exam), or none states a count: none of those numbers is the
    /// headcount asked.
    /// </summary>
    private static bool CountsOnlyAPart(QuestionUnderstanding q, PassageMatch match, KnowledgeSnapshot k, Focus focus)
    {
        var tokens = TextFold.Tokens(q.Folded);
        if (!focus.HasFlag(Focus.Count) || (focus & FigureOnlyExcludes) != 0 || !tokens.Any(IsHeadcountWord) || tokens.Any(t => PartOfStaff().IsMatch(t)))
        {
            return false;
        }

        var counting = k.PassageTerms.Sentences(match.Passage.Text)
            .Where(s => Covered(s, match.Terms, k.PassageTerms).Count > 0 && StatesNumberInUnit(s, focus)).ToList();
        // No sentence with a count at all ("36. vård- och äldreomsorgsnämnden ska ...": an item's number) answers it no better.
        return counting.All(s => TextFold.Tokens(TextFold.Fold(s)).Any(t => PartOfStaff().IsMatch(t)));
    }

    /// <summary>A word for the people employed as a whole: "medarbetare", "anställda", "personal", "employees", "staff".</summary>
    private static bool IsHeadcountWord(string token) =>
        token.StartsWith("medarbetar", StringComparison.Ordinal) || token.StartsWith("anstallda", StringComparison.Ordinal)
        || token is "personal" or "personalen" or "employees" or "staff" or "workers" or "personnel" or "people" or "personer";

    /// <summary>A word (folded) that narrows a count of people to a part or a flow of them: who retire, are recruited or
    /// needed, increase, leave, start, took an exam, were trained, applied, answered; in Swedish and English.</summary>
    [GeneratedRegex(@"^(?:\w*(?:pension|rekryt|behov|okning|minskning|avgang|omsattning|examin|examen|utbild|anmal|sokande|nyanstall)\w*|okar|oka|okade|minskar|minska|minskade|slutar|slutat|slutade|borjar|borjat|borjade|svarade|behover|behovs|retire\w*|recruit\w*|hire\w*|hiring|need\w*|increas\w*|grow\w*|decreas\w*|reduc\w*|fewer|leav\w*|left|quit\w*|start\w*|exam\w*|graduat\w*|train\w*|appl\w*|answer\w*|respon\w*|turnover)$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfStaff();

    /// <summary>
    /// "Hur många färre tog examen 2015 än 2010?", "how many more ... in 2010 than in 2015?": a difference of two counts the
    /// excerpt states one to a year, each in its own sentence ("Under 2010 tog 3700 personer ... 2015 endast 2500
    /// personer."): computed, with both figures it came from. Null unless each year asked has exactly one sentence with
    /// exactly one count.
    /// </summary>
    private static string? ProseDifference(QuestionUnderstanding q, string excerpt, KnowledgeSnapshot k, Focus focus)
    {
        var tokens = TextFold.Tokens(q.Folded);
        // "mellan 2010 och 2015" is read as a range: its ends are the two years compared.
        List<int> years = q.Years.IsRange ? [q.Years.From!.Value, q.Years.To!.Value] : [.. q.Years.All.Distinct().Order()];
        // "hur stor var minskningen?", "hur mycket minskade antalet, i procent?", "how much did it drop?": a change asked of
        // the two years is their difference too, and a percent asked of it is the change over the earlier year's figure.
        var percent = focus.HasFlag(Focus.Percent);
        if (!(focus.HasFlag(Focus.Count) || percent) || years.Count != 2 || years[0] == years[1]
            || !tokens.Any(t => t is "farre" or "fler" or "fewer" or "more" or "difference" or "diff" || t.StartsWith("skillnad", StringComparison.Ordinal) || ChangeWord().IsMatch(t)))
        {
            return null;
        }

        var sentences = k.PassageTerms.Sentences(excerpt);
        var values = new List<decimal>();
        foreach (var year in years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            var stating = sentences.Where(s => Number().Matches(s).Count(m => m.Value == year) == 1 && Number().Matches(s).Count(m => YearParser.IsYear(m.Value)) == 1).ToList();
            var counts = stating.Count == 1 ? Number().Matches(stating[0]).Where(m => !YearParser.IsYear(m.Value) && IsCount(stating[0][(m.Index + m.Length)..])).ToList() : [];
            if (counts.Count != 1 || !decimal.TryParse(counts[0].Value.Replace(" ", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            values.Add(value);
        }

        var (high, low) = values[0] >= values[1] ? (values[0], values[1]) : (values[1], values[0]);
        var (first, second) = (years[0].ToString(System.Globalization.CultureInfo.InvariantCulture), years[1].ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (a, b, d) = (SwedishFormat.Number(values[0]), SwedishFormat.Number(values[1]), SwedishFormat.Number(high - low));
        if (percent && values[0] > 0)
        {
            var change = (values[1] - values[0]) / values[0] * 100m;
            var signed = (change < 0 ? "−" : "+") + SwedishFormat.Percent(Math.Abs(change));
            return q.Say($"Förändringen från {first} ({a}) till {second} ({b}) är **{signed}** ({b} − {a} = {SwedishFormat.Signed(values[1] - values[0])}; {SwedishFormat.Signed(values[1] - values[0])} / {a}).",
                $"The change from {first} ({a}) to {second} ({b}) is **{signed}** ({b} − {a} = {SwedishFormat.Signed(values[1] - values[0])}; {SwedishFormat.Signed(values[1] - values[0])} / {a}).");
        }

        return q.Say($"Skillnaden mellan {first} ({a}) och {second} ({b}) är **{d}** ({SwedishFormat.Number(high)} − {SwedishFormat.Number(low)}).",
            $"The difference between {first} ({a}) and {second} ({b}) is **{d}** ({SwedishFormat.Number(high)} − {SwedishFormat.Number(low)}).");

        // A count: a whole number followed by a word that is no percent, money or millions ("3700 personer").
        static bool IsCount(string after) => CountWord().IsMatch(after) && !PercentUnit().IsMatch(after) && !MoneyUnit().IsMatch(after) && !Millions().IsMatch(after);
    }

    [GeneratedRegex(@"^\s+\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex CountWord();

    /// <summary>
    /// Two counts one sentence states together, and what the question asks of them: the gap ("hur stort är glappet", "the
    /// gap", "skillnaden") between two counts of the same unit ("ca 40 personer per år ... medan behovet är ca 140 personer
    /// per år": 140 − 40 = 100), or the share of the part in the whole it is said to be part of ("1,2 miljoner personer i
    /// välfärden, och av dessa ... 275 600 anställda", "21 000 medarbetare ..., varav ca 7 600": 7 600 / 21 000). Computed
    /// with both figures. Null unless exactly one sentence of the excerpt with the question's words holds such a pair, and
    /// it states no percent of its own (then the text's share answers).
    /// </summary>
    private static string? ProseTwoFigures(QuestionUnderstanding q, string excerpt, IReadOnlyList<string> terms, KnowledgeSnapshot k, Focus focus)
    {
        var tokens = TextFold.Tokens(q.Folded);
        var gap = tokens.Any(t => t.StartsWith("glapp", StringComparison.Ordinal) || t.StartsWith("skillnad", StringComparison.Ordinal) || t is "gap" or "difference" or "diff");
        var share = q.Has(Cue.Share);
        if (!focus.HasFlag(Focus.Number) || (focus & FigureOnlyExcludes) != 0 || gap == share || terms.Count == 0)
        {
            return null;
        }

        var found = new List<string>();
        foreach (var sentence in k.PassageTerms.Sentences(excerpt).Where(s => Covered(s, terms, k.PassageTerms).Count > 0))
        {
            var counts = new List<(decimal Value, string Unit, int Index, int End, string Shown)>();
            var percent = false;
            foreach (Match m in Number().Matches(sentence))
            {
                var after = sentence[(m.Index + m.Length)..];
                if (YearParser.IsYear(m.Value.Replace(" ", string.Empty, StringComparison.Ordinal)) || m.Index > 0 && (char.IsLetter(sentence[m.Index - 1]) || sentence[m.Index - 1] is ':' or '§' or '/' or '-'))
                {
                    continue;
                }

                percent |= PercentUnit().IsMatch(after);
                if (PercentUnit().IsMatch(after) || MoneyUnit().IsMatch(after) || DayOfMonth().IsMatch(after) || !CountWord().IsMatch(after)
                    || SwedishNumber.Parse(m.Value) is not { } value)
                {
                    continue;
                }

                // "1,2 miljoner personer": a count in millions.
                var words = TextFold.Tokens(TextFold.Fold(after)).Take(2).ToList();
                var shown = m.Value;
                if (words.FirstOrDefault() is "miljoner" or "miljon")
                {
                    value *= 1_000_000m;
                    shown += " " + words[0];
                    words.RemoveAt(0);
                }

                counts.Add((value, words.FirstOrDefault() ?? string.Empty, m.Index, m.Index + m.Length, shown));
            }

            if (counts.Count != 2 || percent)
            {
                continue;
            }

            var (a, b) = (counts[0], counts[1]);
            if (gap && a.Unit.Length > 0 && a.Unit == b.Unit && a.Value != b.Value)
            {
                var (high, low) = a.Value > b.Value ? (a.Value, b.Value) : (b.Value, a.Value);
                var (h, l) = (SwedishFormat.Number(high), SwedishFormat.Number(low));
                found.Add(q.Say($"Skillnaden mellan {h} och {l} är **{SwedishFormat.Number(high - low)}** ({h} − {l}).",
                    $"The difference between {h} and {l} is **{SwedishFormat.Number(high - low)}** ({h} − {l})."));
            }
            else if (share && PartOf().IsMatch(sentence[a.End..b.Index]) && a.Value > b.Value && b.Value > 0)
            {
                // As the text writes them ("1,2 miljoner").
                var (whole, part) = (a.Shown, b.Shown);
                var result = SwedishFormat.Percent(b.Value / a.Value * 100m);
                found.Add(q.Say($"{part} av {whole} är **{result}** ({part} / {whole}).", $"{part} of {whole} is **{result}** ({part} / {whole})."));
            }
        }

        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>Words that make what follows a part of the count before: "av dessa", "av dem", "varav", "of whom", "of which".</summary>
    [GeneratedRegex(@"\b(?:av dessa|av dem|varav|of whom|of which|of these)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartOf();

    /// <summary>A word (folded) for a rise or fall: "minskningen", "minskade", "ökningen", "ökat", "decrease", "dropped",
    /// "declined", "increase", "fell", "rose".</summary>
    [GeneratedRegex(@"^(?:minskn\w*|minska\w*|okning\w*|okar|oka|okade|okat|decreas\w*|drop\w*|declin\w*|increas\w*|fell|rose|nedgang\w*|tapp\w*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChangeWord();
}
