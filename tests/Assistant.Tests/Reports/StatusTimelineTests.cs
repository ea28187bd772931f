using Assistant.Bot.Plans;
using Assistant.Bot.Reports;

namespace Assistant.Tests.Reports;

public sealed class StatusTimelineTests
{
    private static readonly DateTimeOffset Imported = new(2024, 9, 5, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2024, 10, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void No_history_is_the_imported_status_with_the_import_time()
    {
        var activity = Activity(ActivityStatus.InProgress, "Pågår", "som i dokumentet");
        var status = StatusTimeline.Resolve(activity, Later, Imported);
        Assert.Equal(new StatusAt(ActivityStatus.InProgress, "Pågår", "som i dokumentet", "import", Imported, StatusChannel.Import), status);
    }

    [Fact]
    public void An_import_record_holds_even_before_its_import_time()
    {
        // The 2024 follow-up says "per 31 August"; it may be imported years later and still tells how it stood.
        var activity = Activity(ActivityStatus.Done, "Klart", "klar");
        activity.History.Add(new StatusChange { To = ActivityStatus.Done, UserId = "import", At = Later, Channel = StatusChannel.Import });
        var status = StatusTimeline.Resolve(activity, Imported, Imported);
        Assert.Equal((ActivityStatus.Done, "klar", "import", Later), (status.Status!.Value, status.Comment, status.ReportedBy, status.ReportedAt!.Value));
    }

    [Fact]
    public void Before_the_first_recorded_change_the_status_is_what_it_changed_from()
    {
        var activity = Activity(ActivityStatus.Done, null, "nu klar");
        activity.History.Add(new StatusChange { From = ActivityStatus.Remains, To = ActivityStatus.Done, Comment = "nu klar", UserId = "u1", UserName = "Ulla", At = Later, Channel = StatusChannel.Card });

        var before = StatusTimeline.Resolve(activity, Later, Imported);
        Assert.Equal(new StatusAt(ActivityStatus.Remains, "Kvarstår", null, "import", Imported, StatusChannel.Import), before);
        var after = StatusTimeline.Resolve(activity, Later.AddTicks(1), Imported);
        Assert.Equal(new StatusAt(ActivityStatus.Done, "Klart", "nu klar", "Ulla", Later, StatusChannel.Card), after);
    }

    [Fact]
    public void The_latest_change_before_the_cutoff_wins_and_a_missing_name_shows_the_user_id()
    {
        var activity = Activity(ActivityStatus.Done, null, null);
        activity.History.Add(new StatusChange { Id = 2, From = ActivityStatus.InProgress, To = ActivityStatus.Done, UserId = "29:x", At = Later, Channel = StatusChannel.Chat });
        activity.History.Add(new StatusChange { Id = 1, From = ActivityStatus.NotStarted, To = ActivityStatus.InProgress, UserId = "29:y", UserName = "Yvonne", At = Imported.AddDays(1), Channel = StatusChannel.Card });

        Assert.Equal(("Pågår", "Yvonne"), Pick(StatusTimeline.Resolve(activity, Later, Imported)));
        Assert.Equal(("Klart", "29:x"), Pick(StatusTimeline.Resolve(activity, Later.AddDays(1), Imported)));
    }

    [Fact]
    public void A_status_word_outside_the_canonical_ones_is_printed_as_written()
    {
        var activity = Activity(null, "Fortsätter från 2015", null);
        Assert.Equal("Fortsätter från 2015", StatusTimeline.Resolve(activity, Later, Imported).StatusText);
        Assert.Equal("Ingen status", StatusTimeline.Resolve(Activity(null, null, null), Later, Imported).StatusText);
    }

    private static (string, string) Pick(StatusAt status) => (status.StatusText, status.ReportedBy);

    private static PlanActivity Activity(ActivityStatus? status, string? raw, string? comment) =>
        new() { ExternalKey = "k", Title = "t", Status = status, StatusRaw = raw, Comment = comment };
}
