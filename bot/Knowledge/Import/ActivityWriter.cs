using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge.Extraction;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Knowledge.Import;

/// <summary>
/// Stores a document's activities, upserted by <see cref="PlanActivity.ExternalKey"/> (plan, goal, title) so that an
/// activity keeps its id and status history across re-imports.
/// <para>
/// Status and comment: the document is news only where it says something else than it said at the last import
/// (the last <see cref="StatusChannel.Import"/> change). Then the status and comment are set and a
/// <see cref="StatusChange"/> with channel Import is written. Where the document says what it said before, a status
/// recorded since through a card or the chat is left alone: re-importing an old file does not undo an owner's update.
/// </para>
/// <para>
/// An activity another document of the same plan already gave (another extraction of it) stays with that document:
/// the first extraction of a plan to give a fact keeps it.
/// </para>
/// </summary>
public sealed class ActivityWriter(AssistantDbContext db, TimeProvider time)
{
    public const string ImportUser = "import";

    /// <returns>How many activities the document holds now, and how many it left to another document of its plan.</returns>
    public async Task<(int Stored, int HeldElsewhere)> WriteAsync(KnowledgeDocument document, IReadOnlyList<ExtractedActivity> extracted, CancellationToken cancellationToken)
    {
        var keyed = Keys(document.PlanKey!, extracted);
        var keys = keyed.Select(k => k.Key).ToList();
        var byKey = await db.Activities.Where(a => keys.Contains(a.ExternalKey) || a.DocumentId == document.Id).ToListAsync(cancellationToken);
        var own = byKey.Where(a => a.DocumentId == document.Id).ToList();
        var lookup = byKey.GroupBy(a => a.ExternalKey).ToDictionary(g => g.Key, g => g.First());
        var ownIds = own.Select(a => a.Id).ToList();
        var lastImport = (await db.StatusChanges.AsNoTracking()
                .Where(s => ownIds.Contains(s.ActivityId) && s.Channel == StatusChannel.Import)
                .Select(s => new { s.Id, s.ActivityId, s.To, s.Comment })
                .ToListAsync(cancellationToken))
            .GroupBy(s => s.ActivityId)
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.Id)!);

        var now = time.GetUtcNow();
        var stored = 0;
        var elsewhere = 0;
        foreach (var (key, item) in keyed)
        {
            if (lookup.TryGetValue(key, out var activity) && activity.DocumentId != document.Id)
            {
                elsewhere++;
                continue;
            }

            if (activity is null)
            {
                activity = new PlanActivity { DocumentId = document.Id, ExternalKey = key, Title = item.Title };
                db.Activities.Add(activity);
                lookup[key] = activity;
            }

            Fill(activity, item);
            var last = activity.Id == 0 ? null : lastImport.GetValueOrDefault(activity.Id);
            var documentSaysNew = last is null
                ? item.Status is not null || item.Comment is not null
                : last.To != item.Status || !string.Equals(last.Comment, item.Comment, StringComparison.Ordinal);
            if (documentSaysNew)
            {
                db.StatusChanges.Add(new StatusChange
                {
                    Activity = activity,
                    From = activity.Status,
                    To = item.Status,
                    Comment = item.Comment,
                    UserId = ImportUser,
                    UserName = document.SourceFile,
                    At = now,
                    Channel = StatusChannel.Import,
                });
                activity.Status = item.Status;
                activity.StatusRaw = item.StatusRaw;
                activity.Comment = item.Comment;
                activity.StatusChangedAt = now;
                activity.StatusChangedBy = ImportUser;
            }

            stored++;
        }

        var gone = own.Where(a => !keys.Contains(a.ExternalKey)).ToList();
        db.Activities.RemoveRange(gone);
        return (stored, elsewhere);
    }

    private static void Fill(PlanActivity activity, ExtractedActivity item)
    {
        activity.Ordinal = item.Ordinal;
        activity.Perspective = item.Perspective;
        activity.Goal = item.Goal;
        activity.TableName = item.Table is { Length: > PlanActivity.TableNameMaxLength } t ? t[..PlanActivity.TableNameMaxLength] : item.Table;
        activity.Title = item.Title;
        activity.Description = item.Description;
        activity.Owners = [.. item.Owners];
        activity.OwnerKeys = [.. item.Owners.Select(OwnerName.Normalize)];
        activity.Deadline = item.Deadline;
    }

    /// <summary>Each activity's key; the second of two with the same goal and title gets "-2", and so on.</summary>
    private static List<(string Key, ExtractedActivity Item)> Keys(string planKey, IReadOnlyList<ExtractedActivity> extracted)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<(string, ExtractedActivity)>();
        foreach (var item in extracted)
        {
            var key = KnowledgeKeys.ActivityKey(planKey, item.Goal, item.Title);
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            result.Add((n == 1 ? key : $"{key}-{n}", item));
        }

        return result;
    }
}
