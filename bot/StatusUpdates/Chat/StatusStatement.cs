using System.Text.RegularExpressions;
using Assistant.Bot.Plans;

namespace Assistant.Bot.StatusUpdates.Chat;

/// <summary>
/// A status written in plain words: "FAS2 pågår, klar i oktober", "status för bemanningspoolen: klart",
/// "set PM3 to done". <see cref="Explicit"/> when the sentence can only be a status update (then an unknown activity
/// is answered, not passed on to the question answering).
/// </summary>
public sealed partial record StatusStatement(string Subject, ActivityStatus Status, string? Comment, bool Explicit)
{
    public static StatusStatement? Parse(string text)
    {
        var trimmed = Whitespace().Replace(text, " ").Trim();
        if (trimmed.Length is 0 or > 500 || trimmed.EndsWith('?') || Question().IsMatch(trimmed))
        {
            return null;
        }

        foreach (var pattern in new[] { StatusFor(), SetTo() })
        {
            var match = pattern.Match(trimmed);
            if (match.Success && FromRest(match.Groups["subject"].Value, match.Groups["rest"].Value, isExplicit: true) is { } statement)
            {
                return statement;
            }
        }

        // Loose form: the subject first, then the first status word ("X pågår", "X: klart", "X är klar, kommentar").
        foreach (var (index, _, _) in StatusWords.Find(trimmed))
        {
            if (index == 0)
            {
                return null;
            }

            var subject = SubjectTail().Replace(trimmed[..index], string.Empty);
            if (RelativeClause().IsMatch(trimmed[..index]))
            {
                return null;
            }

            var statement = FromRest(subject, trimmed[index..], isExplicit: false);
            return statement?.Comment is { } comment && AboutActivities().IsMatch(comment) ? null : statement;
        }

        return null;
    }

    private static StatusStatement? FromRest(string subject, string rest, bool isExplicit)
    {
        subject = SubjectTail().Replace(subject.Trim(' ', '"', '\'', '“', '”'), string.Empty).Trim(' ', '"', '\'', '“', '”');
        if (subject.Length == 0 || !StatusWords.StartsWithStatus(rest, out var status, out var length))
        {
            return null;
        }

        var comment = rest[length..].Trim().TrimStart(',', '.', ':', ';', '-', '–').Trim();
        return new StatusStatement(subject, status, comment.Length == 0 ? null : comment, isExplicit);
    }

    [GeneratedRegex(@"^status\s+(?:för|på|for|of|on)\s+(?<subject>.+?)\s*(?::|=|\s-\s|\s(?:är|is)\s)\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusFor();

    [GeneratedRegex(@"^(?:set|mark|change|update|sätt|ändra|markera|uppdatera)\s+(?:(?:the\s+)?status\s+(?:för|på|for|of|on)\s+)?(?<subject>.+?)\s+(?:to|as|till|som)\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SetTo();

    [GeneratedRegex(@"^(?:vad|vilka|vilken|vilket|hur|när|vem|vems|varför|finns|har|kan|visa|lista|berätta|ge|antal|andel|summa|what|which|who|whose|how|when|why|is|are|does|do|did|show|list|tell|give|can|number|count|total)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Question();

    [GeneratedRegex(@"[\s:=,\-–]*(?:\b(?:är|is|har status|has status|status)\b[\s:=,\-–]*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectTail();

    [GeneratedRegex(@"\b(?:som|that|which|who|inte|not|ej)\s*(?:är|is|are|blev|was|were)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // "… klara aktiviteter": a phrase about activities in general, not a status of one.
    [GeneratedRegex(@"^(?:aktivitet|aktiviteter|aktiviteterna|activities|activity|uppdrag|items|tasks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutActivities();
}
