using System.Text.RegularExpressions;
using Assistant.Cards.Text;

namespace Assistant.Bot.Plans;

/// <summary>Which language to answer in: the message's own words first, then the client's locale; Swedish by default.</summary>
public static partial class Languages
{
    public static CardLanguage FromLocale(string? locale) =>
        locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? CardLanguage.English : CardLanguage.Swedish;

    /// <summary>English when the text has English function words and no Swedish letters or words; else the locale decides.</summary>
    public static CardLanguage Of(string text, string? locale)
    {
        var lower = text.ToLowerInvariant();
        if (SwedishMarkers().IsMatch(lower))
        {
            return CardLanguage.Swedish;
        }

        return EnglishMarkers().IsMatch(lower) ? CardLanguage.English : FromLocale(locale);
    }

    [GeneratedRegex(@"[åäö]|\b(och|är|för|till|mina|min|mig|på|klar|klart|status för|sätt|ändra|påminn|nästa|vecka|i morgon|imorgon)\b")]
    private static partial Regex SwedishMarkers();

    [GeneratedRegex(@"\b(the|to|is|my|me|set|mark|as|done|finished|completed?|in progress|ongoing|remind|next|week|tomorrow|on|of|for|status of)\b")]
    private static partial Regex EnglishMarkers();
}
