using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Bot.Plans;

/// <summary>
/// Owner names as people write them: "Direktören" is "Direktör", "Avd-Myndighet" is "Avd- Myndighet",
/// "HR-chefen" is "HR-chef"; case and spacing do not matter. "Biträdande direktör" stays a role of its own.
/// The normalised key is for matching only; the original text is always kept for display.
/// </summary>
public static partial class OwnerName
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string Normalize(string owner)
    {
        var text = owner.Normalize(NormalizationForm.FormC).Trim().ToLower(Swedish).Replace('–', '-');
        text = AvdPrefix().Replace(text, "avd- ");
        text = SpacedHyphen().Replace(text, "-");
        text = Whitespace().Replace(text, " ").Trim(' ', ',', ';', '.', ':');
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Indefinite(words[i]);
        }

        return string.Join(' ', words);
    }

    /// <summary>True when both name the same owner.</summary>
    public static bool SameOwner(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    // Swedish definite singular of role nouns: direktören → direktör, chefen → chef, samordnaren → samordnare.
    private static string Indefinite(string word) => word switch
    {
        _ when word.EndsWith("ören", StringComparison.Ordinal) && word.Length > 5 => word[..^2],
        _ when word.EndsWith("chefen", StringComparison.Ordinal) => word[..^2],
        _ when word.EndsWith("strategen", StringComparison.Ordinal) => word[..^2],
        _ when word.EndsWith("samordnaren", StringComparison.Ordinal) => word[..^1],
        _ when word.EndsWith("ledaren", StringComparison.Ordinal) => word[..^1],
        _ when word.EndsWith("handläggaren", StringComparison.Ordinal) => word[..^1],
        _ when word.EndsWith("sekreteraren", StringComparison.Ordinal) => word[..^1],
        _ when word.EndsWith("controllern", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };

    // "Avd-Myndighet", "Avd - Myndighet" and "Avd- Myndighet" are one department.
    [GeneratedRegex(@"\bavd\.?\s*-\s*")]
    private static partial Regex AvdPrefix();

    // "HR - chef" is "HR-chef"; the "avd- " form above is kept.
    [GeneratedRegex(@"(?<=\p{L})\s+-\s*(?=\p{L})|(?<=\p{L})-\s+(?=chef)")]
    private static partial Regex SpacedHyphen();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
