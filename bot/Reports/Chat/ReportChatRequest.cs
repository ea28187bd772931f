using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Bot.Reports.Chat;

/// <summary>
/// "rapport", "rapport 2024", "report", "uppföljning", "uppföljningen för 2024", "follow-up 2024": the whole message
/// must be the request, so questions that merely mention a report ("vad står i rapporten om ...") pass on.
/// </summary>
internal sealed partial record ReportChatRequest(int? Year, bool English)
{
    public static ReportChatRequest? TryParse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        var word = match.Groups["word"].Value.ToLowerInvariant();
        return new ReportChatRequest(year, word.StartsWith("report", StringComparison.Ordinal) || word.StartsWith("follow", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(?:(?:visa|ge mig|show|get)\s+)?(?:the\s+)?(?<word>rapport(?:en)?|reports?|uppf[öo]ljning(?:en)?|follow[- ]?up)(?:\s+(?:för|for|per|av|of))?(?:\s+(?<year>(?:19|20)\d{2}))?\s*[.!?]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
