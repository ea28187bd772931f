using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Channel.State;

/// <summary>
/// Activity ids already handled, in the database so that a redelivery after a restart or on another instance is still
/// recognised (the idempotency table of dotnet/eShop's Ordering.Infrastructure). The primary key decides races.
/// </summary>
public sealed class ProcessedActivityStore(AssistantDbContext db, TimeProvider time)
{
    /// <summary>channelId + conversation id + activity id; null when the activity has no id to recognise it by.</summary>
    public static string? KeyOf(Activity activity) =>
        string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : $"{activity.ChannelId}|{activity.Conversation.Id}|{activity.Id}";

    /// <summary>Records the key; false when it was recorded before (a redelivery).</summary>
    public async Task<bool> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        db.ProcessedActivities.Add(new ProcessedActivity { Key = key, ReceivedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.ProcessedActivities.AnyAsync(p => p.Key == key, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    /// <summary>Forgets a claim whose turn failed, so that the channel's redelivery is handled.</summary>
    public Task ReleaseAsync(string key, CancellationToken cancellationToken) =>
        db.ProcessedActivities.Where(p => p.Key == key).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Deletes records older than <paramref name="age"/> (the channel redelivers within minutes).</summary>
    public async Task<int> PruneAsync(TimeSpan age, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - age;
        return await db.ProcessedActivities.Where(p => p.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
