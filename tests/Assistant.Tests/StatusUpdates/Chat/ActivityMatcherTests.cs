using Assistant.Bot.Plans;
using Assistant.Bot.StatusUpdates.Chat;
using Assistant.Tests.Reminders;

namespace Assistant.Tests.StatusUpdates.Chat;

public sealed class ActivityMatcherTests
{
    private static readonly PlanActivity[] Activities =
    [
        TestPlans.Activity("Förvaltningschefens aktiviteter - Revidering av riktlinjer FAS2", "Direktör", "Q3 2024", ActivityStatus.InProgress, 1),
        TestPlans.Activity("Utreda förutsättningar för att införa en bemanningspool med fasta anställningar", "Avd- HR och kompetensförsörjning", "Q2 2024", ActivityStatus.Done, 2),
        TestPlans.Activity("Utveckling av organisering och arbetssätt utifrån PM3", "Biträdande direktör", "Q2 2024", ActivityStatus.InProgress, 3),
        TestPlans.Activity("Revidering av riktlinjer för hemtjänst", "Avd- c ÖVF", "Q4 2024", ActivityStatus.InProgress, 4),
        TestPlans.Activity("Revidering av riktlinjer för särskilt boende", "Avd- c VB", "Q4 2024", ActivityStatus.InProgress, 5),
    ];

    [Theory]
    [InlineData("FAS2", 1)]
    [InlineData("bemanningspoolen", 2)]
    [InlineData("PM3", 3)]
    [InlineData("riktlinjer för hemtjänst", 4)]
    public void Distinctive_words_find_one_activity_for_certain(string subject, int id)
    {
        var match = ActivityMatcher.Match(subject, Activities);
        Assert.True(match.Certain);
        Assert.Equal(id, Assert.Single(match.Candidates).Id);
    }

    [Fact]
    public void Common_words_give_candidates_to_confirm()
    {
        var match = ActivityMatcher.Match("revidering av riktlinjer", Activities);
        Assert.False(match.Certain);
        Assert.Equal([1, 4, 5], match.Candidates.Select(a => a.Id).Order());
    }

    [Fact]
    public void Among_several_the_users_own_activity_is_meant()
    {
        var match = ActivityMatcher.Match("revidering av riktlinjer", Activities, new HashSet<int> { 5 });
        Assert.True(match.Certain);
        Assert.Equal(5, Assert.Single(match.Candidates).Id);
    }

    [Theory]
    [InlineData("budgetprocessen")]
    [InlineData("och för av")]
    public void Words_no_activity_has_find_nothing(string subject) => Assert.Empty(ActivityMatcher.Match(subject, Activities).Candidates);
}
