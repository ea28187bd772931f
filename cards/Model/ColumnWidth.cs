using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Cards.Model;

/// <summary>A column's width: "auto", "stretch", a relative weight (a JSON number) or pixels ("50px").</summary>
[JsonConverter(typeof(ColumnWidthConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, int value)
    {
        Keyword = keyword;
        Value = value;
    }

    /// <summary>"auto", "stretch", "Npx", or null for a weight.</summary>
    public string? Keyword { get; }

    public int Value { get; }

    public static ColumnWidth Auto { get; } = new("auto", 0);

    public static ColumnWidth Stretch { get; } = new("stretch", 0);

    public static ColumnWidth Weight(int weight) =>
        weight > 0 ? new(null, weight) : throw new ArgumentOutOfRangeException(nameof(weight), "A column weight must be positive.");

    public static ColumnWidth Pixels(int pixels) =>
        pixels > 0 ? new(string.Create(CultureInfo.InvariantCulture, $"{pixels}px"), pixels) : throw new ArgumentOutOfRangeException(nameof(pixels), "A column width must be positive.");

    public override string ToString() => Keyword ?? Value.ToString(CultureInfo.InvariantCulture);
}

public sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return ColumnWidth.Weight(reader.GetInt32());
        }

        var text = reader.GetString() ?? string.Empty;
        if (text.EndsWith("px", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels))
        {
            return ColumnWidth.Pixels(pixels);
        }

        return text.ToLowerInvariant() switch
        {
            "auto" => ColumnWidth.Auto,
            "stretch" => ColumnWidth.Stretch,
            _ => throw new JsonException($"Unknown column width \"{text}\"."),
        };
    }

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Keyword is null)
        {
            writer.WriteNumberValue(value.Value);
        }
        else
        {
            writer.WriteStringValue(value.Keyword);
        }
    }
}
