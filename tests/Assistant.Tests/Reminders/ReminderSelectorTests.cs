using Assistant.Bot.Plans;
using Assistant.Bot.Reminders;
using Assistant.Bot.Reminders.Calendar;
using Assistant.Bot.Reminders.Planning;

namespace Assistant.Tests.Reminders;

public sealed class ReminderSelectorTests
{
    private static readonly ReminderOptions Options = new();
    private static readonly ReminderCalendar Calendar = new(Options);

    private static readonly PlanActivity[] Activities =
    [
        TestPlans.Activity("Revidera riktlinjer FAS2", "Direktör", "Q3 2024", ActivityStatus.InProgress, 1),
        TestPlans.Activity("Uppdrag 43 om bemanningspoolen", "Direktören", "Q3 2024", ActivityStatus.InProgress, 2),
        TestPlans.Activity("MBL-förhandling om arbetstider", "Direktören", "Q4 2024", ActivityStatus.InProgress, 3),
        TestPlans.Activity("Modell för referenskostnader", "Ekonomichef", "Q3 2024", ActivityStatus.InProgress, 4),
        TestPlans.Activity("Uppföljning av utbetalningar", "Ekonomichef", "Q4 2024", ActivityStatus.Done, 5),
        TestPlans.Activity("Kompetenstrappa", "HR-chef", "Q3 2024", ActivityStatus.Done, 6),
        TestPlans.Activity("Gemensam lönepolicy", "HR-chef; Ekonomichef", "Q4 2024", ActivityStatus.Done, 7),
        TestPlans.Activity("Demensvänlig kommun", "Avd- Myndighet och Kvalité; Biträdande direktör", "Q3 Q4 2024", ActivityStatus.InProgress, 8),
        TestPlans.Activity("Krisledning i nya förvaltningen", "Biträdande direktör", "Q2 2024", ActivityStatus.InProgress, 9),
        TestPlans.Activity("Införa BEATA", "Biträdande direktör", "2025/2026", ActivityStatus.InProgress, 10),
        TestPlans.Activity("Korttidsvistelse", "", "Q3 2024", ActivityStatus.StartingUp, 11),
        TestPlans.Activity("Gammal aktivitet", "Avd-Myndighet och Kvalité", "2019-2021", null, 12),
    ];

    private static Dictionary<string, int[]> Select(string windowKey, DateOnly? date = null)
    {
        Assert.True(ReminderWindow.TryParse(windowKey, Calendar, out var window));
        if (date is { } d)
        {
            window = window with { Date = d };
        }

        return new ReminderSelector(Options).Select(window, Activities)
            .ToDictionary(r => r.OwnerName, r => r.Items.Select(i => i.Activity.Id * (i.Overdue ? -1 : 1)).ToArray());
    }

    [Fact]
    public void The_q3_14_day_window_lists_what_is_due_at_q3_plus_what_is_overdue_per_owner()
    {
        var plan = Select("2024-Q3-14d");
        Assert.Equal([1, 2], plan["Direktör"]);                 // "Direktören" is the same owner; the Q4 MBL is not due yet
        Assert.Equal([4], plan["Ekonomichef"]);                 // the done Q4 activities are not listed
        Assert.False(plan.ContainsKey("HR-chef"));              // all done: nothing
        Assert.Equal([8], plan["Avd- Myndighet och Kvalité"]); // "Q3 Q4" is due at Q3
        Assert.Equal([8, -9], plan["Biträdande direktör"]);     // the Q2 activity is overdue and marked so
        Assert.Equal([11], plan[""]);                           // no owner: kept, to be listed to admins
        Assert.Equal(5, plan.Count);
    }

    [Fact]
    public void Q3_Q4_activities_are_due_again_at_q4_and_year_ranges_at_q4_of_the_last_year()
    {
        var q4 = Select("2024-Q4-14d");
        Assert.Equal([8, -9], q4["Biträdande direktör"]);
        Assert.Equal([3, -1, -2], q4["Direktör"]);
        Assert.Contains(10, Select("2026-Q4-14d", new DateOnly(2026, 12, 17))["Biträdande direktör"]);
        Assert.DoesNotContain(10, Select("2025-Q4-14d")["Biträdande direktör"]);
    }

    [Fact]
    public void Overdue_windows_list_only_overdue_activities_and_stop_after_the_horizon()
    {
        var week = Select("2024-W41-overdue");
        Assert.Equal([-1, -2], week["Direktör"]);
        Assert.Equal([-9], week["Biträdande direktör"]);
        Assert.Equal([-4], week["Ekonomichef"]);
        Assert.False(week.ContainsKey("Avd- Myndighet och Kvalité")); // the 2021 activity is past the 365-day horizon
    }

    [Fact]
    public void Escalations_list_what_was_due_at_that_quarter_end_and_is_still_open()
    {
        var escalation = Select("2024-Q3-escalation");
        Assert.Equal([-1, -2], escalation["Direktör"]);
        Assert.Equal([-4], escalation["Ekonomichef"]);
        Assert.False(escalation.ContainsKey("Avd- Myndighet och Kvalité")); // "Q3 Q4" is not late until Q4 has ended
    }
}
