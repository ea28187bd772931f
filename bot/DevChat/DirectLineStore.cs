using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.DevChat;

/// <summary>
/// The conversations and tokens, in memory (a development tool: a restart forgets them). One conversation per user
/// at a time, as a Teams personal chat: a user who comes back (or whom the bot writes to first) gets the same one,
/// under the same id even after a restart.
/// Bounded: idle conversations expire, and beyond <see cref="DirectLineOptions.MaxConversations"/> the least recently
/// used one goes. Tokens are random (256 bits), opaque, bound to one conversation, and expire.
/// </summary>
public sealed class DirectLineStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _byUser = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string ConversationId, DateTimeOffset Expires)> _tokens = new(StringComparer.Ordinal);
    private readonly Lock _createLock = new();

    public int Count => _conversations.Count;

    /// <summary>The user's live conversation, or a new one.</summary>
    public DirectLineConversation ForUser(DirectLineUser user)
    {
        lock (_createLock)
        {
            Prune();
            if (_byUser.TryGetValue(user.Id, out var id) && _conversations.TryGetValue(id, out var existing))
            {
                existing.Touch(time.GetUtcNow());
                return existing;
            }

            var settings = options.Value;
            var conversation = new DirectLineConversation(ConversationIdOf(user.Id), user, time.GetUtcNow(), settings.MaxActivities);
            _conversations[conversation.Id] = conversation;
            _byUser[user.Id] = conversation.Id;
            return conversation;
        }
    }

    /// <summary>
    /// A user's conversation id is derived from their id, so after a restart (or once an idle conversation was
    /// forgotten) the stored conversation reference still names the conversation the page opens as that user.
    /// </summary>
    public static string ConversationIdOf(string userId) =>
        Base64Url(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("assistant-directline:" + userId))[..16]);

    /// <summary>The user's live conversation, without creating one.</summary>
    public DirectLineConversation? FindForUser(string userId) =>
        _byUser.TryGetValue(userId, out var id) ? Find(id) : null;

    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (IsIdle(conversation, now))
        {
            Remove(conversation);
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    /// <summary>A new token for the conversation, and its lifetime in seconds.</summary>
    public (string Token, int ExpiresIn) IssueToken(DirectLineConversation conversation)
    {
        var lifetime = TimeSpan.FromMinutes(options.Value.TokenMinutes);
        var token = RandomId(32);
        _tokens[token] = (conversation.Id, time.GetUtcNow() + lifetime);
        return (token, (int)lifetime.TotalSeconds);
    }

    /// <summary>The conversation a token is for; null when the token is unknown, expired or its conversation is gone.</summary>
    public DirectLineConversation? Authorize(string? token) => Authorize(token, out _);

    /// <param name="expiresIn">Seconds the token has left.</param>
    public DirectLineConversation? Authorize(string? token, out int expiresIn)
    {
        expiresIn = 0;
        if (string.IsNullOrEmpty(token) || !_tokens.TryGetValue(token, out var entry))
        {
            return null;
        }

        var left = entry.Expires - time.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            _tokens.TryRemove(token, out _);
            return null;
        }

        expiresIn = (int)left.TotalSeconds;
        return Find(entry.ConversationId);
    }

    private bool IsIdle(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastUsedAt > TimeSpan.FromHours(options.Value.IdleHours);

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var conversation in _conversations.Values.Where(c => IsIdle(c, now)).ToList())
        {
            Remove(conversation);
        }

        var excess = _conversations.Count - options.Value.MaxConversations + 1;
        if (excess > 0)
        {
            foreach (var conversation in _conversations.Values.OrderBy(c => c.LastUsedAt).Take(excess).ToList())
            {
                Remove(conversation);
            }
        }

        foreach (var (token, entry) in _tokens.Where(t => t.Value.Expires <= now || !_conversations.ContainsKey(t.Value.ConversationId)).ToList())
        {
            _tokens.TryRemove(new KeyValuePair<string, (string, DateTimeOffset)>(token, entry));
        }
    }

    private void Remove(DirectLineConversation conversation)
    {
        _conversations.TryRemove(conversation.Id, out _);
        _byUser.TryRemove(new KeyValuePair<string, string>(conversation.User.Id, conversation.Id));
    }

    private static string RandomId(int bytes) => Base64Url(RandomNumberGenerator.GetBytes(bytes));

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
