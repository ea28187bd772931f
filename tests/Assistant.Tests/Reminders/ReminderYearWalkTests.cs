using System.Globalization;
using Assistant.Bot.Plans;
using Assistant.Bot.Reminders;
using Assistant.Bot.StatusUpdates;
using Assistant.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.Reminders;

/// <summary>
/// A fake clock walks through 2024 and 2025, the job running at 07:00, 07:30, 10:00 and 12:00 local time every day, owners
/// answering in between: who gets what on which day.
/// </summary>
[Trait("Category", "Integration")] // a long scenario by design: two years of daily runs against a database file
public sealed class ReminderYearWalkTests
{
    private const string Director = "11111111-1111-1111-1111-111111111111";
    private const string Finance = "22222222-2222-2222-2222-222222222222";
    private const string Hr = "33333333-3333-3333-3333-333333333333";
    private const string StandIn = "88888888-8888-8888-8888-888888888888";
    private const string Admin = "99999999-9999-9999-9999-999999999999";

    public static Dictionary<string, string?> Settings => new()
    {
        ["Owners:Direktör:0"] = Director,
        ["Owners:Ekonomichef:0"] = Finance,
        ["Owners:HR-chef:0"] = Hr,
        ["Admins:0"] = Admin,
        ["Reminders:DefaultStandIns:0"] = StandIn,
    };

    [Fact]
    public async Task Two_years_of_mornings_send_each_owner_what_is_due_once_per_window()
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var a = await TestPlans.StoreAsync(
            db,
            TestPlans.Activity("Revidera riktlinjer FAS2", "Direktör", "Q3 2024", ActivityStatus.InProgress),
            TestPlans.Activity("Uppdrag 43 om bemanningspoolen", "Direktören", "Q3 2024", ActivityStatus.InProgress),
            TestPlans.Activity("MBL-förhandling om arbetstider", "Direktören", "Q4 2024", ActivityStatus.InProgress),
            TestPlans.Activity("Modell för referenskostnader", "Ekonomichef", "Q3 2024", ActivityStatus.InProgress),
            TestPlans.Activity("Kompetenstrappa", "HR-chef", "Q3 2024", ActivityStatus.Done),
            TestPlans.Activity("Demensvänlig kommun", "Avd- Myndighet och Kvalité", "Q3 Q4 2024", ActivityStatus.InProgress),
            TestPlans.Activity("Introduktion för nyanställda", "HR-chef", "Q1 2025", ActivityStatus.NotStarted));
        var (fas2, u43, mbl, refcost, _, dementia, intro) = (a[0].Id, a[1].Id, a[2].Id, a[3].Id, a[4].Id, a[5].Id, a[6].Id);
        await ReminderHarness.SeedReferencesAsync(db, Director, Finance, Hr, StandIn, Admin);
        await using var app = ReminderHarness.Create(db, Settings);

        // Answers given during the walk, at 10:00 local: (day, activity, who).
        var answers = new Dictionary<DateOnly, (int Activity, string User)>
        {
            [new DateOnly(2024, 9, 20)] = (refcost, Finance),
            [new DateOnly(2024, 9, 25)] = (fas2, Director),
            [new DateOnly(2024, 12, 20)] = (mbl, Director),
            [new DateOnly(2024, 12, 30)] = (dementia, Admin), // nobody owns it in the directory: an admin closes it
        };

        for (var day = new DateOnly(2024, 1, 1); day <= new DateOnly(2025, 12, 31); day = day.AddDays(1))
        {
            if (day == new DateOnly(2025, 4, 1))
            {
                // The HR chief closes the Q1 activity before the morning run: it is never overdue.
                app.SetLocal(day, 6);
                await app.InScopeAsync(s => s.GetRequiredService<IStatusRecorder>()
                    .RecordAsync(intro, ActivityStatus.Done, null, ReminderHarness.User(Hr), StatusChannel.Chat, null, default));
            }

            foreach (var (hour, minute) in new[] { (7, 0), (7, 30), (10, 0), (12, 0) })
            {
                app.SetLocal(day, hour, minute);
                if (hour == 10 && answers.TryGetValue(day, out var answer))
                {
                    var result = await app.InScopeAsync(s => s.GetRequiredService<IStatusRecorder>()
                        .RecordAsync(answer.Activity, ActivityStatus.Done, "Klart", ReminderHarness.User(answer.User), StatusChannel.Card, null, default));
                    Assert.Equal(StatusRecordOutcome.Recorded, result.Outcome);
                    continue;
                }

                await app.Runner.RunAsync(TestContext.Current.CancellationToken);
            }
        }

        var sends = app.Messenger.Sends.ToList();
        Assert.All(sends, s => Assert.Equal(new TimeOnly(7, 30), TimeOnly.FromDateTime(ReminderHarness.LocalOf(s.At))));

        string Day(RecordingMessenger.Sent s) => ReminderHarness.LocalOf(s.At).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        List<string> To(string user) => [.. sends.Where(s => s.User == user).Select(s => $"{Day(s)} {string.Join(',', s.ActivityIds)}")];

        Assert.Equal([$"2024-09-16 {refcost}"], To(Finance));
        Assert.Equal([$"2025-03-17 {intro}", $"2025-03-28 {intro}"], To(Hr));

        // The admin hears of the owner nobody could be found for, in each window that lists it.
        Assert.Equal(["2024-09-16", "2024-09-27", "2024-12-17", "2024-12-27"], sends.Where(s => s.User == Admin).Select(Day));
        Assert.All(sends.Where(s => s.User == Admin), s => Assert.Contains("Avd- Myndighet och Kvalité", s.Message.Text, StringComparison.Ordinal));

        // Escalated once, two weeks after Q3, to the stand-in (no Graph, so no manager).
        var escalation = Assert.Single(sends, s => s.User == StandIn);
        Assert.Equal("2024-10-14", Day(escalation));
        Assert.Contains("Uppdrag 43", escalation.Message.Text, StringComparison.Ordinal);

        // The director: both Q3 activities in one card (Direktör = Direktören), FAS2 gone once done, then the
        // overdue one every week until a year after its deadline, the Q4 one in December's windows.
        var director = To(Director);
        Assert.Equal(
            [
                $"2024-09-16 {fas2},{u43}", $"2024-09-27 {u43}",
                $"2024-10-07 {u43}", $"2024-10-14 {u43}", $"2024-10-21 {u43}", $"2024-10-28 {u43}", $"2024-11-04 {u43}",
                $"2024-11-11 {u43}", $"2024-11-18 {u43}", $"2024-11-25 {u43}", $"2024-12-02 {u43}", $"2024-12-09 {u43}",
                $"2024-12-17 {mbl},{u43}", $"2024-12-27 {u43}", $"2024-12-30 {u43}", $"2025-01-07 {u43}",
            ],
            director.Take(16));
        var weeks = sends.Where(s => s.User == Director).Select(s => ReminderHarness.LocalOf(s.At))
            .Where(d => d >= new DateTime(2024, 10, 1)).Select(d => (ISOWeek.GetYear(d), ISOWeek.GetWeekOfYear(d))).ToList();
        Assert.Equal(52, weeks.Count);                     // 2024-W41 .. 2025-W40
        Assert.Equal(weeks.Count, weeks.Distinct().Count()); // one card a week
        Assert.Contains("2025-04-22", director.Select(d => d[..10]));  // Monday 21 April 2025 is annandag påsk
        Assert.Equal("2025-09-29", director[^1][..10]);      // the last within a year of the deadline
        Assert.Equal(2 + 52, director.Count);
        Assert.All(sends, s => Assert.True(Bot.Reminders.Calendar.SwedishHolidays.IsWorkingDay(DateOnly.FromDateTime(ReminderHarness.LocalOf(s.At)))));
    }
}
