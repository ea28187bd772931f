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
        var lower = recipientId.ToLowerInvariant();
        var known = await db.ConversationReferences.AsNoTracking()
            .Where(r => (r.AadObjectId != null && r.AadObjectId.ToLower() == lower) || r.UserId == recipientId)
            .ToListAsync(cancellationToken);
        var best = known
            .OrderByDescending(r => string.Equals(r.ConversationType, "personal", StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(r => r.UpdatedAt)
            .FirstOrDefault();
        if (best is not null)
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
