using Microsoft.Extensions.Caching.Memory;

namespace Assistant.Bot.Channel.State;

/// <summary>
/// The conversation references this process last read or wrote, so that a message from a known address costs no
/// database round trip. Only ever a shortcut: a miss, an eviction or another instance's write just means the store
/// reads the row again. Rows are never deleted, so a cached id stays valid; LastActivityId and WelcomedAt of a
/// cached row may lag (the welcome is decided in the database, <see cref="ConversationReferenceStore.TryMarkWelcomedAsync"/>).
/// </summary>
public sealed class ConversationReferenceCache : IDisposable
{
    /// <summary>Entries kept at most; one per user and conversation seen lately.</summary>
    public const int Capacity = 100_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public ConversationReferenceRecord? Find(string userId, string conversationId) =>
        _cache.TryGetValue((userId, conversationId), out ConversationReferenceRecord? row) ? row : null;

    /// <summary>Keeps a detached copy of the row as stored.</summary>
    public void Remember(ConversationReferenceRecord row) =>
        _cache.Set((row.UserId, row.ConversationId), Copy(row), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });

    public void Dispose() => _cache.Dispose();

    private static ConversationReferenceRecord Copy(ConversationReferenceRecord row) => new()
    {
        Id = row.Id,
        UserId = row.UserId,
        AadObjectId = row.AadObjectId,
        UserName = row.UserName,
        TenantId = row.TenantId,
        ChannelId = row.ChannelId,
        ServiceUrl = row.ServiceUrl,
        ConversationId = row.ConversationId,
        ConversationType = row.ConversationType,
        BotId = row.BotId,
        BotName = row.BotName,
        Locale = row.Locale,
        LastActivityId = row.LastActivityId,
        UpdatedAt = row.UpdatedAt,
        WelcomedAt = row.WelcomedAt,
    };
}
