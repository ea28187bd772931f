namespace Assistant.Bot.DevChat;

/// <summary>The person on the client side of a Direct Line conversation (bound to its token).</summary>
/// <param name="AadObjectId">Passed on as from.aadObjectId, so the bot can tell people apart as it does in Teams.</param>
public sealed record DirectLineUser(string Id, string? Name, string? AadObjectId = null);

/// <summary>Which users a client may be: the page's people (see WebChat), or an anonymous guest.</summary>
public interface IDirectLineUsers
{
    /// <summary>The user a client asked to be, or null when that id is not one the client may take.</summary>
    Task<DirectLineUser?> FindAsync(string userId, CancellationToken cancellationToken);
}
