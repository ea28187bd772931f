using System.Text.RegularExpressions;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;
using Assistant.Bot.Knowledge;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>
/// Narrative questions: the passage that covers the question's words best (Lucene, Swedish analysis), trimmed to its
/// most relevant sentences, with the document and heading it comes from. Nothing relevant → an honest "not found".
/// </summary>
public static partial class PassageAnswerer
{
    private const double MinimumCoverage = 0.5;
    private const double WeakCoverage = 0.6;
    private const int MaxChars = 900;
    private const int MaxSentences = 6;
    private const int ContinuationSentences = 2;

    public sealed record PassageMatch(Passage Passage, SearchHit Hit, IReadOnlyList<string> Terms);

    /// <param name="documents">Documents the question names ("enligt revisionen", "SKL:s strategi"): their passages
    /// come before other documents' that cover the question as well or a little better.</param>
    public static PassageMatch? Find(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyCollection<int>? documents = null)
    {
        var terms = QueryTerms.For(q, k.PassageIndex);
        if (terms.Count == 0)
        {
            return null;
        }

        // Among passages that cover the question as well, prose answers before a table's text (what/why/how are asked in
        // words). The document the question names and the years it names count as words the passage covers: "hur många
        // går i pension fram till 2027 enligt planen" is answered by the plan's sentence with 2027, not an audit's.
        var years = q.Years.All.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var hit = k.PassageIndex.Search(terms, 10, q.English)
            .Where(h => h.Coverage >= MinimumCoverage)
            .OrderByDescending(h => Math.Round(h.Coverage + Bonus(k.PassagesById[h.Key], documents, years), 2))
            .ThenBy(h => IsTable(k.PassagesById[h.Key].Text))
            .ThenByDescending(h => h.Score)
            .FirstOrDefault();
        return hit is null ? null : new PassageMatch(k.PassagesById[hit.Key], hit, terms);
    }

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
        var headingTerms = k.PassageIndex.Analyze(match.Passage.HeadingPath).ToHashSet();
        var weights = match.Terms.ToDictionary(t => t, k.PassageIndex.Idf);
        var headingShare = weights.Values.Sum() <= 0 ? 0 : match.Terms.Where(t => SearchIndex.Matches(t, headingTerms)).Sum(t => weights[t]) / weights.Values.Sum();
        var excerpt = headingShare >= 0.5
            ? SourceText.Shorten(match.Passage.Text, MaxChars)
            : Trim(match.Passage.Text, match.Terms, k.PassageIndex, AsksWhy(q));
        var document = k.Documents.GetValueOrDefault(match.Passage.DocumentId);
        var source = k.Source(match.Passage.DocumentId, null, null);
        var heading = string.IsNullOrWhiteSpace(match.Passage.HeadingPath) ? string.Empty : $" › {match.Passage.HeadingPath}";
        var intro = q.Say($"Så här står det i {document?.Title ?? "dokumentet"}{heading}:", $"This is what {document?.Title ?? "the document"}{heading} says (in Swedish):");
        if (match.Hit.Coverage < WeakCoverage)
        {
            // A weak best match: say so, and which documents were searched, so the asker can judge it.
            var searched = string.Join("; ", k.Passages.Select(p => p.DocumentId).Distinct().Select(id => k.Source(id).DocumentTitle).Distinct());
            intro = q.Say($"Jag hittar inget som svarar säkert (sökt i: {searched}). Närmast är {document?.Title ?? "dokumentet"}{heading}:",
                $"I find nothing that answers it for certain (searched: {searched}). The closest is {document?.Title ?? "the document"}{heading} (in Swedish):");
        }
        var text = intro + "\n\n> " + excerpt;
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.Passage, [source]);
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

    /// <summary>
    /// The run of up to <see cref="MaxSentences"/> consecutive sentences that covers the most of the question's words
    /// (weighted by rarity) within <see cref="MaxChars"/>; among equals the shortest.
    /// </summary>
    /// <summary>"Varför ...?", "Why ...?": the reason often stands in the sentence before the one that names the subject.</summary>
    private static bool AsksWhy(QuestionUnderstanding q) => q.Tokens.Any(t => t is "varfor" or "why" or "orsak" or "orsaken" or "reason" or "reasons");

    /// <param name="why">Keep the sentence before the best run too, when it fits: a why question's reason often stands there
    /// ("... vikariat på grund av föräldraledigheter. Kommande pensionsavgångar är däremot inte något stort problem.").</param>
    public static string Trim(string text, IReadOnlyList<string> terms, SearchIndex index, bool why = false)
    {
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var sentences = SentenceEnd().Split(clean).Where(s => s.Length > 0).ToList();
        if (sentences.Count <= 1 || clean.Length <= MaxChars)
        {
            return SourceText.Shorten(clean, MaxChars);
        }

        var weights = terms.ToDictionary(t => t, index.Idf);
        var covered = sentences.Select(s =>
        {
            var words = index.Analyze(s).ToHashSet();
            return terms.Where(t => SearchIndex.Matches(t, words)).ToHashSet();
        }).ToList();

        var (bestStart, bestEnd, bestScore) = (0, 0, double.MinValue);
        for (var start = 0; start < sentences.Count; start++)
        {
            var length = 0;
            var union = new HashSet<string>();
            for (var end = start; end < sentences.Count && end < start + MaxSentences; end++)
            {
                length += sentences[end].Length + 1;
                if (length > MaxChars && end > start)
                {
                    break;
                }

                union.UnionWith(covered[end]);
                var score = union.Sum(t => weights[t]) - (length * 0.0005);
                if (covered[start].Count > 0 && covered[end].Count > 0 && score > bestScore)
                {
                    (bestStart, bestEnd, bestScore) = (start, end, score);
                }
            }
        }

        // What/why/how is answered by what the matching sentences lead to: keep up to two following sentences of the same
        // passage when they fit ("I samband med Coronakrisen startades ett krisbemanningscenter ... Över 600 anmälningar kom in").
        var chosen = sentences.Skip(bestStart).Take(bestEnd - bestStart + 1).Sum(s => s.Length + 1);
        for (var next = bestEnd + 1; next < sentences.Count && next <= bestEnd + ContinuationSentences && chosen + sentences[next].Length + 1 <= MaxChars; next++)
        {
            chosen += sentences[next].Length + 1;
            bestEnd = next;
        }

        if (why && bestStart > 0 && chosen + sentences[bestStart - 1].Length + 1 <= MaxChars)
        {
            bestStart--;
        }
        else if (why && bestStart > 0 && bestEnd > bestStart)
        {
            // Make room for the reason: it weighs more than the last follow-on sentence.
            bestStart--;
            bestEnd--;
        }

        return SourceText.Shorten(string.Join(' ', sentences.Skip(bestStart).Take(bestEnd - bestStart + 1)), MaxChars);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9""”*])")]
    private static partial Regex SentenceEnd();
}
