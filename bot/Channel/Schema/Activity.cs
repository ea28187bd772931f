using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Channel.Schema;

/// <summary>
/// A Bot Framework activity (botframework-sdk specs/botframework-activity/botframework-activity.md). Loose on purpose:
/// the fields the bot reads or writes are typed, everything else is kept in <see cref="Extra"/> so that nothing is lost
/// and an unknown field never fails a request. Timestamps stay strings so they round-trip unchanged.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Timestamp { get; set; }

    public string? LocalTimestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? Summary { get; set; }

    public string? InputHint { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<Entity>? Entities { get; set; }

    public JsonNode? ChannelData { get; set; }

    /// <summary>installationUpdate: add, remove, add-upgrade, remove-upgrade.</summary>
    public string? Action { get; set; }

    public string? ReplyToId { get; set; }

    public string? Name { get; set; }

    public JsonNode? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The tenant: Teams puts it in channelData.tenant.id and (often) conversation.tenantId.</summary>
    [JsonIgnore]
    public string? TenantId =>
        ChannelData is JsonObject data && data["tenant"] is JsonObject tenant && tenant["id"] is JsonValue id && id.TryGetValue(out string? value) && !string.IsNullOrEmpty(value)
            ? value
            : Conversation?.TenantId;
}
