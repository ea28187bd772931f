using Assistant.Bot.Conversation;
using Assistant.Bot.Plans;

namespace Assistant.Bot.StatusUpdates;

/// <summary>
/// Records a status change of an activity: only its owners (through the owner directory) or admins may; every change is
/// appended to the history; the same submission (same key) is recorded once.
/// </summary>
public interface IStatusRecorder
{
    /// <param name="newStatus">Null keeps the current status (a comment only).</param>
    /// <param name="submissionKey">Identity of the submission: a redelivery or double click with the same key is recorded once.</param>
    Task<StatusRecordResult> RecordAsync(
        int activityId,
        ActivityStatus? newStatus,
        string? comment,
        UserRef user,
        StatusChannel channel,
        string? submissionKey,
        CancellationToken cancellationToken);

    /// <summary>True when the user may change the activity (an owner of it, or an admin).</summary>
    Task<bool> MayChangeAsync(PlanActivity activity, UserRef user, CancellationToken cancellationToken);
}

public enum StatusRecordOutcome
{
    Recorded,

    /// <summary>The same submission was recorded before; nothing new was written.</summary>
    Duplicate,

    /// <summary>The user is neither an owner of the activity nor an admin; nothing changed.</summary>
    Refused,

    NotFound,
}

/// <param name="Activity">The activity after the change (or as it is, when refused or duplicate).</param>
/// <param name="Change">The history row: the new one, or the earlier one for a duplicate.</param>
public sealed record StatusRecordResult(StatusRecordOutcome Outcome, PlanActivity? Activity, StatusChange? Change)
{
    public bool Succeeded => Outcome is StatusRecordOutcome.Recorded or StatusRecordOutcome.Duplicate;
}
