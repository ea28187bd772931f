using System.Text.RegularExpressions;
using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge.Reading;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// One owner cell, several owners: "HR-chef, Ekonomichef" (comma), "Avd- Myndighet och Kvalité  Biträdande direktör"
/// (two spaces), "Avd- c ÖVF Avd- c VB" (each "Avd-" starts a department), "HR-chef Ekonomichef Administrativchef"
/// (role nouns side by side) and lines of a cell. "Biträdande direktör" and "Avd- Myndighet och Kvalité" stay one owner.
/// The owners are returned as written, without duplicates (compared by <see cref="OwnerName.Normalize"/>).
/// </summary>
public static partial class OwnerSplitter
{
    public static IReadOnlyList<string> Split(string? cell)
    {
        var owners = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Two or more spaces separate owners; say so before the HTML reader collapses them.
        foreach (var line in HtmlText.ToLines(WideSpace().Replace(cell ?? string.Empty, "\n")))
        {
            foreach (var part in Separators().Split(line.TrimStart('•', ' ')))
            {
                foreach (var department in DepartmentStart().Split(part))
                {
                    foreach (var owner in SplitRoles(department.Trim()))
                    {
                        var cleaned = owner.Trim().Trim(',', ';', '.', ' ');
                        if (cleaned.Length > 0 && seen.Add(OwnerName.Normalize(cleaned)))
                        {
                            owners.Add(cleaned);
                        }
                    }
                }
            }
        }

        return owners;
    }

    /// <summary>Words side by side that are each a role ("HR-chef Ekonomichef") are several owners.</summary>
    private static IEnumerable<string> SplitRoles(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words.All(w => RoleNoun().IsMatch(w)) ? words : [part];
    }

    [GeneratedRegex(@"[ \t\u00a0]{2,}|\t")]
    private static partial Regex WideSpace();

    [GeneratedRegex(@"\s*[,;/\n]\s*")]
    private static partial Regex Separators();

    [GeneratedRegex(@"(?<=\S)\s+(?=avd\s*-)", RegexOptions.IgnoreCase)]
    private static partial Regex DepartmentStart();

    [GeneratedRegex(@"(chef|chefen|chefer|direktör|direktören|strateg|strategen|ledare|ledaren|samordnare|samordnaren|controller|handläggare|koordinator|administratör|ansvarig|sekreterare)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleNoun();
}
