using System.Text.RegularExpressions;
using Assistant.Bot.Answering.Knowledge;
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
    private const int MaxChars = 500;

    public sealed record PassageMatch(Passage Passage, SearchHit Hit, IReadOnlyList<string> Terms);

    public static PassageMatch? Find(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var terms = QueryTerms.For(q, k.PassageIndex);
        if (terms.Count == 0)
        {
            return null;
        }

        var hit = k.PassageIndex.Search(terms, 10)
            .Where(h => h.Coverage >= MinimumCoverage)
            .OrderByDescending(h => Math.Round(h.Coverage, 2))
            .ThenByDescending(h => h.Score)
            .FirstOrDefault();
        return hit is null ? null : new PassageMatch(k.PassagesById[hit.Key], hit, terms);
    }

    public static Answer Answer(QuestionUnderstanding q, KnowledgeSnapshot k, PassageMatch match)
    {
        var excerpt = Trim(match.Passage.Text, match.Terms, k.PassageIndex);
        var document = k.Documents.GetValueOrDefault(match.Passage.DocumentId);
        var source = k.Source(match.Passage.DocumentId, null, null);
        var heading = string.IsNullOrWhiteSpace(match.Passage.HeadingPath) ? string.Empty : $" › {match.Passage.HeadingPath}";
        var intro = q.Say($"Så här står det i {document?.Title ?? "dokumentet"}{heading}:", $"This is what {document?.Title ?? "the document"}{heading} says (in Swedish):");
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

    /// <summary>The best sentence and its best neighbour, in document order, within <see cref="MaxChars"/>.</summary>
    public static string Trim(string text, IReadOnlyList<string> terms, SearchIndex index)
    {
        var sentences = SentenceEnd().Split(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(s => s.Length > 0)
            .ToList();
        if (sentences.Count <= 1 || text.Length <= MaxChars)
        {
            return SourceText.Shorten(string.Join(' ', sentences), MaxChars);
        }

        var weights = terms.ToDictionary(t => t, index.Idf);
        var scores = sentences.Select(s =>
        {
            var words = index.Analyze(s).ToHashSet();
            return terms.Where(t => SearchIndex.Matches(t, words)).Sum(t => weights[t]);
        }).ToList();
        var best = scores.IndexOf(scores.Max());
        var chosen = new SortedSet<int> { best };
        var neighbour = best + 1 < sentences.Count && (best == 0 || scores[best + 1] >= scores[best - 1]) ? best + 1 : best - 1;
        if (neighbour >= 0 && neighbour < sentences.Count && sentences[best].Length + sentences[neighbour].Length < MaxChars
            && (scores[neighbour] > 0 || sentences[best].Length < 120))
        {
            chosen.Add(neighbour);
        }

        return SourceText.Shorten(string.Join(' ', chosen.Select(i => sentences[i])), MaxChars);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9""”*])")]
    private static partial Regex SentenceEnd();
}
