namespace Assistant.Bot.People;

/// <summary>
/// The configured part of the owner directory, from two top-level sections: <c>Owners</c> (owner name as written →
/// list of AAD object ids / UPNs / Teams user ids) and <c>Admins</c> (the same kinds of entries).
/// </summary>
public sealed class DirectoryOptions
{
    public const string OwnersSectionName = "Owners";

    public const string AdminsSectionName = "Admins";

    public Dictionary<string, List<string>> Owners { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Admins { get; set; } = [];

    /// <summary>Entries no one can be: neither a GUID, a UPN nor a Teams user id.</summary>
    public IEnumerable<string> InvalidEntries() =>
        Owners.SelectMany(o => o.Value.Select(v => (Owner: o.Key, Entry: v)))
            .Where(e => DirectoryUser.FromConfigured(e.Entry) is null)
            .Select(e => $"Owners:{e.Owner} '{e.Entry}'")
            .Concat(Admins.Where(a => DirectoryUser.FromConfigured(a) is null).Select(a => $"Admins '{a}'"));
}
