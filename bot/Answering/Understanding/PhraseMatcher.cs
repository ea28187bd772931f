namespace Assistant.Bot.Answering.Understanding;

/// <summary>One lexicon phrase found in a question, at token positions [Start, Start + Length).</summary>
public sealed record PhraseHit(LexiconEntry Entry, int Start, int Length, MatchQuality Quality);

/// <summary>
/// Finds lexicon phrases in a token list: at each position the longest, best-matching phrase wins and consumes its tokens,
/// so "assistant nurse" is not also "nurse" and "inte klara" is not also "klara".
/// </summary>
public static class PhraseMatcher
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<LexiconEntry>, Dictionary<char, LexiconEntry[]>> ByFirstLetter = [];

    public static List<PhraseHit> Find(IReadOnlyList<string> tokens, IReadOnlyList<LexiconEntry> entries)
    {
        // Every match shares its first letter with the phrase (see WordMatch): look only at those phrases.
        var index = ByFirstLetter.GetValue(entries, list => list.Where(e => e.Words.Count > 0 && e.Words[0].Length > 0)
            .GroupBy(e => e.Words[0][0]).ToDictionary(g => g.Key, g => g.ToArray()));
        var candidates = new List<PhraseHit>();
        for (var start = 0; start < tokens.Count; start++)
        {
            if (tokens[start].Length == 0 || !index.TryGetValue(tokens[start][0], out var sameLetter))
            {
                continue;
            }

            foreach (var entry in sameLetter)
            {
                var quality = MatchAt(tokens, start, entry.Words);
                if (quality != MatchQuality.None)
                {
                    candidates.Add(new PhraseHit(entry, start, entry.Words.Count, quality));
                }
            }
        }

        // Longer phrases first, then better matches, then earlier ones, then lexicon order; each token is used once.
        // (Plain loops and one sort: this runs on every question.)
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            PhraseHit x = candidates[a], y = candidates[b];
            var c = y.Length.CompareTo(x.Length);
            c = c != 0 ? c : y.Quality.CompareTo(x.Quality);
            c = c != 0 || x.Quality != MatchQuality.Typo || x.Start != y.Start ? c : TypoDistance(tokens, x).CompareTo(TypoDistance(tokens, y));
            c = c != 0 || x.Quality != MatchQuality.Typo || x.Start != y.Start ? c : SameEnding(tokens, y).CompareTo(SameEnding(tokens, x));
            c = c != 0 ? c : x.Start.CompareTo(y.Start);
            return c != 0 ? c : a.CompareTo(b);
        });

        var used = new bool[tokens.Count];
        var hits = new List<PhraseHit>();
        foreach (var position in order)
        {
            var hit = candidates[position];
            if (Array.IndexOf(used, true, hit.Start, hit.Length) >= 0)
            {
                continue;
            }

            Array.Fill(used, true, hit.Start, hit.Length);
            hits.Add(hit);
        }

        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }

    /// <summary>
    /// How far the typed words are from a phrase matched with a typo: of two such readings of the same word the nearer wins
    /// ("activites" is "activities", not "activity").
    /// </summary>
    private static int TypoDistance(IReadOnlyList<string> tokens, PhraseHit hit)
    {
        var distance = 0;
        for (var i = 0; i < hit.Length; i++)
        {
            distance += TextFold.EditDistance(tokens[hit.Start + i], hit.Entry.Words[i], 4);
        }

        return distance;
    }

    /// <summary>
    /// Whether the last typed word ends as the phrase's last word does: of two readings of a typo as near as each other, the
    /// one whose ending (where Swedish and English inflect) was typed wins ("aktivitetr" is "aktiviteter", not "aktivitet").
    /// </summary>
    private static bool SameEnding(IReadOnlyList<string> tokens, PhraseHit hit) =>
        tokens[hit.Start + hit.Length - 1] is { Length: > 0 } typed && hit.Entry.Words[^1] is { Length: > 0 } word && typed[^1] == word[^1];

    private static MatchQuality MatchAt(IReadOnlyList<string> tokens, int start, IReadOnlyList<string> words)
    {
        if (words.Count == 0 || start + words.Count > tokens.Count)
        {
            return MatchQuality.None;
        }

        var worst = MatchQuality.Exact;
        for (var i = 0; i < words.Count; i++)
        {
            // Inside a phrase, inflection and typos are allowed on the last word only ("personliga assistenter" is listed).
            var quality = i == words.Count - 1 ? WordMatch.Match(tokens[start + i], words[i])
                : tokens[start + i] == words[i] ? MatchQuality.Exact : WordMatch.Match(tokens[start + i], words[i]);
            // A word the glossary wrote is a real word, not a typo of a cue ("agreement" → "avtal" is not "antal").
            if (quality == MatchQuality.Typo && Glossary.Writes(tokens[start + i]))
            {
                return MatchQuality.None;
            }

            if (quality == MatchQuality.None)
            {
                return MatchQuality.None;
            }

            worst = quality < worst ? quality : worst;
        }

        return worst;
    }
}
