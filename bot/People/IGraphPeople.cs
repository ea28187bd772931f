namespace Assistant.Bot.People;

/// <summary>The few Microsoft Graph calls the directory needs (registered only when Graph is configured).</summary>
public interface IGraphPeople
{
    /// <summary>Users whose jobTitle, department, displayName or mail equals one of the spellings (Graph compares ignoring case).</summary>
    Task<IReadOnlyList<DirectoryUser>> FindAsync(IReadOnlyCollection<string> spellings, CancellationToken cancellationToken);

    /// <summary>One user by object id or UPN; null when Graph does not know them (404).</summary>
    Task<DirectoryUser?> GetUserAsync(string idOrUserPrincipalName, CancellationToken cancellationToken);

    /// <summary>The user's manager; null when none is set (404).</summary>
    Task<DirectoryUser?> GetManagerAsync(string idOrUserPrincipalName, CancellationToken cancellationToken);
}
