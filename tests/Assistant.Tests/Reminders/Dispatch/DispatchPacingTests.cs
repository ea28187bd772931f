using System.Diagnostics;
using Assistant.Bot.Channel.Connector;
using Assistant.Bot.Reminders.Dispatch;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Assistant.Tests.Reminders.Dispatch;

/// <summary>The fan-out's rate gate and its retry through database outages, without a database or a network.</summary>
public sealed class DispatchPacingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_rate_gate_lets_a_tenth_of_a_second_burst_through_and_then_paces_at_the_rate()
    {
        var gate = new DispatchRateGate(Options.Create(new ConnectorOptions { RequestsPerSecondPerTenant = 40 }));
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 4; i++)
        {
            await gate.WaitAsync("tenant", Cancel);
        }

        var burst = watch.Elapsed;
        for (var i = 0; i < 20; i++)
        {
            await gate.WaitAsync("tenant", Cancel);
        }

        // 4 tokens at once (0.1 s of 40/s), then 20 more at 40/s: at least 0.5 s however fast the machine.
        Assert.True(burst < TimeSpan.FromSeconds(0.1), $"the burst took {burst}");
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.45), $"24 tokens at 40/s took only {watch.Elapsed}");
    }

    [Fact]
    public async Task A_token_given_back_is_the_next_waiters()
    {
        var gate = new DispatchRateGate(Options.Create(new ConnectorOptions { RequestsPerSecondPerTenant = 10 }));
        (await gate.WaitAsync(null, Cancel)).Return();
        var watch = Stopwatch.StartNew();
        await gate.WaitAsync(null, Cancel);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(0.05), $"a returned token should be there at once, waited {watch.Elapsed}");
    }

    [Fact]
    public async Task Transient_store_errors_are_retried_until_the_operation_succeeds()
    {
        var calls = 0;
        var retries = new List<int>();
        var result = await StoreRetry.RunAsync(
            () => ++calls < 3 ? throw new InvalidOperationException("wrapped", new SqliteException("database is locked", 5)) : Task.FromResult(calls),
            TimeSpan.FromSeconds(10),
            (_, attempt) => retries.Add(attempt),
            Cancel);

        Assert.Equal(3, result);
        Assert.Equal([1, 2], retries);
    }

    [Fact]
    public async Task Other_errors_are_not_retried()
    {
        var calls = 0;
        await Assert.ThrowsAsync<InvalidOperationException>(() => StoreRetry.RunAsync<int>(
            () => { calls++; throw new InvalidOperationException("a bug, not an outage"); },
            TimeSpan.FromSeconds(10),
            (_, _) => { },
            Cancel));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task An_outage_longer_than_the_budget_ends_with_the_last_error()
    {
        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<TimeoutException>(() => StoreRetry.RunAsync<int>(
            () => throw new TimeoutException("no server"),
            TimeSpan.FromSeconds(0.5),
            (_, _) => { },
            Cancel));

        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.2), TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(6, true)]
    [InlineData(19, false)]
    public void SQLite_busy_and_locked_are_transient_a_constraint_is_not(int code, bool transient) =>
        Assert.Equal(transient, StoreRetry.IsTransient(new SqliteException("sqlite", code)));
}
