using Assistant.Bot.Plans;

namespace Assistant.Tests.Plans;

/// <summary>The one computation of a deadline's last day (<see cref="Deadline.LastDayIn"/>).</summary>
public sealed class LastDayTests
{
    [Theory]
    [InlineData(2024, null, new[] { 1 }, "2024-03-31")]
    [InlineData(2024, null, new[] { 2 }, "2024-06-30")]
    [InlineData(2024, null, new[] { 3 }, "2024-09-30")]
    [InlineData(2024, null, new[] { 3, 4 }, "2024-12-31")]
    [InlineData(2024, null, new int[0], "2024-12-31")]
    [InlineData(2025, 2026, new int[0], "2026-12-31")]
    public void The_last_day_is_the_end_of_the_last_quarter_or_year(int year, int? yearTo, int[] quarters, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), new Deadline(null, year, yearTo, quarters).LastDay);

    [Fact]
    public void Quarters_without_a_year_take_the_plans_year()
    {
        var deadline = new Deadline("Q3", null, null, [3]);

        Assert.Null(deadline.LastDay);
        Assert.Equal(new DateOnly(2024, 9, 30), deadline.LastDayIn(2024));
        Assert.Equal(new DateOnly(2024, 9, 30), new PlanActivity { ExternalKey = "k", Title = "t", Deadline = deadline, Document = new KnowledgeDocument { Title = "VP 2024", Year = 2024, SourceFile = "f", ContentHash = "h" } }.LastDay);
    }

    [Theory]
    [InlineData(null, null, new int[0])]
    [InlineData(20245, null, new int[0])]
    [InlineData(2024, null, new[] { 5 })]
    [InlineData(1024, null, new[] { 1 })]
    public void No_year_or_an_impossible_date_has_no_last_day(int? year, int? yearTo, int[] quarters) =>
        Assert.Null(new Deadline("x", year, yearTo, quarters).LastDay);
}
