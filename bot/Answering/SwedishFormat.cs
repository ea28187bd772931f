using System.Globalization;

namespace Assistant.Bot.Answering;

/// <summary>
/// Numbers as the municipality writes them: "1 527" (space between thousands), "4,6 %" (decimal comma, space before %).
/// The group separator is a plain space so answers copy and search the way people type them.
/// </summary>
public static class SwedishFormat
{
    private static readonly NumberFormatInfo Format = CreateFormat();

    public static string Number(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == decimal.Truncate(rounded)
            ? rounded.ToString("#,0", Format)
            : rounded.ToString("#,0.##", Format);
    }

    /// <summary>A percentage with one decimal: 7.38 → "7,4 %".</summary>
    public static string Percent(decimal value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("#,0.0", Format) + " %";

    /// <summary>A signed change: +105, −12 (a real minus sign reads better than a hyphen).</summary>
    public static string Signed(decimal value) => value switch
    {
        > 0 => "+" + Number(value),
        < 0 => "−" + Number(-value),
        _ => "0",
    };

    /// <summary>A year range with an en dash: 2019–2027.</summary>
    public static string Years(int from, int to) => from == to
        ? from.ToString(CultureInfo.InvariantCulture)
        : $"{from.ToString(CultureInfo.InvariantCulture)}–{to.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A value with its unit: "4,6 %", "13 dagar", "56".</summary>
    public static string WithUnit(decimal value, string? unit) => string.IsNullOrWhiteSpace(unit)
        ? Number(value)
        : unit.Trim() == "%" ? Number(value) + " %" : Number(value) + " " + unit.Trim();

    private static NumberFormatInfo CreateFormat()
    {
        var format = (NumberFormatInfo)CultureInfo.GetCultureInfo("sv-SE").NumberFormat.Clone();
        format.NumberGroupSeparator = " ";
        format.NumberDecimalSeparator = ",";
        format.NegativeSign = "−";
        return format;
    }
}
