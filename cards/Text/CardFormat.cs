using System.Globalization;

namespace Assistant.Cards.Text;

/// <summary>Numbers, dates and text formats the way each language writes them ("1 527", "4,6 %" in Swedish).</summary>
public static class CardFormat
{
    private static readonly CultureInfo SwedishCulture = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Culture(CardLanguage language) => language == CardLanguage.English ? EnglishCulture : SwedishCulture;

    /// <summary>Whole numbers without decimals, others with up to two ("1 527", "4,6").</summary>
    public static string Number(decimal value, CardLanguage language) =>
        value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", Culture(language));

    /// <summary>A value with its unit: "%" gets a (non-breaking) space before it in Swedish, as the plans write it.</summary>
    public static string WithUnit(decimal value, string? unit, CardLanguage language)
    {
        var number = Number(value, language);
        if (string.IsNullOrWhiteSpace(unit))
        {
            return number;
        }

        return unit == "%" && language == CardLanguage.English ? number + "%" : number + "\u00A0" + unit;
    }

    public static string DateTime(DateTimeOffset value, CardLanguage language) =>
        value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Fill(string format, CardLanguage language, params object?[] args) =>
        string.Format(Culture(language), format, args);

    /// <summary>At most <paramref name="max"/> characters, cut at a word boundary with an ellipsis (keeps cards under Teams' size limit).</summary>
    public static string Shorten(string? text, int max)
    {
        var clean = string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= max)
        {
            return clean;
        }

        var cut = clean.LastIndexOf(' ', max - 1);
        return clean[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', '-') + "…";
    }

    public static string ActivityCount(CardTexts texts, int count) =>
        Fill(count == 1 ? texts.ActivityCountOne : texts.ActivityCountMany, texts.Language, count);
}
