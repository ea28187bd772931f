using System.Text.RegularExpressions;
using Assistant.Bot.Knowledge;

namespace Assistant.Bot.Answering.Snapshot;

/// <summary>
/// The passages read once per snapshot for sentence-level ranking: each passage's text cut into sentences, and the
/// analysed terms of every sentence, heading and whole text. A question compares its terms against these sets instead of
/// running the Swedish analysis over every sentence of every candidate again. Texts not read here (none of the passages')
/// are analysed on the spot, so the answer never depends on what was precomputed.
/// </summary>
public sealed partial class PassageTerms
{
    private readonly SearchIndex _index;
    private readonly Dictionary<string, IReadOnlyList<string>> _sentences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _terms = new(StringComparer.Ordinal);

    private PassageTerms(SearchIndex index) => _index = index;

    /// <param name="names">Other texts the ranking analyses for every question: the documents' titles and organisations.</param>
    public static PassageTerms Build(IEnumerable<Passage> passages, IEnumerable<string> names, SearchIndex index)
    {
        var read = new PassageTerms(index);
        foreach (var name in names)
        {
            read.Add(name);
        }

        foreach (var passage in passages)
        {
            read.Add(passage.HeadingPath);
            read.Add(passage.Text);
            if (!read._sentences.ContainsKey(passage.Text))
            {
                var sentences = Split(passage.Text);
                read._sentences[passage.Text] = sentences;
                foreach (var sentence in sentences)
                {
                    read.Add(sentence);
                }
            }
        }

        return read;
    }

    /// <summary>A text's sentences: whitespace runs made one space, cut after . ! ? before a capital, digit or quote.</summary>
    public IReadOnlyList<string> Sentences(string text) => _sentences.TryGetValue(text, out var sentences) ? sentences : Split(text);

    /// <summary>The analysed terms of a text (as <see cref="SearchIndex.Analyze"/> gives them), as a set. Not to be changed.</summary>
    public IReadOnlySet<string> Terms(string text) => _terms.TryGetValue(text, out var terms) ? terms : [.. _index.Analyze(text)];

    /// <inheritdoc cref="Sentences"/>
    public static List<string> Split(string text)
    {
        var clean = Understanding.TextFold.SingleSpaced(text);
        return [.. SentenceEnd().Split(clean).Where(s => s.Length > 0)];
    }

    private void Add(string text)
    {
        if (!_terms.ContainsKey(text))
        {
            _terms[text] = [.. _index.Analyze(text)];
        }
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9""”*])")]
    private static partial Regex SentenceEnd();
}
