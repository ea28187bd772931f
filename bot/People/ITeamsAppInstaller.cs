namespace Assistant.Bot.People;

/// <summary>
/// Installs the bot's Teams app for a user through Microsoft Graph (docs/protocol.md §2), so that a proactive message can
/// reach someone who never opened the bot. Registered only when Graph and Graph:TeamsAppExternalId are configured.
/// </summary>
public interface ITeamsAppInstaller
{
    /// <returns>True when the app is installed for the user now (newly or already).</returns>
    Task<bool> InstallForUserAsync(string aadObjectId, CancellationToken cancellationToken);
}
