using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Bot.Plans;

namespace Assistant.Bot.StatusUpdates.Chat;

/// <summary>The activities a few words point at, and whether the pick is certain.</summary>
/// <param name="Certain">Exactly one activity has every distinctive word (or exactly one of the user's own does).</param>
public sealed record ActivityMatch(IReadOnlyList<PlanActivity> Candidates, bool Certain)
{
    public static readonly ActivityMatch None = new([], false);
}

/// <summary>
/// Finds an activity by its distinctive words ("FAS2", "bemanningspoolen", "PM3"): each word of the subject must
/// occur in the title or description (Swedish inflections tolerated: "bemanningspoolen" finds "bemanningspool");
/// rare words weigh more than common ones.
/// </summary>
public static partial class ActivityMatcher
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "och", "för", "av", "i", "på", "med", "att", "som", "den", "det", "de", "en", "ett", "till", "om", "från", "vid", "är",
        "aktivitet", "aktiviteten", "aktiviteter", "aktiviteterna", "status", "statusen", "nu", "vår", "min", "mitt", "mina",
        "the", "of", "for", "to", "on", "in", "a", "an", "and", "activity", "my", "our", "is", "now", "status",
    };

    public static ActivityMatch Match(string subject, IReadOnlyList<PlanActivity> activities, IReadOnlySet<int>? own = null)
    {
        var words = Words(subject).Where(w => !StopWords.Contains(w) && (w.Length >= 3 || w.Any(char.IsDigit))).Distinct().ToList();
        if (words.Count == 0)
        {
            return ActivityMatch.None;
        }

        var texts = activities.Select(a => (Activity: a, Words: Words($"{a.Title} {a.Description}").ToHashSet())).ToList();
        var hits = words.ToDictionary(w => w, w => texts.Where(t => t.Words.Any(x => Same(w, x))).Select(t => t.Activity.Id).ToHashSet());
        var scored = texts
            .Select(t => (t.Activity, Matched: words.Where(w => hits[w].Contains(t.Activity.Id)).ToList()))
            .Where(s => s.Matched.Count > 0)
            .Select(s => (s.Activity, All: s.Matched.Count == words.Count, Score: s.Matched.Sum(w => Math.Log((activities.Count + 1.0) / hits[w].Count))))
            .OrderByDescending(s => s.All).ThenByDescending(s => s.Score).ThenBy(s => s.Activity.Id)
            .ToList();
        var full = scored.Where(s => s.All).Select(s => s.Activity).ToList();
        if (full.Count == 1)
        {
            return new ActivityMatch(full, true);
        }

        if (full.Count > 1 && own is not null && full.Count(a => own.Contains(a.Id)) == 1)
        {
            return new ActivityMatch([full.Single(a => own.Contains(a.Id))], true);
        }

        if (full.Count > 1)
        {
            return new ActivityMatch(full, false);
        }

        // Not every word found: offer the best partial matches, never certain.
        var best = scored.FirstOrDefault().Score;
        return new ActivityMatch([.. scored.Where(s => s.Score >= best / 2).Select(s => s.Activity)], false);
    }

    public static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLower(CultureInfo.GetCultureInfo("sv-SE"))).Select(m => m.Value);

    // Equal, or one is the other with a Swedish ending (-en, -et, -na, -erna, -arna...) on a stem of five letters or more.
    private static bool Same(string word, string text)
    {
        if (word == text)
        {
            return true;
        }

        var (shorter, longer) = word.Length <= text.Length ? (word, text) : (text, word);
        return shorter.Length >= 5 && longer.Length - shorter.Length <= 4 && longer.StartsWith(shorter, StringComparison.Ordinal)
            || (word.Length >= 6 && text.Contains(word, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
