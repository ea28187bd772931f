using Assistant.Bot.Plans;

namespace Assistant.Tests.Plans;

/// <summary>The one "overdue" rule (<see cref="Overdue"/>); every feature asks it, so it is tested only here.</summary>
public sealed class OverdueTests
{
    private static readonly DateOnly LastDay = new(2024, 9, 30);

    [Theory]
    [InlineData(null)]
    [InlineData(ActivityStatus.NotStarted)]
    [InlineData(ActivityStatus.StartingUp)]
    [InlineData(ActivityStatus.InProgress)]
    [InlineData(ActivityStatus.Remains)]
    public void Not_Klart_and_past_its_last_day_is_overdue_also_without_a_status(ActivityStatus? status) =>
        Assert.True(Overdue.On(new DateOnly(2024, 10, 1), status, LastDay));

    [Fact]
    public void Klart_is_never_overdue() =>
        Assert.False(Overdue.On(new DateOnly(2025, 1, 1), ActivityStatus.Done, LastDay));

    [Fact]
    public void On_its_last_day_it_is_not_yet_overdue() =>
        Assert.False(Overdue.On(LastDay, ActivityStatus.InProgress, LastDay));

    [Fact]
    public void Without_a_known_last_day_nothing_is_overdue() =>
        Assert.False(Overdue.On(new DateOnly(2030, 1, 1), null, null));

    [Fact]
    public void An_activity_is_overdue_by_its_deadline_and_status()
    {
        var activity = new PlanActivity { ExternalKey = "k", Title = "Tillsyn", Deadline = new Deadline("Q3", 2024, null, [3]) };

        Assert.True(activity.IsOverdueOn(new DateOnly(2024, 10, 1)));
        activity.Status = ActivityStatus.Done;
        Assert.False(activity.IsOverdueOn(new DateOnly(2024, 10, 1)));
    }
}
