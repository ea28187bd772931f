using Assistant.Bot.Plans;

namespace Assistant.Bot.Reports;

/// <summary>An activity's status as it stood at one moment, and who had set it.</summary>
/// <param name="Channel">Through which channel; null when the activity says who but keeps no history.</param>
internal sealed record StatusAt(ActivityStatus? Status, string StatusText, string? Comment, string ReportedBy, DateTimeOffset? ReportedAt, StatusChannel? Channel);

/// <summary>
/// Reads an activity's status at a moment from its history. Statuses read from the plan document are the baseline:
/// they hold from the start until the first change recorded after them, whenever the document was imported
/// (the 2024 follow-up states the status per 31 August even when imported later).
/// </summary>
internal static class StatusTimeline
{
    public const string ImportedBy = "import";

    /// <param name="cutoff">Changes strictly before this instant count.</param>
    /// <param name="importedAt">When the activity's document was imported (the time of a status with no history).</param>
    public static StatusAt Resolve(PlanActivity activity, DateTimeOffset cutoff, DateTimeOffset importedAt)
    {
        var history = Ordered(activity.History);
        if (history.Count == 0)
        {
            var person = activity.StatusChangedBy is { Length: > 0 } by && !string.Equals(by, ImportedBy, StringComparison.OrdinalIgnoreCase);
            return new StatusAt(
                activity.Status,
                Text(activity.Status, activity.StatusRaw),
                activity.Comment,
                person ? activity.StatusChangedBy! : ImportedBy,
                activity.StatusChangedAt ?? importedAt,
                person ? null : StatusChannel.Import);
        }

        var last = history.LastOrDefault(h => h.At < cutoff);
        var isCurrent = last is not null && ReferenceEquals(last, history[^1]);
        if (last is null)
        {
            var first = history[0];
            if (first.Channel != StatusChannel.Import)
            {
                // Changed only after the cutoff: before that it stood as imported; the imported comment is not kept.
                return new StatusAt(first.From, Text(first.From, null), null, ImportedBy, importedAt, StatusChannel.Import);
            }

            last = first;
            isCurrent = history.Count == 1;
        }

        var raw = isCurrent ? activity.StatusRaw : null;
        if (last.Channel == StatusChannel.Import)
        {
            var comment = last.Comment ?? (isCurrent ? activity.Comment : null);
            return new StatusAt(last.To, Text(last.To, raw), comment, ImportedBy, last.At, StatusChannel.Import);
        }

        return new StatusAt(last.To, Text(last.To, raw), last.Comment, Who(last), last.At, last.Channel);
    }

    /// <summary>Changes recorded in [from, to).</summary>
    public static IEnumerable<StatusChange> Between(PlanActivity activity, DateTimeOffset from, DateTimeOffset to) =>
        Ordered(activity.History).Where(h => h.At >= from && h.At < to);

    public static string Who(StatusChange change) =>
        change.Channel == StatusChannel.Import ? ImportedBy : (string.IsNullOrWhiteSpace(change.UserName) ? change.UserId : change.UserName);

    // The canonical word when the status is known; the source's own text (e.g. "Fortsätter från 2015") when not.
    private static string Text(ActivityStatus? status, string? raw) =>
        status is null && !string.IsNullOrWhiteSpace(raw) ? raw.Trim() : ReportStatuses.Word(status);

    private static List<StatusChange> Ordered(IEnumerable<StatusChange> history) => [.. history.OrderBy(h => h.At).ThenBy(h => h.Id)];
}
