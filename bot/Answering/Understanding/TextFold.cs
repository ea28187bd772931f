using System.Globalization;
using System.Text;

namespace Assistant.Bot.Answering.Understanding;

/// <summary>
/// Matching text the way people type it: lower case, diacritics folded (å, ä → a; ö → o; é → e),
/// tokens of letters and digits, and a bounded edit distance for typos.
/// </summary>
public static class TextFold
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>
    /// Each character of the alphabets the documents and questions are written in (ASCII, Latin-1, Latin Extended-A/B,
    /// general punctuation) folded on its own, or -1 for one that must go through the full folding. Folding these one by
    /// one gives what folding the whole text gives: none of them combines with a neighbour once the marks are gone.
    /// </summary>
    private static readonly int[] Folded = BuildFolded();

    /// <summary>The text on one line, each run of white space (line breaks of a table cell, double spaces) one space.</summary>
    public static string SingleSpaced(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Fold(string text)
    {
        // Nearly every text is folded a character at a time from the table; any other character folds the whole text.
        foreach (var c in text)
        {
            if (c >= Folded.Length || Folded[c] < 0)
            {
                return FoldAll(text);
            }
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = (char)Folded[source[i]];
            }
        });
    }

    private static int[] BuildFolded()
    {
        var table = new int[0x2070];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = -1;
            if (c is > 0x24F and < 0x2000)
            {
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory((char)c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            var folded = FoldAll(((char)c).ToString());
            if (folded.Length == 1)
            {
                table[c] = folded[0];
            }
        }

        return table;
    }

    private static string FoldAll(string text)
    {
        var decomposed = text.ToLower(Swedish).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Tokens of letters and digits of the folded text (hyphens, slashes and punctuation split).</summary>
    public static List<string> Tokens(string text)
    {
        var folded = Fold(text);
        var tokens = new List<string>();
        foreach (var word in Words(folded))
        {
            tokens.Add(folded[word]);
        }

        return tokens;
    }

    /// <summary>
    /// Each word of a text as it is written there (its first occurrence), by its folded form: "sprak" → "språk",
    /// "evikomp" → "Evikomp". For an answer that repeats the asker's word, and for analysing a word with å, ä or ö as the
    /// documents' words are analysed.
    /// </summary>
    public static Dictionary<string, string> WrittenForms(string text)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            forms.TryAdd(Fold(text[word]), text[word]);
        }

        return forms;
    }

    /// <summary>The runs of letters and digits of a text.</summary>
    private static IEnumerable<Range> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return start..i;
                start = -1;
            }
        }
    }

    /// <summary>Optimal string alignment distance, or <paramref name="max"/> + 1 as soon as it must exceed it.</summary>
    public static int EditDistance(string a, string b, int max) => EditDistance(a.AsSpan(), b.AsSpan(), max);

    /// <inheritdoc cref="EditDistance(string, string, int)"/>
    public static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Three rows on the stack: this runs for every candidate word of a search, so it must not allocate.
        var width = b.Length + 1;
        Span<int> rows = width <= 128 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }

        return previous[b.Length];
    }

    /// <summary>How many typos a word of this length may carry and still be recognised.</summary>
    public static int TypoBudget(int length) => length switch
    {
        < 5 => 0,
        < 9 => 1,
        _ => 2,
    };
}
