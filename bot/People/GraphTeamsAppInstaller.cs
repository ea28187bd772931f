using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace Assistant.Bot.People;

/// <summary>
/// Installs the Teams app for a user (docs/protocol.md §2): GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}',
/// then POST /users/{id}/teamwork/installedApps with teamsApp@odata.bind; 409 means already installed.
/// Needs TeamsAppInstallation.ReadWriteSelfForUser.All.
/// </summary>
public sealed partial class GraphTeamsAppInstaller(
    GraphServiceClient client,
    IOptions<GraphOptions> options,
    ILogger<GraphTeamsAppInstaller> logger) : ITeamsAppInstaller
{
    private string? _teamsAppId;

    public async Task<bool> InstallForUserAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        try
        {
            _teamsAppId ??= await FindAppAsync(cancellationToken);
            if (_teamsAppId is null)
            {
                LogNotInCatalog(logger, options.Value.TeamsAppExternalId);
                return false;
            }

            var installation = new UserScopeTeamsAppInstallation
            {
                AdditionalData = new Dictionary<string, object>
                {
                    ["teamsApp@odata.bind"] = $"{options.Value.BaseUrl.TrimEnd('/')}/appCatalogs/teamsApps/{_teamsAppId}",
                },
            };
            await client.Users[aadObjectId].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: cancellationToken);
            return true;
        }
        catch (ODataError e) when (e.ResponseStatusCode == 409)
        {
            return true;
        }
        catch (ODataError e)
        {
            LogInstallFailed(logger, e.ResponseStatusCode, e.Error?.Code);
            return false;
        }
    }

    private async Task<string?> FindAppAsync(CancellationToken cancellationToken)
    {
        var externalId = options.Value.TeamsAppExternalId!.Replace("'", "''", StringComparison.Ordinal);
        var apps = await client.AppCatalogs.TeamsApps.GetAsync(r => r.QueryParameters.Filter = $"externalId eq '{externalId}'", cancellationToken);
        return apps?.Value?.FirstOrDefault()?.Id;
    }

    [LoggerMessage(EventId = 6110, Level = LogLevel.Warning, Message = "The Teams app {ExternalId} is not in the tenant's app catalog; it cannot be installed for users")]
    private static partial void LogNotInCatalog(ILogger logger, string? externalId);

    [LoggerMessage(EventId = 6111, Level = LogLevel.Warning, Message = "Installing the Teams app for a user failed with {Status} {Code}")]
    private static partial void LogInstallFailed(ILogger logger, int status, string? code);
}
