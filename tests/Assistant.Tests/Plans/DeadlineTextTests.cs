using Assistant.Bot.Plans;
using Assistant.Cards.Text;

namespace Assistant.Tests.Plans;

/// <summary>The one display text of a deadline (<see cref="Deadline.DisplayText"/>) that answers, cards, reminders and reports show.</summary>
public sealed class DeadlineTextTests
{
    [Theory]
    [InlineData("Q3", 2024, null, new[] { 3 }, "Q3 2024")]
    [InlineData("Q4 Q3", 2024, null, new[] { 4, 3 }, "Q3 Q4 2024")]
    [InlineData("2025/2026", 2025, 2026, new int[0], "2025/2026")]
    [InlineData("2021-2023", 2021, 2023, new int[0], "2021-2023")]
    [InlineData("2022", 2022, null, new int[0], "2022")]
    [InlineData("2022", 2022, 2022, new int[0], "2022")]
    [InlineData(" Löpande ", null, null, new int[0], "Löpande")]
    public void A_deadline_reads_one_way(string text, int? year, int? yearTo, int[] quarters, string expected) =>
        Assert.Equal(expected, new Deadline(text, year, yearTo, quarters).DisplayText);

    [Fact]
    public void No_deadline_has_no_text_and_says_so_in_both_languages()
    {
        Assert.Null(Deadline.None.DisplayText);
        Assert.Equal("ingen tidpunkt angiven", Deadline.None.Describe(CardLanguage.Swedish));
        Assert.Equal("no deadline given", Deadline.None.Describe(CardLanguage.English));
    }

    [Fact]
    public void The_text_is_the_same_in_Swedish_and_English()
    {
        var deadline = new Deadline("2025/2026", 2025, 2026, []);
        Assert.Equal(deadline.Describe(CardLanguage.Swedish), deadline.Describe(CardLanguage.English));
    }
}
