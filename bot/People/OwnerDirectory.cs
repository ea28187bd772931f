using Assistant.Bot.Plans;
using Assistant.Bot.Conversation;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.People;

/// <summary>
/// Configuration first (section Owners: exact, for roles no directory spells the same way), then Microsoft Graph when
/// configured. Graph answers are cached (<see cref="GraphOptions.CacheMinutes"/>).
/// </summary>
public sealed partial class OwnerDirectory(
    IOptionsMonitor<DirectoryOptions> options,
    IOptions<GraphOptions> graphOptions,
    IMemoryCache cache,
    ILogger<OwnerDirectory> logger,
    IGraphPeople? graph = null) : IOwnerDirectory
{
    public const string FromConfiguration = "configuration";
    public const string FromGraph = "graph";

    // Replaced whole (a reference write is atomic), so readers on other threads see either the old or the new index.
    private (DirectoryOptions Source, int Count, Dictionary<string, List<string>> ByKey)? _ownerIndex;

    public async Task<OwnerResolution> ResolveAsync(string ownerName, CancellationToken cancellationToken)
    {
        var key = OwnerName.Normalize(ownerName);
        if (ConfiguredOwners().TryGetValue(key, out var configured) && configured.Count > 0)
        {
            var users = await ResolveEntriesAsync(configured, cancellationToken);
            return new OwnerResolution(key, ownerName, users, FromConfiguration, users.Count == 0 ? "the Owners entries are not valid ids" : null);
        }

        if (graph is null)
        {
            return new OwnerResolution(key, ownerName, [], null, "not in the Owners section, and Microsoft Graph is not configured");
        }

        try
        {
            // Failures are not cached: the next run asks again.
            return await CachedAsync($"owner:{key}", async () =>
            {
                var candidates = await graph.FindAsync(OwnerMatching.Spellings(ownerName), cancellationToken);
                var (users, problem) = OwnerMatching.Pick(ownerName, candidates, graphOptions.Value.MaxUsersPerOwner);
                return new OwnerResolution(key, ownerName, users, users.Count > 0 ? FromGraph : null, problem);
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogGraphFailed(logger, "owner lookup", e);
            return new OwnerResolution(key, ownerName, [], null, $"Microsoft Graph failed: {e.Message}");
        }
    }

    /// <summary>
    /// The Owners section by normalised owner key (entries of spellings that normalise alike are joined, in order).
    /// Built once per configuration snapshot (rebuilt when the section is reloaded or its size changes): a plan of 10,000 owners resolves each in O(1), not by scanning the section.
    /// </summary>
    private Dictionary<string, List<string>> ConfiguredOwners()
    {
        var current = options.CurrentValue;
        var index = _ownerIndex;
        if (index is not null && ReferenceEquals(index.Value.Source, current) && index.Value.Count == current.Owners.Count)
        {
            return index.Value.ByKey;
        }

        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, entries) in current.Owners)
        {
            var key = OwnerName.Normalize(name);
            if (!byKey.TryGetValue(key, out var list))
            {
                list = [];
                byKey[key] = list;
            }

            list.AddRange(entries);
        }

        _ownerIndex = (current, current.Owners.Count, byKey);
        return byKey;
    }

    public async Task<IReadOnlyList<string>> OwnerKeysOfAsync(UserRef user, IEnumerable<string> ownerNames, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        string? upn = null;
        var upnLooked = false;
        foreach (var name in ownerNames.DistinctBy(OwnerName.Normalize))
        {
            var resolution = await ResolveAsync(name, cancellationToken);
            if (!upnLooked && resolution.Users.Any(u => u.AadObjectId is null && u.UserPrincipalName is not null))
            {
                upn = await UserPrincipalNameOfAsync(user, cancellationToken);
                upnLooked = true;
            }

            if (resolution.Users.Any(u => u.Matches(user, upn)))
            {
                keys.Add(resolution.OwnerKey);
            }
        }

        return keys;
    }

    public async Task<bool> IsAdminAsync(UserRef user, CancellationToken cancellationToken)
    {
        var admins = await ResolveEntriesAsync(options.CurrentValue.Admins, cancellationToken);
        if (admins.Any(a => a.Matches(user)))
        {
            return true;
        }

        if (admins.Any(a => a.AadObjectId is null && a.UserPrincipalName is not null))
        {
            var upn = await UserPrincipalNameOfAsync(user, cancellationToken);
            return upn is not null && admins.Any(a => a.Matches(user, upn));
        }

        return false;
    }

    public async Task<DirectoryUser?> ManagerOfAsync(DirectoryUser user, CancellationToken cancellationToken)
    {
        var id = user.AadObjectId ?? user.UserPrincipalName;
        if (graph is null || id is null)
        {
            return null;
        }

        try
        {
            return await CachedAsync($"manager:{id.ToLowerInvariant()}", () => graph.GetManagerAsync(id, cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogGraphFailed(logger, "manager lookup", e);
            return null;
        }
    }

    public async Task<IReadOnlyList<DirectoryUser>> ResolveEntriesAsync(IEnumerable<string> entries, CancellationToken cancellationToken)
    {
        var users = new List<DirectoryUser>();
        foreach (var user in entries.Select(DirectoryUser.FromConfigured).OfType<DirectoryUser>().DistinctBy(u => u.Key))
        {
            users.Add(await CompleteAsync(user, cancellationToken));
        }

        return users;
    }

    // A configured UPN becomes an object id through Graph (Teams activities carry the object id, not the UPN).
    private async Task<DirectoryUser> CompleteAsync(DirectoryUser user, CancellationToken cancellationToken)
    {
        var id = user.AadObjectId ?? user.UserPrincipalName;
        if (graph is null || id is null || (user.AadObjectId is not null && user.DisplayName is not null))
        {
            return user;
        }

        try
        {
            var found = await CachedAsync($"user:{id.ToLowerInvariant()}", () => graph.GetUserAsync(id, cancellationToken));
            return found ?? user;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogGraphFailed(logger, "user lookup", e);
            return user;
        }
    }

    private async Task<string?> UserPrincipalNameOfAsync(UserRef user, CancellationToken cancellationToken)
    {
        if (graph is null || user.AadObjectId is null)
        {
            return null;
        }

        var found = await CompleteAsync(new DirectoryUser(user.AadObjectId, null, null), cancellationToken);
        return found.UserPrincipalName ?? found.Mail;
    }

    private async Task<T> CachedAsync<T>(string key, Func<Task<T>> load)
    {
        if (cache.TryGetValue(key, out T? value) && value is not null)
        {
            return value;
        }

        value = await load();
        var minutes = graphOptions.Value.CacheMinutes;
        if (value is not null && minutes > 0)
        {
            cache.Set(key, value, TimeSpan.FromMinutes(minutes));
        }

        return value;
    }

    [LoggerMessage(EventId = 6100, Level = LogLevel.Warning, Message = "Microsoft Graph {Operation} failed")]
    private static partial void LogGraphFailed(ILogger logger, string operation, Exception exception);
}
