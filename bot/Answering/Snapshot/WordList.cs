using System.Collections;

namespace Assistant.Bot.Answering.Snapshot;

/// <summary>
/// A text's folded words in their order, with the distinct words also kept sorted (ordinal), so "has a word that begins
/// with ..." and "has this word" are binary searches instead of a scan of every word. Read once per snapshot.
/// </summary>
public sealed class WordList : IReadOnlyList<string>
{
    private readonly IReadOnlyList<string> _words;
    private readonly string[] _sorted;

    public WordList(IReadOnlyList<string> words)
    {
        _words = words;
        _sorted = [.. words.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public int Count => _words.Count;

    public string this[int index] => _words[index];

    /// <summary>Whether some word begins with the prefix (every word does with the empty one).</summary>
    public bool HasWordStartingWith(string prefix)
    {
        var at = LowerBound(prefix);
        return at < _sorted.Length && _sorted[at].StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>Whether the word is one of the words.</summary>
    public bool Has(string word)
    {
        var at = LowerBound(word);
        return at < _sorted.Length && string.Equals(_sorted[at], word, StringComparison.Ordinal);
    }

    public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int LowerBound(string value)
    {
        var (low, high) = (0, _sorted.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(_sorted[middle], value) < 0)
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
}
