using Assistant.Bot.Plans;
using Assistant.Bot.Reports;
using Assistant.Tests.Clock;
using Assistant.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Reports;

/// <summary>The report model from a real database, on SQLite and on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ReportBuilderTests(PostgresServer postgres)
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2024, 12, 31, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Activities_are_grouped_like_the_plan_in_ordinal_order(string provider)
    {
        var (report, ids) = await BuildAsync(provider, new DateOnly(2024, 12, 31), plan: true);

        var plan = Assert.Single(report.Plans);
        Assert.Equal(ids.Plan2024, plan.DocumentId);
        Assert.Equal(["Medborgare", "Ekonomi"], plan.Perspectives.Select(p => p.Name));
        Assert.Equal(["God vård", "Trygg omsorg"], plan.Perspectives[0].Goals.Select(g => g.Name));
        Assert.Equal(
            ["Kartlägga väntetider", "Digital tillsyn; pilot", "Utvärdera hemtjänstens insatser"],
            plan.Perspectives[0].Goals[0].Activities.Select(a => a.Title));
        Assert.Equal(["Referenskostnader egen regi", "=Budget i balans"], plan.Perspectives[1].Goals[0].Activities.Select(a => a.Title));
        Assert.Equal([1, 2, 3, 4, 5, 6], plan.Activities.Select(a => a.Number));
        var utvardera = plan.Activities.Single(a => a.Title.StartsWith("Utvärdera", StringComparison.Ordinal));
        Assert.Equal(["HR-chef", "Ekonomichef"], utvardera.Owners);
        Assert.Equal("Q4 2024", utvardera.Deadline); // the one display text of a deadline (Deadline.DisplayText), no longer the cell as written
        Assert.Equal(new DateOnly(2024, 12, 31), utvardera.LastDay);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Summary_counts_per_status_and_per_goal(string provider)
    {
        var (report, ids) = await BuildAsync(provider, new DateOnly(2024, 12, 31), plan: true);

        var summary = report.Plans[0].Summary;
        Assert.Equal(6, summary.Total);
        Assert.Equal(3, summary.Count(ActivityStatus.Done));
        Assert.Equal(0, summary.Count(ActivityStatus.InProgress));
        Assert.Equal(1, summary.Count(ActivityStatus.Remains));
        Assert.Equal(1, summary.Count(ActivityStatus.StartingUp));
        Assert.Equal(1, summary.Count(null));
        var god = summary.ByGoal.Single(g => g.Goal == "God vård");
        Assert.Equal((3, 2, 1), (god.Total, god.Count(ActivityStatus.Done), god.Count(ActivityStatus.StartingUp)));
        var ekonomi = summary.ByGoal.Single(g => g.Goal == "Hållbar ekonomi");
        Assert.Equal((2, 1, 1), (ekonomi.Total, ekonomi.Count(ActivityStatus.Done), ekonomi.Count(null)));
        Assert.Equal([ids.Larm], summary.Overdue.Select(a => a.Id));
        var budget = report.Plans[0].Activities.Single(a => a.Status is null);
        Assert.Equal("Fortsätter från 2023", budget.StatusText);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_recorded_change_shows_the_new_status_who_set_it_and_when(string provider)
    {
        var (report, ids) = await BuildAsync(provider, new DateOnly(2024, 12, 31), plan: true);

        var referens = report.Plans[0].Activities.Single(a => a.Id == ids.Referens);
        Assert.Equal(ActivityStatus.Done, referens.Status);
        Assert.Equal("Klart", referens.StatusText);
        Assert.Equal("Modellen klar", referens.Comment);
        Assert.Equal("Eva Ekonom", referens.ReportedBy);
        Assert.Equal(ReportTestData.EvaAt, referens.ReportedAt);
        Assert.Equal(StatusChannel.Card, referens.Channel);

        var imported = report.Plans[0].Activities.Single(a => a.Title == "Kartlägga väntetider");
        Assert.Equal(("import", ReportTestData.ImportedAt, StatusChannel.Import), (imported.ReportedBy, imported.ReportedAt!.Value, imported.Channel!.Value));
        Assert.Equal("Klar i maj", imported.Comment);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task As_of_a_date_shows_the_status_as_it_stood_then(string provider)
    {
        var (before, ids) = await BuildAsync(provider, new DateOnly(2024, 9, 19), plan: true);
        var referens = before.Plans[0].Activities.Single(a => a.Id == ids.Referens);
        Assert.Equal((ActivityStatus.InProgress, "import"), (referens.Status!.Value, referens.ReportedBy));
        Assert.Equal(ReportTestData.ImportedAt, referens.ReportedAt);

        // Bo's change at 23:30 Stockholm time belongs to 2 October, not to the next UTC day.
        var (dayBefore, _) = await BuildAsync(provider, new DateOnly(2024, 10, 1), plan: true);
        var (sameDay, _) = await BuildAsync(provider, new DateOnly(2024, 10, 2), plan: true);
        Assert.Equal(ActivityStatus.InProgress, dayBefore.Plans[0].Activities.Single(a => a.Id == ids.Tillsyn).Status);
        var tillsyn = sameDay.Plans[0].Activities.Single(a => a.Id == ids.Tillsyn);
        Assert.Equal((ActivityStatus.Done, "Bo Bitr", StatusChannel.Chat), (tillsyn.Status!.Value, tillsyn.ReportedBy, tillsyn.Channel!.Value));

        // On 1 October the Q3 tillsyn activity was late and not done; Eva's was done by then.
        Assert.Equal(new[] { ids.Tillsyn, ids.Larm }.Order(), dayBefore.Plans[0].Summary.Overdue.Select(a => a.Id).Order());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Since_lists_the_changes_in_the_window_only(string provider)
    {
        var (report, ids) = await BuildAsync(provider, new DateOnly(2024, 12, 31), plan: true, since: new DateOnly(2024, 9, 15));
        var changes = report.Plans[0].Changes;
        Assert.Equal([ids.Referens, ids.Tillsyn], changes.Select(c => c.ActivityId));
        Assert.Equal((ActivityStatus.InProgress, ActivityStatus.Done, "Eva Ekonom", StatusChannel.Card), (changes[0].From!.Value, changes[0].To!.Value, changes[0].ChangedBy, changes[0].Channel));
        Assert.Equal(new[] { ids.Tillsyn, ids.Referens }.Order(), report.Plans[0].Activities.Where(a => a.ChangedSince).Select(a => a.Id).Order());

        var (later, _) = await BuildAsync(provider, new DateOnly(2024, 10, 1), plan: true, since: new DateOnly(2024, 9, 21));
        Assert.Empty(later.Plans[0].Changes);
        Assert.DoesNotContain(later.Plans[0].Activities, a => a.ChangedSince);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Every_plan_gets_its_own_section_and_summary_and_an_unknown_plan_gives_null(string provider)
    {
        await using var db = await ReportTestData.OpenAsync(provider, postgres);
        var ids = await ReportTestData.SeedAsync(db);
        var builder = new ReportBuilder(db, LocalClockTests.For(Time));

        var report = await builder.BuildAsync(new ReportRequest(null, new DateOnly(2024, 12, 31)), TestContext.Current.CancellationToken);
        Assert.NotNull(report);
        Assert.Equal([ids.Plan2021, ids.Plan2024], report.Plans.Select(p => p.DocumentId));
        Assert.Equal([2, 6], report.Plans.Select(p => p.Summary.Total));
        Assert.Null(Assert.Single(report.Plans[0].Perspectives).Name);
        Assert.Equal(8, report.ActivityCount);

        var plans = await builder.ListPlansAsync(TestContext.Current.CancellationToken);
        Assert.Equal([(ids.Plan2021, 2), (ids.Plan2024, 6)], plans.Select(p => (p.Id, p.ActivityCount)));
        Assert.Null(await builder.BuildAsync(new ReportRequest([ids.Plan2024 + 1000], new DateOnly(2024, 12, 31)), TestContext.Current.CancellationToken));
    }

    private async Task<(Report Report, ReportTestData.Ids Ids)> BuildAsync(string provider, DateOnly asOf, bool plan, DateOnly? since = null)
    {
        await using var db = await ReportTestData.OpenAsync(provider, postgres);
        var ids = await ReportTestData.SeedAsync(db);
        await using var fresh = TestDatabase.Reopen(db);
        var report = await new ReportBuilder(fresh, LocalClockTests.For(Time)).BuildAsync(new ReportRequest(plan ? [ids.Plan2024] : null, asOf, since), TestContext.Current.CancellationToken);
        return (report ?? throw new InvalidOperationException("plan not found"), ids);
    }
}
