using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Channel.State;

/// <summary>
/// Conversation references, one per user and conversation, upserted from every inbound activity (docs/protocol.md §2,
/// Teams specifics) and from conversations the bot creates. Safe when two instances write the same row at once.
/// </summary>
public sealed class ConversationReferenceStore(AssistantDbContext db, TimeProvider time, ConversationReferenceCache? cache = null)
{
    private static readonly TimeSpan Refresh = TimeSpan.FromHours(1);

    /// <summary>Stores where the activity's sender can be reached; null when the activity does not say (or is the bot's own).</summary>
    public async Task<ConversationReferenceRecord?> UpsertFromActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var user = activity.From;
        if (string.IsNullOrEmpty(user?.Id) || string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.Recipient?.Id)
            || string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.ChannelId)
            || string.Equals(user.Id, activity.Recipient.Id, StringComparison.Ordinal))
        {
            return null;
        }

        return await UpsertAsync(new ConversationReferenceRecord
        {
            UserId = user.Id,
            AadObjectId = user.AadObjectId,
            UserName = user.Name,
            TenantId = activity.TenantId,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            ConversationId = activity.Conversation.Id,
            ConversationType = activity.Conversation.ConversationType,
            BotId = activity.Recipient.Id,
            BotName = activity.Recipient.Name,
            Locale = activity.Locale,
            LastActivityId = activity.Id,
        }, cancellationToken);
    }

    /// <summary>Inserts or updates the row of (UserId, ConversationId); fields the new values leave empty are kept.</summary>
    public async Task<ConversationReferenceRecord> UpsertAsync(ConversationReferenceRecord values, CancellationToken cancellationToken)
    {
        if (cache?.Find(values.UserId, values.ConversationId) is { } known && IsSameAddress(known, values) && time.GetUtcNow() - known.UpdatedAt < Refresh)
        {
            // Known to this process, same address, written lately: no database round trip for every message.
            return known;
        }

        var stored = await UpsertRowAsync(values, cancellationToken);
        cache?.Remember(stored);
        return stored;
    }

    private async Task<ConversationReferenceRecord> UpsertRowAsync(ConversationReferenceRecord values, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var row = await db.ConversationReferences
                .SingleOrDefaultAsync(r => r.UserId == values.UserId && r.ConversationId == values.ConversationId, cancellationToken);
            var adopted = false;
            if (row is null && values.AadObjectId is { } aad && values.UserId != aad)
            {
                // A 1:1 chat the bot opened by the user's AAD object id is stored under that id; the user's first
                // message names them by their channel id ("29:..."). Same person, same conversation: one row.
                row = await db.ConversationReferences
                    .SingleOrDefaultAsync(r => r.UserId == aad && r.ConversationId == values.ConversationId, cancellationToken);
                if (row is not null)
                {
                    row.UserId = values.UserId;
                    adopted = true;
                }
            }

            var isNew = row is null;
            if (row is null)
            {
                row = new ConversationReferenceRecord
                {
                    UserId = values.UserId,
                    ConversationId = values.ConversationId,
                    ChannelId = values.ChannelId,
                    ServiceUrl = values.ServiceUrl,
                    BotId = values.BotId,
                };
                db.ConversationReferences.Add(row);
            }

            var now = time.GetUtcNow();
            if (!isNew && !adopted && IsSameAddress(row, values) && now - row.UpdatedAt < Refresh)
            {
                // Same address, seen lately: no write for every message (LastActivityId may lag by up to an hour).
                return row;
            }

            Apply(row, values);
            row.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return row;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another request inserted the same (user, conversation) first: read it and update that row.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Marks the reference welcomed; true only for the one caller that changed it from never welcomed.</summary>
    public async Task<bool> TryMarkWelcomedAsync(int id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var changed = await db.ConversationReferences
            .Where(r => r.Id == id && r.WelcomedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.WelcomedAt, now), cancellationToken);
        return changed == 1;
    }

    /// <summary>Undoes <see cref="TryMarkWelcomedAsync"/> when the welcome could not be sent, so the next event tries again.</summary>
    public Task UnmarkWelcomedAsync(int id, CancellationToken cancellationToken) =>
        db.ConversationReferences.Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.WelcomedAt, (DateTimeOffset?)null), cancellationToken);

    public Task<ConversationReferenceRecord?> FindAsync(string userId, string conversationId, CancellationToken cancellationToken) =>
        db.ConversationReferences.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.ConversationId == conversationId, cancellationToken);

    /// <summary>True when writing <paramref name="values"/> over <paramref name="row"/> would change nothing but LastActivityId.</summary>
    private static bool IsSameAddress(ConversationReferenceRecord row, ConversationReferenceRecord values) =>
        row.ChannelId == values.ChannelId && row.ServiceUrl == values.ServiceUrl && row.BotId == values.BotId
        && Keeps(row.AadObjectId, values.AadObjectId) && Keeps(row.UserName, values.UserName) && Keeps(row.TenantId, values.TenantId)
        && Keeps(row.ConversationType, values.ConversationType) && Keeps(row.BotName, values.BotName) && Keeps(row.Locale, values.Locale);

    private static bool Keeps(string? stored, string? incoming) => incoming is null || incoming == stored;

    private static void Apply(ConversationReferenceRecord row, ConversationReferenceRecord values)
    {
        row.ChannelId = values.ChannelId;
        row.ServiceUrl = values.ServiceUrl;
        row.BotId = values.BotId;
        row.AadObjectId = values.AadObjectId ?? row.AadObjectId;
        row.UserName = values.UserName ?? row.UserName;
        row.TenantId = values.TenantId ?? row.TenantId;
        row.ConversationType = values.ConversationType ?? row.ConversationType;
        row.BotName = values.BotName ?? row.BotName;
        row.Locale = values.Locale ?? row.Locale;
        row.LastActivityId = values.LastActivityId ?? row.LastActivityId;
    }
}
