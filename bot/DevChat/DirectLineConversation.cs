using System.Globalization;
using System.Text.Json.Nodes;

namespace Assistant.Bot.DevChat;

/// <summary>
/// One conversation: its user and its activity log. The watermark is the sequence number of the next entry; an updated
/// activity is logged again under its old id, so a client that polls sees the new version (Web Chat replaces by id).
/// Thread-safe; bounded to <c>maxActivities</c> entries (the oldest go first).
/// </summary>
public sealed class DirectLineConversation(string id, DirectLineUser user, DateTimeOffset createdAt, int maxActivities)
{
    private readonly Lock _lock = new();
    private readonly List<(long Sequence, JsonObject Activity)> _log = [];
    private long _nextSequence;
    private long _nextActivityNumber;

    public string Id { get; } = id;

    public DirectLineUser User { get; } = user;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset LastUsedAt { get; private set; } = createdAt;

    /// <summary>True once a client started it and the bot was told the user joined.</summary>
    public bool Started { get; private set; }

    public void Touch(DateTimeOffset now)
    {
        lock (_lock)
        {
            LastUsedAt = now > LastUsedAt ? now : LastUsedAt;
        }
    }

    /// <returns>True the first time only.</returns>
    public bool MarkStarted()
    {
        lock (_lock)
        {
            var first = !Started;
            Started = true;
            return first;
        }
    }

    /// <summary>Gives the activity its id ("{conversationId}|0000001", set on the argument too) and logs a copy.</summary>
    public string Append(JsonObject activity)
    {
        lock (_lock)
        {
            var activityId = string.Create(CultureInfo.InvariantCulture, $"{Id}|{++_nextActivityNumber:D7}");
            activity["id"] = activityId;
            Log(activity.DeepClone().AsObject());
            return activityId;
        }
    }

    /// <summary>Replaces an activity (logged again under its id, keeping its timestamp); false when it is not known.</summary>
    public bool Replace(string activityId, JsonObject activity, Func<JsonObject, bool> mayReplace)
    {
        lock (_lock)
        {
            var current = FindLocked(activityId);
            if (current is null || !mayReplace(current))
            {
                return false;
            }

            var copy = activity.DeepClone().AsObject();
            copy["id"] = activityId;
            copy["timestamp"] = current["timestamp"]?.DeepClone();
            Log(copy);
            return true;
        }
    }

    /// <summary>The latest version of an activity, a copy.</summary>
    public JsonObject? Find(string activityId)
    {
        lock (_lock)
        {
            return FindLocked(activityId)?.DeepClone().AsObject();
        }
    }

    /// <summary>The current version of every activity, newest first (copies).</summary>
    public IReadOnlyList<JsonObject> Latest() => CurrentNewestFirst(_ => true, int.MaxValue);

    /// <summary>The newest activity (current version) that matches, a copy; the match runs on the log itself, under its lock.</summary>
    public JsonObject? FindNewest(Func<JsonObject, bool> match) => CurrentNewestFirst(match, 1).FirstOrDefault();

    private List<JsonObject> CurrentNewestFirst(Func<JsonObject, bool> match, int take)
    {
        lock (_lock)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var result = new List<JsonObject>();
            for (var i = _log.Count - 1; i >= 0 && result.Count < take; i--)
            {
                var activity = _log[i].Activity;
                if (seen.Add((string?)activity["id"] ?? string.Empty) && match(activity))
                {
                    result.Add(activity.DeepClone().AsObject());
                }
            }

            return result;
        }
    }

    /// <summary>The entries logged at or after <paramref name="watermark"/> (copies) and the next watermark.</summary>
    public (IReadOnlyList<JsonObject> Activities, long Watermark) Read(long watermark)
    {
        lock (_lock)
        {
            var activities = _log.Where(e => e.Sequence >= watermark).Select(e => e.Activity.DeepClone().AsObject()).ToList();
            return (activities, _nextSequence);
        }
    }

    private JsonObject? FindLocked(string activityId)
    {
        for (var i = _log.Count - 1; i >= 0; i--)
        {
            if (string.Equals((string?)_log[i].Activity["id"], activityId, StringComparison.Ordinal))
            {
                return _log[i].Activity;
            }
        }

        return null;
    }

    private void Log(JsonObject activity)
    {
        _log.Add((_nextSequence++, activity));
        if (_log.Count > maxActivities)
        {
            _log.RemoveRange(0, _log.Count - maxActivities);
        }
    }
}
