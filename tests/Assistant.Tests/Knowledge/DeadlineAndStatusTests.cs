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
        Assert.Null(deadline.LastDay);
    }

    [Fact]
    public void The_last_day_of_Q3_Q4_in_the_2024_plan_is_new_years_eve() =>
        Assert.Equal(new DateOnly(2024, 12, 31), DeadlineParser.Parse("Q3 Q4", 2024).Deadline.LastDay);

    [Theory]
    [InlineData("Klart", ActivityStatus.Done)]
    [InlineData("klar", ActivityStatus.Done)]
    [InlineData("Genomförd", ActivityStatus.Done)]
    [InlineData("Pågår", ActivityStatus.InProgress)]
    [InlineData("Pågående", ActivityStatus.InProgress)]
    [InlineData("Fortsätter från 2015", ActivityStatus.InProgress)]
    [InlineData("Kvarstår", ActivityStatus.Remains)]
    [InlineData("Ej klar", ActivityStatus.Remains)]
    [InlineData("Uppstart", ActivityStatus.StartingUp)]
    [InlineData("Ej påbörjad", ActivityStatus.NotStarted)]
    [InlineData("Ej påbörjat", ActivityStatus.NotStarted)]
    [InlineData("<p>Klart</p>", ActivityStatus.Done)]
    public void Maps_status_words_to_the_canonical_set(string text, ActivityStatus status) => Assert.Equal(status, ActivityStatusText.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("Se kommentar")]
    public void Unknown_status_words_map_to_nothing(string text) => Assert.Null(ActivityStatusText.Parse(text));

    [Theory]
    [InlineData(ActivityStatus.Done, "Klart")]
    [InlineData(ActivityStatus.InProgress, "Pågår")]
    [InlineData(ActivityStatus.Remains, "Kvarstår")]
    [InlineData(ActivityStatus.StartingUp, "Uppstart")]
    [InlineData(ActivityStatus.NotStarted, "Ej påbörjad")]
    public void The_canonical_word_reads_back_as_its_status(ActivityStatus status, string word)
    {
        Assert.Equal(word, ActivityStatusText.Swedish(status));
        Assert.Equal(status, ActivityStatusText.Parse(word));
    }
}
