using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge.Extraction;

namespace Assistant.Tests.Knowledge;

public sealed class DeadlineAndStatusTests
{
    [Theory]
    [InlineData("Q3", 2024, 2024, null, new[] { 3 })]
    [InlineData("Q3 Q4", 2024, 2024, null, new[] { 3, 4 })]
    [InlineData("Q1-Q3", 2024, 2024, null, new[] { 1, 2, 3 })]
    [InlineData("Kvartal 2", 2024, 2024, null, new[] { 2 })]
    [InlineData("Q4 2025", 2024, 2025, null, new[] { 4 })]
    [InlineData("2025/2026", 2024, 2025, 2026, new int[0])]
    [InlineData("2021-2023", null, 2021, 2023, new int[0])]
    [InlineData("2025/26", null, 2025, 2026, new int[0])]
    [InlineData("2020", null, 2020, null, new int[0])]
    public void Reads_quarters_against_the_plan_year_and_year_ranges(string cell, int? planYear, int? year, int? yearTo, int[] quarters)
    {
        var (deadline, understood) = DeadlineParser.Parse(cell, planYear);
        Assert.True(understood);
        Assert.Equal(cell, deadline.Text);
        Assert.Equal(year, deadline.Year);
        Assert.Equal(yearTo, deadline.YearTo);
        Assert.Equal(quarters, deadline.Quarters);
    }

    [Fact]
    public void A_quarter_without_a_plan_year_is_kept_but_not_understood()
    {
        var (deadline, understood) = DeadlineParser.Parse("Q3", planYear: null);
        Assert.False(understood);
        Assert.Equal([3], deadline.Quarters);
        Assert.Null(deadline.Year);
    }

    [Fact]
    public void Words_without_a_date_are_kept_as_text_and_not_understood()
    {
        var (deadline, understood) = DeadlineParser.Parse("Löpande", 2024);
        Assert.False(understood);
        Assert.Equal("Löpande", deadline.Text);
    }

    [Fact]
    public void A_status_cell_in_html_is_read_as_text() => Assert.Equal(ActivityStatus.Done, ActivityStatusText.Parse("<p>Klart</p>"));
}
