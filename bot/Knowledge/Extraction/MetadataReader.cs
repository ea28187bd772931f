using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Bot.Knowledge.Reading;
using Assistant.Bot.Plans;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// Title, organisation, municipality, period, plan year and kind from the first lines of a document:
/// the title is the first short line above the prose that names a kind of document (plan, uppföljning, strategi, granskning, ...),
/// with a following line that goes on in lower case ("med plan för 2022-2028"); the organisation the first line that
/// is a nämnd, förvaltning or styrelse; the municipality the "X kommun" named most often. Who wrote it, when, the period
/// its text states and who made its forecast are read by <see cref="ProvenanceReader"/>.
/// </summary>
public static partial class MetadataReader
{
    private const int LinesToLook = 60;

    public static DocumentMetadata Read(ReadDocument document)
    {
        var lines = FirstLines(document.Blocks).ToList();
        var title = document.TitleHint ?? Title(lines);
        var organisation = lines.Select(l => l.Text).FirstOrDefault(IsOrganisation);
        var year = title is null ? null : SwedishNumber.YearIn(title);
        var period = title is null ? null : Period().Match(title) is { Success: true } p ? p.Value : year?.ToString(CultureInfo.InvariantCulture);
        return new DocumentMetadata(title, organisation, Municipality(document.CanonicalText), period, year, KindOf(title), ProvenanceReader.Read(document));
    }

    public static DocumentKind KindOf(string? title)
    {
        var t = (title ?? string.Empty).ToLowerInvariant();
        return t switch
        {
            _ when ContainsAny(t, "uppföljning", "delårsrapport", "årsredovisning", "verksamhetsberättelse") => DocumentKind.FollowUp,
            _ when ContainsAny(t, "granskning", "revisionsrapport", "revision") => DocumentKind.Audit,
            _ when ContainsAny(t, "kompetensförsörjningsplan", "personalförsörjningsplan", "bemanningsplan", "personalplan", "kompetensplan") => DocumentKind.StaffingPlan,
            _ when ContainsAny(t, "verksamhetsplan", "aktivitetsplan", "handlingsplan") => DocumentKind.OperationalPlan,
            _ when ContainsAny(t, "strategi") => DocumentKind.Strategy,
            _ => DocumentKind.Other,
        };
    }

    private static string? Title(List<(string Text, bool Heading)> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, 30); i++)
        {
            var (text, heading) = lines[i];
            if (!heading && text.Length > 150)
            {
                break; // the prose has begun: a title stands above it
            }

            if (text.Length > 220 || !char.IsUpper(text[0]) || !DocumentWord().IsMatch(text))
            {
                continue;
            }

            var title = text.TrimEnd('.');
            if (i + 1 < lines.Count && char.IsLower(lines[i + 1].Text[0]) && lines[i + 1].Text.Length <= 80)
            {
                title += " " + lines[i + 1].Text.TrimEnd('.');
            }

            return title;
        }

        return null;
    }

    /// <summary>A line that is the name of a nämnd, förvaltning or styrelse and nothing more.</summary>
    public static bool IsOrganisation(string line) =>
        line.Length <= 70 && !line.Any(char.IsDigit) && char.IsUpper(line[0]) && line.Split(' ').Length <= 7 && Organisation().IsMatch(line);

    private static string? Municipality(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Kommun().Matches(text))
        {
            var name = m.Groups[1].Value;
            if (!NotANameWords.Contains(name))
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        var best = counts.OrderByDescending(kv => kv.Value).FirstOrDefault();
        return best.Value >= 2 ? best.Key + " kommun" : null;
    }

    private static readonly HashSet<string> NotANameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Varje", "Den", "Denna", "Samma", "Vilken", "En", "Egen", "Annan", "Hela", "Vår", "Er", "Sin", "Per", "Ingen", "Hemkommun", "Vilka", "Alla",
    };

    private static IEnumerable<(string Text, bool Heading)> FirstLines(IEnumerable<DocumentBlock> blocks)
    {
        var n = 0;
        foreach (var block in blocks)
        {
            var (text, heading) = block switch
            {
                HeadingBlock h => (h.Text, true),
                ParagraphBlock p => (p.Text, false),
                _ => (string.Empty, false),
            };
            foreach (var line in text.Split('\n').Select(HtmlText.Clean).Where(l => l.Length > 0))
            {
                yield return (line, heading);
                if (++n >= LinesToLook)
                {
                    yield break;
                }
            }
        }
    }

    private static bool ContainsAny(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    [GeneratedRegex(@"(plan|strategi|uppföljning|rapport|granskning|program|policy|redovisning|berättelse|prognos)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentWord();

    [GeneratedRegex(@"(nämnden|nämnd|förvaltningen|förvaltning|styrelsen)(\s+(öster|väster|norr|söder|nord|syd))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Organisation();

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(\s+med\s+plan\s+(för\s+)?(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}|\s*[-–/]\s*(19|20)\d{2})?")]
    private static partial Regex Period();

    [GeneratedRegex(@"\b(\p{Lu}\p{Ll}+)\s+[Kk]ommuns?\b")]
    private static partial Regex Kommun();
}
