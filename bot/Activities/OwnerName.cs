using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Bot.Activities;

/// <summary>
/// Owner names as people write them: "Direktören" is "Direktör", "Avd-Myndighet" is "Avd- Myndighet".
/// The normalised key is for matching only; the original text is always kept for display.
/// </summary>
public static partial class OwnerName
{
    public static string Normalize(string owner)
    {
        var text = owner.Trim().ToLower(CultureInfo.GetCultureInfo("sv-SE"));
        text = AvdPrefix().Replace(text, "avd- ");
        text = Whitespace().Replace(text, " ").Trim(' ', ',', ';', '.');
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Indefinite(words[i]);
        }

        return string.Join(' ', words);
    }

    // Swedish definite singular of role nouns: direktören → direktör, chefen → chef, kvalitén → kvalité.
    private static string Indefinite(string word) => word switch
    {
        _ when word.EndsWith("ören", StringComparison.Ordinal) => word[..^2],
        _ when word.EndsWith("chefen", StringComparison.Ordinal) => word[..^2],
        _ when word.EndsWith("samordnaren", StringComparison.Ordinal) => word[..^1],
        _ when word.EndsWith("ledaren", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };

    // "Avd-Myndighet", "Avd - Myndighet" and "Avd- Myndighet" are one department.
    [GeneratedRegex(@"\bavd\s*-\s*")]
    private static partial Regex AvdPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
