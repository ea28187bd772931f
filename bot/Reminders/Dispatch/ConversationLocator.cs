using Assistant.Bot.Channel;
using Assistant.Bot.People;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Reminders.Dispatch;

/// <summary>
/// Where a proactive message to a person goes: their own personal (1:1) conversation with the bot, never a group chat
/// or a team channel they happened to write in; otherwise a new 1:1 conversation, after installing the app for them
/// through Graph when that is configured. The tenant and serviceUrl of a new conversation come from configuration
/// (Reminders:TenantId, else a SingleTenant bot's MicrosoftAppTenantId or the one AllowedTenants entry;
/// Reminders:ServiceUrl, else the first ServiceUrls entry, else the public cloud's), never from someone else's reference.
/// Outside Development only a Teams (msteams) 1:1 reference counts: one an emulator, the chat page or an unauthenticated
/// tool left in the database (a Development database carried over) names an address nobody vouched for.
/// </summary>
public sealed class ConversationLocator(
    AssistantDbContext db,
    IProactiveMessenger messenger,
    IOptions<ReminderOptions> options,
    IOptions<BotFrameworkOptions> channel,
    ITeamsAppInstaller? installer = null,
    IHostEnvironment? environment = null)
{
    /// <summary>Public cloud fallback (docs/protocol.md §2) when no reference and no configuration give a serviceUrl.</summary>
    public const string PublicServiceUrl = "https://smba.trafficmanager.net/teams/";

    /// <summary>Teams' conversationType of a 1:1 chat with the bot.</summary>
    public const string PersonalConversation = "personal";

    public async Task<(ConversationReferenceRecord? Reference, string? Problem)> FindOrCreateAsync(string recipientId, CancellationToken cancellationToken)
    {
        if ((await FindKnownAsync([recipientId], cancellationToken)).GetValueOrDefault(recipientId) is { } best)
        {
            return (best, null);
        }

        var (tenantId, serviceUrl) = ConfiguredTenant();
        if (tenantId is null)
        {
            return (null, "no 1:1 conversation with this person yet and no tenant configured (set Reminders:TenantId)");
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
    /// The stored personal-chat references of many recipients in one query (a fan-out reads them a batch at a time, not
    /// one query per person): by recipient id as given, the most recent 1:1 chat of each person. Group chats and
    /// channels are never a reminder's address: others would read it there.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ConversationReferenceRecord>> FindKnownAsync(IReadOnlyCollection<string> recipientIds, CancellationToken cancellationToken)
    {
        var ids = recipientIds.Distinct(StringComparer.Ordinal).ToList();
        var lower = ids.Select(id => id.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        // Without a host environment (a bare service collection) the safe rule: Teams only.
        var teamsOnly = environment?.IsDevelopment() != true;
        var known = await db.ConversationReferences.AsNoTracking()
            .Where(r => (r.AadObjectId != null && lower.Contains(r.AadObjectId.ToLower())) || ids.Contains(r.UserId))
            .Where(r => r.ConversationType == PersonalConversation)
            .Where(r => teamsOnly == false || r.ChannelId == ChannelPolicyOptions.Teams)
            .ToListAsync(cancellationToken);
        var byAad = known.Where(r => r.AadObjectId is not null).ToLookup(r => r.AadObjectId!.ToLowerInvariant(), StringComparer.Ordinal);
        var byUser = known.ToLookup(r => r.UserId, StringComparer.Ordinal);
        var found = new Dictionary<string, ConversationReferenceRecord>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var best = byAad[id.ToLowerInvariant()].Concat(byUser[id]).Distinct()
                .OrderByDescending(r => r.UpdatedAt)
                .FirstOrDefault();
            if (best is not null)
            {
                found[id] = best;
            }
        }

        return found;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private (string? TenantId, string ServiceUrl) ConfiguredTenant()
    {
        var configured = options.Value;
        var bot = channel.Value;
        var tenant = NullIfEmpty(configured.TenantId)
            ?? (bot.IsSingleTenant && Guid.TryParse(bot.MicrosoftAppTenantId?.Trim(), out _) ? bot.MicrosoftAppTenantId!.Trim() : null)
            ?? (bot.AllowedTenants.Count == 1 ? NullIfEmpty(bot.AllowedTenants[0]) : null);
        var serviceUrl = NullIfEmpty(configured.ServiceUrl) ?? bot.ServiceUrls.Select(NullIfEmpty).FirstOrDefault(u => u is not null) ?? PublicServiceUrl;
        return (tenant, serviceUrl);
    }
}
