using System.Globalization;

namespace Assistant.Bot.Answering.Understanding;

/// <summary>Swedish or English, by the function words of the question; the client's locale breaks a tie, Swedish by default.</summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> Swedish = new(StringComparer.Ordinal)
    {
        "vad", "vilka", "vilken", "vilket", "hur", "många", "är", "och", "för", "det", "som", "har", "till", "med", "vem", "när",
        "behöver", "behövs", "finns", "inom", "om", "ska", "säger", "planen", "mina", "hej", "hjälp", "totalt", "år", "också", "mellan",
        "från", "vi", "oss", "aktiviteter", "aktiviteten", "blir", "var", "den", "de", "en", "ett", "av", "på", "kvarstår", "klara",
        "sammanlagt", "nästa", "förra", "året", "jag", "du", "kan", "mycket", "störst", "minst", "ökar", "vilket", "enligt", "tack",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "what", "which", "how", "many", "is", "are", "the", "of", "to", "in", "will", "we", "need", "who", "when", "does", "do",
        "our", "and", "between", "from", "show", "list", "hello", "hi", "help", "activities", "activity", "year", "years", "much",
        "there", "be", "was", "were", "say", "says", "about", "responsible", "have", "has", "a", "an", "can", "you",
        "should", "largest", "smallest", "next", "last", "this", "by", "total", "for", "hire", "recruit", "thanks", "please", "it",
        "good", "morning", "afternoon", "evening", "hey", "show", "tell", "me", "why", "what's", "who's", "much",
        // Common in an English question that names a Swedish place ("Örebro's", whose letters count for Swedish).
        "among", "share", "women", "employees", "staff", "did", "number", "change", "actually", "on", "at", "with", "or", "than", "its",
    };

    public static AnswerLanguage Detect(string text, string? locale)
    {
        var words = text.ToLower(CultureInfo.GetCultureInfo("sv-SE"))
            .Split([' ', '\t', '\n', '?', '!', '.', ',', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var sv = words.Count(Swedish.Contains) + (text.Any(c => c is 'å' or 'ä' or 'ö' or 'Å' or 'Ä' or 'Ö') ? 2 : 0);
        var en = words.Count(English.Contains);
        if (sv != en)
        {
            return sv > en ? AnswerLanguage.Swedish : AnswerLanguage.English;
        }

        return locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? AnswerLanguage.English : AnswerLanguage.Swedish;
    }
}
