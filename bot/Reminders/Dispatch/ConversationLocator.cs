using Assistant.Bot.Channel;
using Assistant.Bot.People;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Reminders.Dispatch;

/// <summary>
/// Where a proactive message to a person goes: their stored conversation reference (a personal chat first, the most
/// recent); otherwise a new 1:1 conversation, after installing the app for them through Graph when that is configured.
/// </summary>
public sealed class ConversationLocator(
    AssistantDbContext db,
    IProactiveMessenger messenger,
    IOptions<ReminderOptions> options,
    ITeamsAppInstaller? installer = null)
{
    /// <summary>Public cloud fallback (PROTOCOL.md §2) when no reference and no configuration give a serviceUrl.</summary>
    public const string PublicServiceUrl = "https://smba.trafficmanager.net/teams/";

    public async Task<(ConversationReferenceRecord? Reference, string? Problem)> FindOrCreateAsync(string recipientId, CancellationToken cancellationToken)
    {
        if ((await FindKnownAsync([recipientId], cancellationToken)).GetValueOrDefault(recipientId) is { } best)
        {
            return (best, null);
        }

        var (tenantId, serviceUrl) = await TenantAsync(cancellationToken);
        if (tenantId is null)
        {
            return (null, "no conversation with this person yet and no tenant known (set Reminders:TenantId)");
        }

        var created = await messenger.CreatePersonalConversationAsync(recipientId, tenantId, serviceUrl, cancellationToken);
        if (created is null && installer is not null && Guid.TryParse(recipientId, out _)
            && await installer.InstallForUserAsync(recipientId, cancellationToken))
        {
            created = await messenger.CreatePersonalConversationAsync(recipientId, tenantId, serviceUrl, cancellationToken);
        }

        return created is not null
            ? (created, null)
            : (null, "could not open a chat with this person: the app is not installed for them (403)");
    }

    /// <summary>
    /// The stored references of many recipients in one query (a fan-out reads them a batch at a time, not one query per
    /// person): by recipient id as given, the best of each person's (a personal chat first, then the most recent).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ConversationReferenceRecord>> FindKnownAsync(IReadOnlyCollection<string> recipientIds, CancellationToken cancellationToken)
    {
        var ids = recipientIds.Distinct(StringComparer.Ordinal).ToList();
        var lower = ids.Select(id => id.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.ConversationReferences.AsNoTracking()
            .Where(r => (r.AadObjectId != null && lower.Contains(r.AadObjectId.ToLower())) || ids.Contains(r.UserId))
            .ToListAsync(cancellationToken);
        var byAad = known.Where(r => r.AadObjectId is not null).ToLookup(r => r.AadObjectId!.ToLowerInvariant(), StringComparer.Ordinal);
        var byUser = known.ToLookup(r => r.UserId, StringComparer.Ordinal);
        var found = new Dictionary<string, ConversationReferenceRecord>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var best = byAad[id.ToLowerInvariant()].Concat(byUser[id]).Distinct()
                .OrderByDescending(r => string.Equals(r.ConversationType, "personal", StringComparison.OrdinalIgnoreCase))
                .ThenByDescending(r => r.UpdatedAt)
                .FirstOrDefault();
            if (best is not null)
            {
                found[id] = best;
            }
        }

        return found;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<(string? TenantId, string ServiceUrl)> TenantAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value;
        var latest = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.TenantId != null)
            .OrderByDescending(r => r.Id)
            .Select(r => new { r.TenantId, r.ServiceUrl })
            .FirstOrDefaultAsync(cancellationToken);
        return (NullIfEmpty(configured.TenantId) ?? latest?.TenantId, NullIfEmpty(configured.ServiceUrl) ?? latest?.ServiceUrl ?? PublicServiceUrl);
    }
}
