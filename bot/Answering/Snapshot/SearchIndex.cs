using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Assistant.Bot.Answering.Snapshot;

/// <summary>A text to index: its key (passage or activity id), its main text and a secondary, weaker text.</summary>
public sealed record SearchItem(int Key, string Text, string? Extra = null);

/// <summary>A search result: the item's key, Lucene's score and the share of the query's weight the item covers (0..1).</summary>
public sealed record SearchHit(int Key, float Score, double Coverage, IReadOnlySet<string> MatchedTerms);

/// <summary>
/// An in-memory Lucene index (BM25) with Swedish analysis over passages or activities. Queries combine exact terms,
/// prefixes (compounds and inflections: krisbemanningen → krisbemanningscenter) and fuzzy terms (typos); the coverage of
/// each hit is computed from the analysed terms kept beside, weighted by inverse document frequency.
/// </summary>
public sealed class SearchIndex
{
    private const string TextField = "text";
    private const string ExtraField = "extra";
    private const string KeyField = "key";

    private readonly SwedishSearchAnalyzer _analyzer;
    private readonly IndexSearcher _searcher;
    private readonly DirectoryReader _reader;
    private readonly Dictionary<int, HashSet<string>> _terms;
    private readonly Dictionary<char, string[]> _vocabulary;
    private readonly string[] _words;

    /// <summary>The vocabulary in ordinal order, for the words that begin with a term (a binary search, not a scan).</summary>
    private readonly string[] _sorted;

    private readonly HashSet<string> _known;

    /// <summary>Each word of <see cref="_words"/> written backwards, in ordinal order (the words that end in a term are one
    /// range of it), and each one's position in <see cref="_words"/>.</summary>
    private readonly string[] _reversed;
    private readonly int[] _reversedPositions;
    private readonly int[] _keys;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Text), TermContext> _termContexts = new();

    /// <summary>Term lookups kept per index (questions bring new words and typos without end; the index never changes).</summary>
    private const int MaxCachedTerms = 20_000;

    private SearchIndex(SwedishSearchAnalyzer analyzer, DirectoryReader reader, Dictionary<int, HashSet<string>> terms)
    {
        _analyzer = analyzer;
        _reader = reader;
        _terms = terms;
        _vocabulary = terms.Values.SelectMany(t => t).Distinct().Where(t => t.Length > 0).GroupBy(t => t[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _words = [.. _vocabulary.Values.SelectMany(w => w)];
        _sorted = [.. _words.Order(StringComparer.Ordinal)];
        _known = new HashSet<string>(_words, StringComparer.Ordinal);
        var endings = _words.Select((w, i) => (Reversed: Reverse(w), Position: i)).OrderBy(e => e.Reversed, StringComparer.Ordinal).ToList();
        _reversed = [.. endings.Select(e => e.Reversed)];
        _reversedPositions = [.. endings.Select(e => e.Position)];
        _searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };

        // Lucene document number → item key, read once instead of loading stored fields for every hit.
        _keys = new int[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            _keys[doc] = int.Parse(reader.Document(doc).Get(KeyField), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public int Count => _terms.Count;

    public static SearchIndex Build(IEnumerable<SearchItem> items)
    {
        var analyzer = new SwedishSearchAnalyzer();
        var directory = new RAMDirectory();
        var terms = new Dictionary<int, HashSet<string>>();
        var config = new IndexWriterConfig(SwedishSearchAnalyzer.Version, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var item in items)
            {
                var document = new Document
                {
                    new StringField(KeyField, item.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                    new TextField(TextField, item.Text, Field.Store.NO),
                };
                if (!string.IsNullOrWhiteSpace(item.Extra))
                {
                    document.Add(new TextField(ExtraField, item.Extra, Field.Store.NO));
                }

                writer.AddDocument(document);
                terms[item.Key] = [.. analyzer.Terms(item.Text + "\n" + item.Extra)];
            }

            writer.Commit();
        }

        return new SearchIndex(analyzer, DirectoryReader.Open(directory), terms);
    }

    public List<string> Analyze(string text) => _analyzer.Terms(text);

    /// <summary>Whether some text has this analysed term, as such or as the beginning of a longer word.</summary>
    public bool Knows(string term)
    {
        if (term.Length == 0)
        {
            return false;
        }

        // The first word not before the term in ordinal order begins with it, if any word does.
        var at = LowerBound(_sorted, term);
        return at < _sorted.Length && _sorted[at].StartsWith(term, StringComparison.Ordinal);
    }

    /// <summary>Whether some text has this analysed term as a word of its own.</summary>
    public bool Has(string term)
    {
        var at = LowerBound(_sorted, term);
        return term.Length > 0 && at < _sorted.Length && string.Equals(_sorted[at], term, StringComparison.Ordinal);
    }

    private static int LowerBound(string[] sorted, string value)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(sorted[middle], value) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static string Reverse(string word) => string.Create(word.Length, word, static (span, w) =>
    {
        for (var i = 0; i < w.Length; i++)
        {
            span[i] = w[w.Length - 1 - i];
        }
    });

    /// <summary>
    /// A compound the texts do not have, split into two words they do (chefsstudien → chef + studien, enkätsvaret → enkät +
    /// svaret): each part at least four letters, a linking s dropped. Nothing when the word is known or does not split.
    /// </summary>
    public IReadOnlyList<string> SplitCompound(string term)
    {
        if (term.Length < 8 || Knows(term))
        {
            return [];
        }

        for (var cut = term.Length - 4; cut >= 4; cut--)
        {
            var head = term[..cut];
            var tail = term[cut..];
            if (!Knows(tail) || tail.Length < 4)
            {
                continue;
            }

            if (_known.Contains(head))
            {
                return [head, tail];
            }

            if (head.Length > 4 && head[^1] == 's' && _known.Contains(head[..^1]))
            {
                return [head[..^1], tail];
            }
        }

        return [];
    }

    /// <summary>Inverse document frequency of an analysed term (rare terms weigh more).</summary>
    public double Idf(string term)
    {
        var df = Context(TextField, term).DocFreq;
        return Math.Log(1 + ((_reader.NumDocs - df + 0.5) / (df + 0.5)));
    }

    /// <param name="lenient">Words no text has may be as many as the known ones (English questions over Swedish texts).</param>
    public List<SearchHit> Search(IReadOnlyList<string> queryTerms, int top, bool lenient = false)
    {
        var distinct = queryTerms.Distinct().ToList();
        if (distinct.Count == 0 || _terms.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var term in distinct)
        {
            query.Add(Exact(TextField, term, 2f), Occur.SHOULD);
            query.Add(Exact(ExtraField, term, 0.3f), Occur.SHOULD);
            if (term.Length >= 5)
            {
                // Constant score either way; the filter rewrite skips collecting the terms into a hash first (the auto
                // rewrite's choice on indexes this small anyway, reached after allocating its term buffers).
                query.Add(new PrefixQuery(new Term(TextField, Prefix(term))) { Boost = 0.6f, MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE }, Occur.SHOULD);
            }

            // The texts' compounds that end in the word: examen → undersköterskeexamen, personal → hyrpersonal.
            foreach (var compound in CompoundsEndingIn(term))
            {
                query.Add(Exact(TextField, compound, 0.5f), Occur.SHOULD);
            }

            // A word the texts do not have as such: maybe their stem of it (utredningen → utreda), maybe a typo.
            if (Context(TextField, term).DocFreq == 0)
            {
                // "piloten" → "pilot", where the texts' "pilot" is stemmed to "pilo" (see Matches).
                if (term.Length == 5 && term[^1] == 't')
                {
                    query.Add(Exact(TextField, term[..^1], 0.5f), Occur.SHOULD);
                }

                for (var length = Math.Max(5, (term.Length + 1) / 2); length < term.Length - 1 && term.Length >= 8; length++)
                {
                    query.Add(Exact(TextField, term[..length], 0.4f), Occur.SHOULD);
                }

                foreach (var near in NearWords(term))
                {
                    query.Add(Exact(TextField, near, 0.5f), Occur.SHOULD);
                }
            }
        }

        var weights = distinct.ToDictionary(t => t, Idf);
        var found = new List<(int Key, float Score, HashSet<string> Matched)>();
        foreach (var scoreDoc in TopDocs(query, top).ScoreDocs)
        {
            var key = _keys[scoreDoc.Doc];
            found.Add((key, scoreDoc.Score, distinct.Where(t => Matches(t, _terms[key])).ToHashSet()));
        }

        // A word no text has (not even inflected or misspelt) says nothing about which text is best: it is left out of the
        // coverage, as long as the words the texts do have are more.
        var known = distinct.Where(t => found.Any(f => f.Matched.Contains(t))).ToList();
        if (lenient ? known.Count * 2 < distinct.Count || known.Count < 2 && known.Count < distinct.Count : known.Count * 2 <= distinct.Count)
        {
            known = distinct;
        }

        var total = known.Sum(t => weights[t]);
        return [.. found.Select(f => new SearchHit(f.Key, f.Score, total <= 0 ? 0 : f.Matched.Sum(t => weights[t]) / total, f.Matched))];
    }

    /// <summary>
    /// A term query with its term looked up once per index: Lucene would seek the term in the terms dictionary on
    /// every query (TermContext.Build), which on a small index costs more than scoring it.
    /// </summary>
    private TermQuery Exact(string field, string text, float boost)
    {
        var context = Context(field, text);
        return new TermQuery(new Term(field, text), context) { Boost = boost };
    }

    private TermContext Context(string field, string text)
    {
        if (_termContexts.TryGetValue((field, text), out var context))
        {
            return context;
        }

        context = TermContext.Build(_reader.Context, new Term(field, text));
        if (_termContexts.Count < MaxCachedTerms)
        {
            _termContexts.TryAdd((field, text), context);
        }

        return context;
    }

    /// <summary>
    /// Collects in document order: left to choose, Lucene scores a pure-SHOULD query with BooleanScorer, which allocates
    /// a 2,048-bucket table per query, more work than the whole search on an index of tens or hundreds of texts.
    /// </summary>
    private TopDocs TopDocs(Query query, int top)
    {
        var collector = TopScoreDocCollector.Create(top, docsScoredInOrder: true);
        _searcher.Search(query, collector);
        return collector.GetTopDocs();
    }

    /// <summary>
    /// Words of the texts within the typo budget of a word they do not have (same first letter). Lucene's FuzzyQuery does
    /// the same but builds an automaton per query, which costs milliseconds; the vocabulary here is small.
    /// </summary>
    private IEnumerable<string> NearWords(string term)
    {
        var budget = Understanding.TextFold.TypoBudget(term.Length);
        if (budget == 0 || !_vocabulary.TryGetValue(term[0], out var candidates))
        {
            return [];
        }

        return candidates.Where(c => Math.Abs(c.Length - term.Length) <= budget && Understanding.TextFold.EditDistance(c, term, budget) <= budget).Take(20);
    }

    /// <summary>Words of the texts that are compounds ending in the term (the term is their head: examen → undersköterskeexamen).</summary>
    private IEnumerable<string> CompoundsEndingIn(string term)
    {
        if (term.Length < MinCompoundHead)
        {
            return [];
        }

        // The words ending in the term, found among the reversed words, then taken in vocabulary order as before.
        var reversed = Reverse(term);
        var positions = new List<int>();
        for (var i = LowerBound(_reversed, reversed); i < _reversed.Length && _reversed[i].StartsWith(reversed, StringComparison.Ordinal); i++)
        {
            if (IsCompoundOf(_words[_reversedPositions[i]], term))
            {
                positions.Add(_reversedPositions[i]);
            }
        }

        positions.Sort();
        return positions.Take(20).Select(i => _words[i]);
    }

    private const int MinCompoundHead = 4;

    /// <summary>Whether a word is a compound whose last part is the term, its first part at least three letters
    /// (undersköterskeexamen ends in examen; ansvar does not end in svar as a compound).</summary>
    private static bool IsCompoundOf(string word, string term) =>
        term.Length >= MinCompoundHead && word.Length >= term.Length + 3 && word.EndsWith(term, StringComparison.Ordinal);

    /// <summary>
    /// Whether a query term that is a compound ("socionomstudent") is found in a text's terms only as its first part: every
    /// word of the text that matches it is the compound less a word of its own ("socionom": the social workers, not their
    /// students). A stem of the same word ("utred" for "utredningen") is no such part: what it lacks is no word.
    /// </summary>
    public bool MatchesOnlyAsModifier(string queryTerm, IReadOnlySet<string> terms)
    {
        var any = false;
        var prefix = queryTerm.Length >= 5 ? Prefix(queryTerm) : null;
        var budget = Math.Min(2, Understanding.TextFold.TypoBudget(queryTerm.Length));
        foreach (var term in terms)
        {
            if (term != queryTerm && !MatchesTerm(queryTerm, term, prefix, budget))
            {
                continue;
            }

            if (!IsModifierOf(term, queryTerm))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>Whether a word is the first part of a compound: the compound begins with it and the rest (a linking s
    /// dropped) is a word of at least four letters that the texts have.</summary>
    public bool IsModifierOf(string word, string compound)
    {
        if (word.Length < 4 || compound.Length < word.Length + MinCompoundHead || !compound.StartsWith(word, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = compound[word.Length..];
        return _known.Contains(rest) || rest[0] == 's' && rest.Length > MinCompoundHead && _known.Contains(rest[1..]);
    }

    /// <summary>Whether a query term occurs among a text's analysed terms: exactly, by prefix (compounds) or with a typo.</summary>
    public static bool Matches(string queryTerm, IReadOnlySet<string> terms)
    {
        if (terms.Contains(queryTerm))
        {
            return true;
        }

        var prefix = queryTerm.Length >= 5 ? Prefix(queryTerm) : null;
        var budget = Math.Min(2, Understanding.TextFold.TypoBudget(queryTerm.Length));
        foreach (var term in terms)
        {
            if (MatchesTerm(queryTerm, term, prefix, budget))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of a text's terms is the query term by prefix (compounds), as its stem, or with a typo.</summary>
    private static bool MatchesTerm(string queryTerm, string term, string? prefix, int budget)
    {
        if (prefix is not null && term.StartsWith(prefix, StringComparison.Ordinal) || IsCompoundOf(term, queryTerm))
        {
            return true;
        }

        // The text's word is the stem of the question's (utreda → utredningen): a long shared beginning.
        if (term.Length >= 5 && term.Length * 2 >= queryTerm.Length && queryTerm.StartsWith(term, StringComparison.Ordinal))
        {
            return true;
        }

        // The light stemmer cuts a final t off some words and not off their inflections ("pilot" → "pilo",
        // "piloten" → "pilot"): the text's word is the question's less that t.
        if (term.Length == 4 && queryTerm.Length == 5 && queryTerm[^1] == 't' && queryTerm.StartsWith(term, StringComparison.Ordinal))
        {
            return true;
        }

        return budget > 0 && term.Length >= 5 && term[0] == queryTerm[0] && Understanding.TextFold.EditDistance(term, queryTerm, budget) <= budget;
    }

    // Long words match by their beginning: compounds and inflections share it (bemanningspoolen, krisbemanningscentret).
    private static string Prefix(string term) => term.Length switch
    {
        >= 9 => term[..(term.Length - 3)],
        >= 7 => term[..(term.Length - 1)],
        _ => term,
    };
}
