using System.Text.RegularExpressions;

namespace Assistant.Bot.Knowledge.Import;

/// <summary>
/// How much of one text another holds, by runs of five words (shingles): two extractions of one document (Word and
/// PDF text of the same plan share over 90 %) against unrelated documents (under 1 %).
/// </summary>
public sealed partial class TextOverlap
{
    private const int Width = 5;
    private readonly HashSet<string> _shingles;
    private readonly string _words;

    public TextOverlap(IEnumerable<string> texts)
    {
        var words = texts.SelectMany(Words).ToList();
        _words = " " + string.Join(' ', words) + " ";
        _shingles = Shingles(words);
    }

    public int Size => _shingles.Count;

    /// <summary>Shared shingles over the smaller text's shingles (0-1): near 1 when one text is (almost) within the other.</summary>
    public double Similarity(TextOverlap other)
    {
        var smaller = Math.Min(Size, other.Size);
        return smaller == 0 ? 0 : (double)other._shingles.Count(_shingles.Contains) / smaller;
    }

    /// <summary>The share of <paramref name="text"/> found here: its shingles, or for fewer than five words the words in a row.</summary>
    public double Contains(string text)
    {
        var words = Words(text).ToList();
        if (words.Count == 0)
        {
            return 1;
        }

        if (words.Count < Width)
        {
            return _words.Contains(" " + string.Join(' ', words) + " ", StringComparison.Ordinal) ? 1 : 0;
        }

        var shingles = Shingles(words);
        return (double)shingles.Count(_shingles.Contains) / shingles.Count;
    }

    private static IEnumerable<string> Words(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    private static HashSet<string> Shingles(List<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + Width <= words.Count; i++)
        {
            set.Add(string.Join(' ', words.GetRange(i, Width)));
        }

        return set;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
