using Assistant.Bot.Telemetry;
using Assistant.Bot.Conversation;
using Assistant.Bot.People;
using Assistant.Bot.Plans;
using Assistant.Bot.Storage;
using Assistant.Cards.Text;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.StatusUpdates;

public sealed partial class StatusRecorder(
    AssistantDbContext db,
    IOwnerDirectory directory,
    TimeProvider time,
    AssistantMetrics metrics,
    ILogger<StatusRecorder> logger,
    IEnumerable<IKnowledgeChanged> knowledgeReaders) : IStatusRecorder
{
    public async Task<StatusRecordResult> RecordAsync(
        int activityId,
        ActivityStatus? newStatus,
        string? comment,
        UserRef user,
        StatusChannel channel,
        string? submissionKey,
        CancellationToken cancellationToken)
    {
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken);
        if (activity is null)
        {
            return new StatusRecordResult(StatusRecordOutcome.NotFound, null, null);
        }

        if (!await MayChangeAsync(activity, user, cancellationToken))
        {
            LogRefused(logger, activityId, Channel.LogText.Clean(user.Id)!);
            return new StatusRecordResult(StatusRecordOutcome.Refused, activity, null);
        }

        if (submissionKey is not null && await EarlierAsync(submissionKey, cancellationToken) is { } earlier)
        {
            return new StatusRecordResult(StatusRecordOutcome.Duplicate, activity, earlier);
        }

        var now = time.GetUtcNow();
        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        var change = new StatusChange
        {
            ActivityId = activity.Id,
            From = activity.Status,
            To = newStatus ?? activity.Status,
            Comment = trimmed,
            UserId = user.AadObjectId ?? user.Id,
            UserName = user.Name,
            At = now,
            Channel = channel,
            SubmissionKey = submissionKey,
        };
        activity.Status = change.To;
        activity.StatusRaw = change.To is null ? activity.StatusRaw : ActivityLabels.Word(change.To, CardLanguage.Swedish);
        activity.Comment = trimmed ?? activity.Comment;
        activity.StatusChangedAt = now;
        activity.StatusChangedBy = user.Name ?? user.Id;
        db.StatusChanges.Add(change);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (submissionKey is not null)
        {
            // The same submission raced in on another request: the unique key kept it to one row.
            db.ChangeTracker.Clear();
            var first = await EarlierAsync(submissionKey, cancellationToken);
            if (first is null)
            {
                throw;
            }

            var current = await db.Activities.AsNoTracking().SingleAsync(a => a.Id == activityId, cancellationToken);
            return new StatusRecordResult(StatusRecordOutcome.Duplicate, current, first);
        }

        // This instance answers with the new status at once; others notice through their freshness check.
        knowledgeReaders.NotifyAll();
        metrics.StatusRecorded(change.To ?? ActivityStatus.NotStarted, channel.ToString().ToLowerInvariant());
        LogRecorded(logger, activity.Id, change.From?.ToString(), change.To?.ToString(), channel);
        return new StatusRecordResult(StatusRecordOutcome.Recorded, activity, change);
    }

    public async Task<bool> MayChangeAsync(PlanActivity activity, UserRef user, CancellationToken cancellationToken) =>
        await directory.IsAdminAsync(user, cancellationToken)
        || (activity.Owners.Count > 0 && (await directory.OwnerKeysOfAsync(user, activity.Owners, cancellationToken)).Count > 0);

    private Task<StatusChange?> EarlierAsync(string submissionKey, CancellationToken cancellationToken) =>
        db.StatusChanges.AsNoTracking().FirstOrDefaultAsync(s => s.SubmissionKey == submissionKey, cancellationToken);

    [LoggerMessage(EventId = 6150, Level = LogLevel.Information, Message = "Activity {ActivityId} status {From} -> {To} recorded ({Channel})")]
    private static partial void LogRecorded(ILogger logger, int activityId, string? from, string? to, StatusChannel channel);

    [LoggerMessage(EventId = 6151, Level = LogLevel.Warning, Message = "Status change of activity {ActivityId} refused for user {UserId}: not an owner or admin")]
    private static partial void LogRefused(ILogger logger, int activityId, string userId);
}
