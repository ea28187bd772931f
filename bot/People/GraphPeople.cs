using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace Assistant.Bot.People;

/// <summary>The directory's Graph calls through the Microsoft.Graph SDK (application permission User.Read.All).</summary>
public sealed class GraphPeople(GraphServiceClient client) : IGraphPeople
{
    private static readonly string[] Fields = ["id", "displayName", "userPrincipalName", "mail", "jobTitle", "department"];

    public async Task<IReadOnlyList<DirectoryUser>> FindAsync(IReadOnlyCollection<string> spellings, CancellationToken cancellationToken)
    {
        var users = new List<DirectoryUser>();
        foreach (var spelling in spellings)
        {
            var value = spelling.Replace("'", "''", StringComparison.Ordinal);
            var page = await client.Users.GetAsync(r =>
            {
                r.QueryParameters.Filter = $"jobTitle eq '{value}' or department eq '{value}' or displayName eq '{value}' or mail eq '{value}'";
                r.QueryParameters.Select = Fields;
                r.QueryParameters.Top = 999;
                r.QueryParameters.Count = true;
                r.Headers.Add("ConsistencyLevel", "eventual");
            }, cancellationToken);
            users.AddRange((page?.Value ?? []).Select(ToDirectoryUser));
        }

        return [.. users.DistinctBy(u => u.Key)];
    }

    public async Task<DirectoryUser?> GetUserAsync(string idOrUserPrincipalName, CancellationToken cancellationToken)
    {
        try
        {
            var user = await client.Users[idOrUserPrincipalName].GetAsync(r => r.QueryParameters.Select = Fields, cancellationToken);
            return user is null ? null : ToDirectoryUser(user);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    public async Task<DirectoryUser?> GetManagerAsync(string idOrUserPrincipalName, CancellationToken cancellationToken)
    {
        try
        {
            var manager = await client.Users[idOrUserPrincipalName].Manager.GetAsync(cancellationToken: cancellationToken);
            return manager is User user ? ToDirectoryUser(user) : null;
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    private static DirectoryUser ToDirectoryUser(User user) => new(user.Id, user.UserPrincipalName, user.DisplayName)
    {
        Mail = user.Mail,
        JobTitle = user.JobTitle,
        Department = user.Department,
    };
}
