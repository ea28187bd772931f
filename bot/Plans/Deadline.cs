using System.Globalization;
using Assistant.Cards.Text;

namespace Assistant.Bot.Plans;

/// <summary>
/// When an activity must be done: quarters of a year ("Q3 Q4" in the 2024 plan = Q3 and Q4 2024),
/// a year or a year range ("2025/2026", "2021-2023"). <see cref="Text"/> keeps what the document said.
/// This type owns the two readings every feature uses: the last day (<see cref="LastDay"/>) and the display text
/// (<see cref="DisplayText"/>).
/// </summary>
public sealed partial record Deadline(string? Text, int? Year, int? YearTo, IReadOnlyList<int> Quarters)
{
    public static readonly Deadline None = new(null, null, null, []);

    /// <summary>The last day the activity may be finished; null when the deadline has no year or is not a real date.</summary>
    public DateOnly? LastDay => LastDayIn(null);

    /// <summary>
    /// The last day of the deadline: the end of its last quarter, or 31 December of its (last) year. Quarters written
    /// without a year ("Q3" in the 2024 plan) take <paramref name="planYear"/>. Null when there is no year, or the
    /// year (outside 1900–2200) or a quarter (outside 1–4) cannot be a real deadline.
    /// </summary>
    public DateOnly? LastDayIn(int? planYear)
    {
        var year = YearTo ?? Year ?? (Quarters.Count > 0 ? planYear : null);
        if (year is not (>= 1900 and <= 2200) || Quarters.Any(q => q is < 1 or > 4))
        {
            return null;
        }

        return Quarters.Count > 0
            ? new DateOnly(year.Value, Quarters.Max() * 3, 1).AddMonths(1).AddDays(-1)
            : new DateOnly(year.Value, 12, 31);
    }

    /// <summary>
    /// The deadline as every answer, card and reminder shows it: "Q3 Q4 2024", a range of years as the document wrote it
    /// ("2025/2026", "2021-2023": the plan's own notation, which may mean either year, is not rewritten into a span), else
    /// "2025–2026" (an en dash, as Swedish typography writes a range), "2024", or the text as written when it has no year;
    /// null when there is no deadline. The same in Swedish and English.
    /// </summary>
    public string? DisplayText
    {
        get
        {
            if (Year is not { } year)
            {
                return string.IsNullOrWhiteSpace(Text) ? null : Text.Trim();
            }

            var lastYear = YearTo ?? year;
            if (Quarters.Count > 0)
            {
                var quarters = string.Join(' ', Quarters.Order().Select(q => "Q" + q.ToString(CultureInfo.InvariantCulture)));
                return string.Create(CultureInfo.InvariantCulture, $"{quarters} {lastYear}");
            }

            if (lastYear == year)
            {
                return year.ToString(CultureInfo.InvariantCulture);
            }

            return Text is { } written && YearRangeAsWritten().IsMatch(written.Trim())
                ? written.Trim()
                : string.Create(CultureInfo.InvariantCulture, $"{year}–{lastYear}");
        }
    }

    /// <summary><see cref="DisplayText"/>, or "ingen tidpunkt angiven" / "no deadline given".</summary>
    public string Describe(CardLanguage language) =>
        DisplayText ?? (language == CardLanguage.English ? "no deadline given" : "ingen tidpunkt angiven");

    /// <summary>Two years and the sign between them, nothing else: "2025/2026", "2021-2023", "2025 – 2026".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}\s*[/\-–]\s*\d{4}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearRangeAsWritten();
}
