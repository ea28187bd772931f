namespace Assistant.Bot.Answering.Understanding;

/// <summary>One lexicon phrase found in a question, at token positions [Start, Start + Length).</summary>
public sealed record PhraseHit(LexiconEntry Entry, int Start, int Length, MatchQuality Quality);

/// <summary>
/// Finds lexicon phrases in a token list: at each position the longest, best-matching phrase wins and consumes its tokens,
/// so "assistant nurse" is not also "nurse" and "inte klara" is not also "klara".
/// </summary>
public static class PhraseMatcher
{
    public static List<PhraseHit> Find(IReadOnlyList<string> tokens, IReadOnlyList<LexiconEntry> entries)
    {
        var candidates = new List<PhraseHit>();
        for (var start = 0; start < tokens.Count; start++)
        {
            foreach (var entry in entries)
            {
                var quality = MatchAt(tokens, start, entry.Words);
                if (quality != MatchQuality.None)
                {
                    candidates.Add(new PhraseHit(entry, start, entry.Words.Count, quality));
                }
            }
        }

        // Longer phrases first, then better matches, then earlier ones; each token is used once.
        var used = new bool[tokens.Count];
        var hits = new List<PhraseHit>();
        foreach (var hit in candidates.OrderByDescending(h => h.Length).ThenByDescending(h => h.Quality).ThenBy(h => h.Start))
        {
            if (Enumerable.Range(hit.Start, hit.Length).Any(i => used[i]))
            {
                continue;
            }

            for (var i = hit.Start; i < hit.Start + hit.Length; i++)
            {
                used[i] = true;
            }

            hits.Add(hit);
        }

        return [.. hits.OrderBy(h => h.Start)];
    }

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
            if (quality == MatchQuality.None)
            {
                return MatchQuality.None;
            }

            worst = quality < worst ? quality : worst;
        }

        return worst;
    }
}
