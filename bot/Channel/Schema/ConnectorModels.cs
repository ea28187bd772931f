using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Channel.Schema;

/// <summary>The connector's answer to a send, reply or update: the activity id.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}

/// <summary>POST v3/conversations body (Connector API v3.1, ConversationParameters).</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public List<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public JsonNode? ChannelData { get; set; }
}

/// <summary>POST v3/conversations answer.</summary>
public sealed class ConversationResourceResponse
{
    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? Id { get; set; }
}

/// <summary>The connector's error body: {"error":{"code","message"}}.</summary>
public sealed class ErrorResponse
{
    public ConnectorError? Error { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class ConnectorError
{
    public string? Code { get; set; }

    public string? Message { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
