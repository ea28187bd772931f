using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Channel.Schema;

/// <summary>
/// Source-generated System.Text.Json metadata for the wire types: camelCase, nulls left out, property names matched
/// without regard to case on the way in (as the SDK's Newtonsoft reader does).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(Authentication.TokenResponse))]
public sealed partial class ChannelJsonContext : JsonSerializerContext;

/// <summary>
/// The context the channel writes with: as <see cref="ChannelJsonContext.Default"/>, but non-ASCII text (å, ä, ö) is
/// written as UTF-8 rather than \u escapes (the bodies are JSON, never embedded in HTML).
/// </summary>
public static class ChannelJson
{
    public static ChannelJsonContext Wire { get; } = new(new JsonSerializerOptions(ChannelJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
