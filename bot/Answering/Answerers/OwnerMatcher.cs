using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>
/// The owners a question names, matched like the import matches them (<see cref="OwnerName.Normalize"/>): every word of the
/// owner must be in the question, so "biträdande direktören" is Biträdande direktör and not also Direktör, while plain
/// "Direktören" is only Direktör.
/// </summary>
public static class OwnerMatcher
{
    private static readonly (string English, string Swedish)[] Aliases =
    [
        ("deputy director", "biträdande direktör"), ("assistant director", "biträdande direktör"), ("director", "direktör"),
        ("hr manager", "hr-chef"), ("head of hr", "hr-chef"), ("finance manager", "ekonomichef"), ("financial manager", "ekonomichef"),
        ("cfo", "ekonomichef"), ("head of finance", "ekonomichef"), ("finance department", "ekonomiavdelningen"), ("finance unit", "ekonomiavdelningen"),
        ("finance office", "ekonomiavdelningen"),
    ];

    public static List<OwnerEntry> Find(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var text = q.Text.ToLowerInvariant();
        foreach (var (english, swedish) in Aliases)
        {
            text = text.Replace(english, swedish, StringComparison.Ordinal);
        }

        // The question's own tokens too: English read into Swedish ("HR and competence supply department" → kompetensförsörjning).
        var tokens = TextFold.Tokens(OwnerName.Normalize(text)).Concat(q.Tokens).ToList();
        // "ekonomiavdelningen" is the department "Avd- c ekonomi": the part before "avdelning" names it.
        tokens = [.. tokens.Concat(tokens.Select(t => t.IndexOf("avdelning", StringComparison.Ordinal)).Zip(tokens)
            .Where(x => x.First >= 2).Select(x => x.Second[..x.First].TrimEnd('s', '-'))).Distinct()];
        // "2019 vs 2027": "vs" between two years is versus, no owner's name ("Avd -c VS").
        if (VersusBetweenYears(TextFold.Tokens(OwnerName.Normalize(text))))
        {
            tokens = [.. tokens.Where(t => t != "vs")];
        }

        // Exact and inflected forms first; a misspelling only when nothing else matches ("Economichef" in a source stays apart).
        var matched = Named(k.Owners, tokens, MatchQuality.Inflection);
        if (matched.Count == 0)
        {
            matched = Named(k.Owners, tokens, MatchQuality.Typo);
        }

        // "HR-chef (not biträdande)", "direktören, inte biträdande": a word of an owner's name written right after a negation
        // rules out the owners whose names have it; the owner named without it is meant.
        var written = TextFold.Tokens(OwnerName.Normalize(text));
        var negated = Negated(written);
        if (negated.Count > 0)
        {
            matched = [.. matched.Where(o => !o.Tokens.Any(t => negated.Any(w => Same(w, t, MatchQuality.Inflection))))];
        }

        // "Biträdande HR-chef och HR-chef": an owner whose name is part of others' is meant too when the question writes its
        // words once more than those names take.
        matched = [.. matched.Where(o => matched.Count(other => other != o && other.Tokens.Count > o.Tokens.Count && o.Tokens.All(other.Tokens.Contains)) is var longer
            && (longer == 0 || o.Tokens.All(t => written.Count(w => Same(w, t, MatchQuality.Inflection)) > longer)))];

        // "HR ansvarar för processen", "HR samordnar mentorskapet": an owner cell that is a sentence about an owner named is
        // that owner's too (the owner's name, a space, then at least two more words; "HR-chef" stays another owner).
        return [.. matched, .. k.Owners.Where(o => !matched.Contains(o) && matched.Any(m => Sentence(o, m)))];
    }

    private static bool VersusBetweenYears(IReadOnlyList<string> written)
    {
        for (var i = 1; i + 1 < written.Count; i++)
        {
            if (written[i] == "vs" && YearParser.IsYear(written[i - 1]) && YearParser.IsYear(written[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> NegationWords = new(StringComparer.Ordinal)
    {
        "not", "inte", "ej", "except", "excluding", "utom", "forutom", "undantaget",
    };

    /// <summary>The words written right after a negation ("not biträdande" → biträdande).</summary>
    private static List<string> Negated(IReadOnlyList<string> written)
    {
        var negated = new List<string>();
        for (var i = 0; i < written.Count; i++)
        {
            if (IsNegated(written, i))
            {
                negated.Add(written[i]);
            }
        }

        return negated;
    }

    /// <summary>
    /// True when the word at <paramref name="i"/> is written right after a negation ("not biträdande"), an article between
    /// skipped ("not the deputy one", "inte den biträdande").
    /// </summary>
    public static bool IsNegated(IReadOnlyList<string> words, int i) =>
        i >= 1 && NegationWords.Contains(words[i - 1])
        || i >= 2 && words[i - 1] is "the" or "a" or "an" or "den" or "det" or "en" or "ett" && NegationWords.Contains(words[i - 2]);

    /// <summary>"HR-chef (not biträdande)": the word at <paramref name="i"/> is a word of an owner's name that a negation rules out.</summary>
    public static bool RulesOutOwnerWord(IReadOnlyList<string> words, int i, KnowledgeSnapshot k) =>
        IsNegated(words, i) && k.Owners.Any(o => o.Tokens.Any(t => Same(words[i], t, MatchQuality.Inflection)));

    private static bool Sentence(OwnerEntry cell, OwnerEntry owner) =>
        cell.Tokens.Count >= owner.Tokens.Count + 2 && cell.Key.StartsWith(owner.Key + " ", StringComparison.Ordinal)
        && cell.Tokens.Take(owner.Tokens.Count).SequenceEqual(owner.Tokens);

    /// <summary>Owners every word of which is in the question (loops, not nested lambdas: this runs on every question).</summary>
    private static List<OwnerEntry> Named(IReadOnlyList<OwnerEntry> owners, IReadOnlyList<string> words, MatchQuality least)
    {
        var named = new List<OwnerEntry>();
        foreach (var owner in owners)
        {
            if (owner.Tokens.Count > 0 && AllIn(owner.Tokens, words, least))
            {
                named.Add(owner);
            }
        }

        return named;
    }

    private static bool AllIn(IReadOnlyList<string> ownerTokens, IReadOnlyList<string> words, MatchQuality least)
    {
        foreach (var token in ownerTokens)
        {
            var found = false;
            for (var i = 0; i < words.Count && !found; i++)
            {
                found = Same(words[i], token, least);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(string word, string ownerToken, MatchQuality least) =>
        ownerToken.Length < 3 ? word == ownerToken : WordMatch.Match(word, ownerToken) >= (ownerToken.Length >= 6 ? least : MatchQuality.Inflection);
}
