namespace Assistant.Bot.Plans;

/// <summary>
/// When an activity must be done: quarters of a year ("Q3 Q4" in the 2024 plan = Q3 and Q4 2024),
/// a year or a year range ("2025/2026", "2021-2023"). <see cref="Text"/> keeps what the document said.
/// </summary>
public sealed record Deadline(string? Text, int? Year, int? YearTo, IReadOnlyList<int> Quarters)
{
    public static readonly Deadline None = new(null, null, null, []);

    /// <summary>The last day the activity may be finished, when the deadline is known.</summary>
    public DateOnly? LastDay
    {
        get
        {
            if (Year is null)
            {
                return null;
            }

            if (Quarters.Count > 0)
            {
                var quarter = Quarters.Max();
                return new DateOnly(YearTo ?? Year.Value, quarter * 3, 1).AddMonths(1).AddDays(-1);
            }

            return new DateOnly(YearTo ?? Year.Value, 12, 31);
        }
    }
}
