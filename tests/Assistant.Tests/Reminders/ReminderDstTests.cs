using Assistant.Bot.Plans;
using Assistant.Tests.Infrastructure;

namespace Assistant.Tests.Reminders;

/// <summary>
/// The job ticks every 15 minutes in UTC across both DST changes of 2024; the reminders still go out at 07:30
/// Stockholm time (05:30 UTC in summer, 06:30 UTC in winter), once.
/// </summary>
public sealed class ReminderDstTests
{
    private const string Director = "11111111-1111-1111-1111-111111111111";

    [Theory]
    [InlineData("2024-03-31", "2024-03-28 07:30 06:30", "2024-04-02 07:30 05:30")] // spring forward, Sunday 31 March
    [InlineData("2024-10-27", "2024-10-21 07:30 05:30", "2024-10-28 07:30 06:30")] // fall back, Sunday 27 October
    public async Task Reminders_go_out_at_half_past_seven_local_on_both_sides_of_a_dst_change(string change, string before, string after)
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        // Q4 2023 overdue (weekly reminders) and Q1 2024 due (the 28 March window).
        await TestPlans.StoreAsync(
            db,
            TestPlans.Activity("Revidera riktlinjer FAS2", "Direktör", "Q4 2023", ActivityStatus.InProgress),
            TestPlans.Activity("Uppdrag 43 om bemanningspoolen", "Direktör", "Q1 2024", ActivityStatus.InProgress));
        await ReminderHarness.SeedReferencesAsync(db, Director);
        await using var app = ReminderHarness.Create(db, new Dictionary<string, string?>
        {
            ["Owners:Direktör:0"] = Director,
            ["Reminders:EscalateAfterDays"] = "0",
            ["Reminders:CatchUpDays"] = "0",
        });

        // Every 15 minutes (UTC) through the window day before, the change day itself and the window day after.
        foreach (var day in new[] { before, change, after }.Select(d => DateTimeOffset.Parse(d[..10] + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)))
        {
            for (var tick = day.AddHours(-2); tick < day.AddHours(22); tick = tick.AddMinutes(15))
            {
                app.Time.SetUtcNow(tick);
                await app.Runner.RunAsync(TestContext.Current.CancellationToken);
            }
        }

        var sends = app.Messenger.Sends
            .Select(s => $"{ReminderHarness.LocalOf(s.At):yyyy-MM-dd HH:mm} {s.At.UtcDateTime:HH:mm}")
            .ToList();
        Assert.Contains(before, sends);
        Assert.Contains(after, sends);
        Assert.All(sends, s => Assert.Equal("07:30", s[11..16]));
        Assert.Equal(sends.Count, sends.Select(s => s[..10]).Distinct().Count());
    }
}
