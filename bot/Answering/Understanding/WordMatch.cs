namespace Assistant.Bot.Answering.Understanding;

/// <summary>How well a typed word matches a lexicon word: exactly, as an inflection of it, or with a typo.</summary>
public enum MatchQuality
{
    None = 0,
    Typo = 1,
    Inflection = 2,
    Exact = 3,
}

/// <summary>
/// Swedish and English inflections of a base word (undersköterska → undersköterskor, chef → cheferna, assistant → assistants)
/// and typos within <see cref="TextFold.TypoBudget"/>. Both words are folded.
/// </summary>
public static class WordMatch
{
    private static readonly string[] Suffixes =
        ["a", "e", "n", "s", "t", "or", "orna", "ornas", "ar", "arna", "arnas", "er", "erna", "ernas", "en", "ens", "et", "ets", "na", "es", "ns", "ers", "ors", "ars"];

    /// <summary>Question words, which do not inflect: "nara" (a typed "nåra" for "några", or "nära") is not "när" + "a".</summary>
    private static readonly HashSet<string> Uninflected = new(["nar", "vem", "hur", "vad", "var", "who", "how", "why", "what", "when"], StringComparer.Ordinal);

    /// <summary>
    /// Common words one letter from a lexicon word that are never a typo of it: "stort" (large, "hur stort är behovet") is
    /// not "störst" (largest).
    /// </summary>
    private static readonly HashSet<string> NeverTypos = new(["stort"], StringComparer.Ordinal);

    public static MatchQuality Match(string token, string word)
    {
        if (token == word)
        {
            return MatchQuality.Exact;
        }

        if (Uninflected.Contains(word))
        {
            return MatchQuality.None;
        }

        // Every kind of match below shares the first letter: the cheap test first.
        if (word.Length < 3 || token.Length == 0 || token[0] != word[0] || char.IsDigit(word[0]))
        {
            return MatchQuality.None;
        }

        var stem = word.AsSpan(0, StemLength(word));
        var text = token.AsSpan();
        if (text.Length > stem.Length && text.StartsWith(stem, StringComparison.Ordinal) && IsSuffix(text[stem.Length..]))
        {
            return MatchQuality.Inflection;
        }

        if (text.Length == stem.Length && stem.Length >= 5 && text.SequenceEqual(stem))
        {
            return MatchQuality.Inflection;
        }

        var budget = TextFold.TypoBudget(word.Length);
        if (budget == 0 || token.Length < 5 || NeverTypos.Contains(token))
        {
            return MatchQuality.None;
        }

        if (TextFold.EditDistance(text, word, budget) <= budget)
        {
            return MatchQuality.Typo;
        }

        foreach (var suffix in Suffixes)
        {
            if (text.Length - suffix.Length >= 5 && Math.Abs(text.Length - suffix.Length - stem.Length) <= budget && text.EndsWith(suffix, StringComparison.Ordinal)
                && TextFold.EditDistance(text[..^suffix.Length], stem, budget) <= budget)
            {
                return MatchQuality.Typo;
            }
        }

        return MatchQuality.None;
    }

    private static bool IsSuffix(ReadOnlySpan<char> rest)
    {
        foreach (var suffix in Suffixes)
        {
            if (rest.SequenceEqual(suffix))
            {
                return true;
            }
        }

        return false;
    }

    private static int StemLength(string word) => word.Length > 4 && word[^1] is 'a' or 'e' ? word.Length - 1 : word.Length;
}
