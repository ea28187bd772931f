using System.Text.Json.Serialization;

namespace Assistant.Cards.Model;

/// <summary>Source-generated serialization of the card model: camelCase, nulls omitted, enums as their schema names.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(AdaptiveCard))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
