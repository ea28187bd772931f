namespace Assistant.Bot.Channel;

/// <summary>
/// Where to reach a user proactively: stored on every inbound activity and on installationUpdate /
/// conversationUpdate (docs/protocol.md §2, Teams specifics). One row per user and conversation.
/// </summary>
public sealed class ConversationReferenceRecord
{
    public int Id { get; set; }

    /// <summary>Channel user id, "29:..." in Teams.</summary>
    public required string UserId { get; set; }

    public string? AadObjectId { get; set; }

    public string? UserName { get; set; }

    public string? TenantId { get; set; }

    public required string ChannelId { get; set; }

    public required string ServiceUrl { get; set; }

    public required string ConversationId { get; set; }

    /// <summary>personal, groupChat or channel.</summary>
    public string? ConversationType { get; set; }

    /// <summary>The bot's account id in that conversation, "28:&lt;appId&gt;" in Teams.</summary>
    public required string BotId { get; set; }

    public string? BotName { get; set; }

    public string? Locale { get; set; }

    public string? LastActivityId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the welcome card went out; null until then, so it goes out once.</summary>
    public DateTimeOffset? WelcomedAt { get; set; }
}
