namespace Assistant.Bot.Plans;

/// <summary>One recorded change of an activity's status: kept forever, never updated.</summary>
public sealed class StatusChange
{
    public long Id { get; set; }

    public int ActivityId { get; set; }

    public PlanActivity? Activity { get; set; }

    public ActivityStatus? From { get; set; }

    public ActivityStatus? To { get; set; }

    public string? Comment { get; set; }

    /// <summary>AAD object id, Teams user id or directory name of who made the change.</summary>
    public required string UserId { get; set; }

    public string? UserName { get; set; }

    public DateTimeOffset At { get; set; }

    public StatusChannel Channel { get; set; }

    /// <summary>Identity of the submission (e.g. activity id + card action), unique: a redelivery is recorded once.</summary>
    public string? SubmissionKey { get; set; }
}

public enum StatusChannel
{
    Import = 0,
    Card = 1,
    Chat = 2,
    Web = 3,
}
