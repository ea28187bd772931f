using System.Globalization;
using Assistant.Bot.Plans;

namespace Assistant.Bot.People;

/// <summary>How directory entries of people are matched to an owner name of a plan.</summary>
public static class OwnerMatching
{
    /// <summary>
    /// The spellings to look an owner up by: as written, the normalised form (indefinite: "Direktören" → "direktör"),
    /// and for departments written "Avd- X" also "X" (directories rarely carry the prefix).
    /// </summary>
    public static IReadOnlyCollection<string> Spellings(string ownerName)
    {
        var key = OwnerName.Normalize(ownerName);
        var spellings = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ownerName.Trim(), key };
        if (key.StartsWith("avd- ", StringComparison.Ordinal) && key.Length > 5)
        {
            spellings.Add(key[5..]);
        }

        return spellings;
    }

    /// <summary>
    /// Picks from Graph's candidates the people the owner stands for: a role (jobTitle), a name or mail, or a department
    /// (narrowed to its heads, jobTitles containing "chef", when the whole department would be too many).
    /// </summary>
    public static (IReadOnlyList<DirectoryUser> Users, string? Problem) Pick(string ownerName, IEnumerable<DirectoryUser> candidates, int maxUsers)
    {
        var key = OwnerName.Normalize(ownerName);
        var list = candidates.DistinctBy(c => c.Key).ToList();
        var byRole = list.Where(c => Same(c.JobTitle, key) || Same(c.DisplayName, key) || Same(c.Mail, key) || Same(c.UserPrincipalName, key)).ToList();
        if (byRole.Count > 0)
        {
            return byRole.Count <= maxUsers ? (byRole, null) : ([], Ambiguous(byRole.Count, "role"));
        }

        var byDepartment = list.Where(c => Same(c.Department, key) || Same(c.Department is null ? null : "avd- " + c.Department, key)).ToList();
        if (byDepartment.Count == 0)
        {
            return ([], "no user in the directory has this job title, department, name or mail");
        }

        if (byDepartment.Count > maxUsers)
        {
            byDepartment = [.. byDepartment.Where(c => c.JobTitle?.Contains("chef", StringComparison.OrdinalIgnoreCase) == true)];
        }

        return byDepartment.Count is > 0 and var count && count <= maxUsers
            ? (byDepartment, null)
            : ([], Ambiguous(byDepartment.Count, "department"));
    }

    private static string Ambiguous(int count, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} people match by {what}; map this owner in the Owners section");

    private static bool Same(string? value, string key) =>
        !string.IsNullOrWhiteSpace(value) && OwnerName.Normalize(value) == key;
}
