namespace Assistant.Bot.People;

/// <summary>Who an owner name stands for.</summary>
/// <param name="OwnerKey">The normalised owner (see OwnerName).</param>
/// <param name="Source">"configuration" or "graph"; null when unresolved.</param>
/// <param name="Problem">Why nobody was found (for admins), when <see cref="Users"/> is empty.</param>
public sealed record OwnerResolution(string OwnerKey, string OwnerName, IReadOnlyList<DirectoryUser> Users, string? Source, string? Problem = null)
{
    public bool Resolved => Users.Count > 0;
}
