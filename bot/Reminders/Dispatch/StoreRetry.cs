using System.Data.Common;
using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace Assistant.Bot.Reminders.Dispatch;

/// <summary>
/// Carries the dispatcher's database work through a short outage (PostgreSQL restarting, a SQLite file busy): transient
/// errors are retried with backoff (0.1 s doubling to 2 s) until the budget is spent, then the last one is thrown.
/// Everything retried here is safe to repeat: claims are conditional updates, marks are conditional on the lease.
/// </summary>
public static class StoreRetry
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(2);

    public static async Task<T> RunAsync<T>(Func<Task<T>> operation, TimeSpan budget, Action<Exception, int> onRetry, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var backoff = TimeSpan.FromMilliseconds(100);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation();
            }
            catch (Exception e) when (IsTransient(e) && watch.Elapsed + backoff < budget && !cancellationToken.IsCancellationRequested)
            {
                onRetry(e, attempt);
            }

            await Task.Delay(backoff, cancellationToken);
            backoff = backoff * 2 > MaxBackoff ? MaxBackoff : backoff * 2;
        }
    }

    /// <summary>A failure worth trying again: the server went away or is starting, the connection broke, the file was locked.</summary>
    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode is 5 or 6: // SQLITE_BUSY, SQLITE_LOCKED
                case DbException { IsTransient: true }:
                case TimeoutException or SocketException or IOException:
                    return true;
            }
        }

        return false;
    }
}
