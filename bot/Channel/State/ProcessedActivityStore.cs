using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Storage;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

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
    public async Task<bool> TryClaimAsync(string key, CancellationToken cancellationToken) =>
        (await TryClaimManyAsync([key], cancellationToken)).Contains(key);

    /// <summary>
    /// Records many keys in one statement (INSERT ... ON CONFLICT DO NOTHING RETURNING, which PostgreSQL and SQLite
    /// 3.35+ both speak) and returns those that were new. A key given twice is new at most once.
    /// </summary>
    public async Task<IReadOnlySet<string>> TryClaimManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var sqlHelper = db.GetService<ISqlGenerationHelper>();
        string Quote(string identifier) => sqlHelper.DelimitIdentifier(identifier);
        var entity = db.Model.FindEntityType(typeof(ProcessedActivity))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindProperty(nameof(ProcessedActivity.Key))!.GetColumnName(table)!;
        var received = entity.FindProperty(nameof(ProcessedActivity.ReceivedAt))!.GetColumnName(table)!;
        var sql = new StringBuilder()
            .Append("INSERT INTO ").Append(Quote(table.Name)).Append(" (").Append(Quote(key)).Append(", ").Append(Quote(received)).Append(") VALUES ");
        var parameters = new object[distinct.Count * 2];
        var now = time.GetUtcNow();
        for (var i = 0; i < distinct.Count; i++)
        {
            sql.Append(i == 0 ? "({" : ", ({").Append(2 * i).Append("}, {").Append((2 * i) + 1).Append("})");
            parameters[2 * i] = distinct[i];
            parameters[(2 * i) + 1] = now;
        }

        // EF turns the {n} placeholders into parameters of the provider.
        sql.Append(" ON CONFLICT (").Append(Quote(key)).Append(") DO NOTHING RETURNING ").Append(Quote(key)).Append(" AS ").Append(Quote("Value"));
        var claimed = await db.Database.SqlQueryRaw<string>(sql.ToString(), parameters).ToListAsync(cancellationToken);
        return claimed.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Forgets a claim whose turn failed, so that the channel's redelivery is handled.</summary>
    public Task ReleaseAsync(string key, CancellationToken cancellationToken) =>
        db.ProcessedActivities.Where(p => p.Key == key).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Deletes records older than <paramref name="age"/> (the channel redelivers within minutes).</summary>
    public async Task<int> PruneAsync(TimeSpan age, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - age;
        if (!db.Database.IsSqlite())
        {
            return await db.ProcessedActivities.Where(p => p.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        }

        // EF Core's SQLite provider cannot compare DateTimeOffset in SQL: the old keys are picked here (the embedded
        // database of a small installation holds a few days of activity ids).
        var rows = await db.ProcessedActivities.AsNoTracking().Select(p => new { p.Key, p.ReceivedAt }).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var chunk in rows.Where(r => r.ReceivedAt < cutoff).Select(r => r.Key).Chunk(500))
        {
            count += await db.ProcessedActivities.Where(p => chunk.Contains(p.Key)).ExecuteDeleteAsync(cancellationToken);
        }

        return count;
    }
}
