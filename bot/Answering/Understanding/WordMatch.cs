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

    public static MatchQuality Match(string token, string word)
    {
        if (token == word)
        {
            return MatchQuality.Exact;
        }

        if (word.Length < 3 || char.IsDigit(word[0]))
        {
            return MatchQuality.None;
        }

        var stem = Stem(word);
        if (token.Length > stem.Length && token.StartsWith(stem, StringComparison.Ordinal) && Suffixes.Contains(token[stem.Length..]))
        {
            return MatchQuality.Inflection;
        }

        if (token.Length == stem.Length && token == stem && stem.Length >= 5)
        {
            return MatchQuality.Inflection;
        }

        // Typos: not in the first letter (people rarely miss it, and it keeps this cheap).
        var budget = TextFold.TypoBudget(word.Length);
        if (budget == 0 || token.Length < 5 || token[0] != word[0])
        {
            return MatchQuality.None;
        }

        if (TextFold.EditDistance(token, word, budget) <= budget)
        {
            return MatchQuality.Typo;
        }

        foreach (var suffix in Suffixes)
        {
            if (token.Length - suffix.Length >= 5 && Math.Abs(token.Length - suffix.Length - stem.Length) <= budget && token.EndsWith(suffix, StringComparison.Ordinal)
                && TextFold.EditDistance(token[..^suffix.Length], stem, budget) <= budget)
            {
                return MatchQuality.Typo;
            }
        }

        return MatchQuality.None;
    }

    private static string Stem(string word) => word.Length > 4 && word[^1] is 'a' or 'e' ? word[..^1] : word;
}
