using Assistant.Bot.Activities;
using Assistant.Bot.Answering.Knowledge;
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
        ("cfo", "ekonomichef"), ("head of finance", "ekonomichef"),
    ];

    public static List<OwnerEntry> Find(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var text = q.Text.ToLowerInvariant();
        foreach (var (english, swedish) in Aliases)
        {
            text = text.Replace(english, swedish, StringComparison.Ordinal);
        }

        var tokens = TextFold.Tokens(OwnerName.Normalize(text));
        // Exact and inflected forms first; a misspelling only when nothing else matches ("Economichef" in a source stays apart).
        var matched = k.Owners.Where(o => o.Tokens.Count > 0 && o.Tokens.All(t => tokens.Any(w => Same(w, t, MatchQuality.Inflection)))).ToList();
        if (matched.Count == 0)
        {
            matched = [.. k.Owners.Where(o => o.Tokens.Count > 0 && o.Tokens.All(t => tokens.Any(w => Same(w, t, MatchQuality.Typo))))];
        }

        return [.. matched.Where(o => !matched.Any(other => other != o && other.Tokens.Count > o.Tokens.Count && o.Tokens.All(other.Tokens.Contains)))];
    }

    private static bool Same(string word, string ownerToken, MatchQuality least) =>
        ownerToken.Length < 3 ? word == ownerToken : WordMatch.Match(word, ownerToken) >= (ownerToken.Length >= 6 ? least : MatchQuality.Inflection);
}
