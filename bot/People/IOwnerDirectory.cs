using Assistant.Bot.Conversation;

namespace Assistant.Bot.People;

/// <summary>
/// Owner names of the plans ("HR-chef", "Avd- HR och kompetensförsörjning", "Direktören") mapped to people: by
/// configuration (section Owners) and, when configured, Microsoft Graph. Unresolved owners are reported, never dropped.
/// </summary>
public interface IOwnerDirectory
{
    /// <summary>The people an owner name (as written or normalised) stands for.</summary>
    Task<OwnerResolution> ResolveAsync(string ownerName, CancellationToken cancellationToken);

    /// <summary>The normalised keys of those <paramref name="ownerNames"/> that <paramref name="user"/> is one of.</summary>
    Task<IReadOnlyList<string>> OwnerKeysOfAsync(UserRef user, IEnumerable<string> ownerNames, CancellationToken cancellationToken);

    /// <summary>True when the user is listed in Admins.</summary>
    Task<bool> IsAdminAsync(UserRef user, CancellationToken cancellationToken);

    /// <summary>The manager of a person (Graph); null when unknown or Graph is not configured.</summary>
    Task<DirectoryUser?> ManagerOfAsync(DirectoryUser user, CancellationToken cancellationToken);

    /// <summary>Configured entries (AAD ids, UPNs) completed from Graph where possible (UPN → object id).</summary>
    Task<IReadOnlyList<DirectoryUser>> ResolveEntriesAsync(IEnumerable<string> entries, CancellationToken cancellationToken);
}
