using System.Globalization;
using Assistant.Tests.Infrastructure;

namespace Assistant.Tests.Reliability;

/// <summary>
/// The reminder fan-out of the real bot executable (`remind`, not a dry run) against a stand-in connector that
/// enforces a request rate with 429 + Retry-After: every owner reached once, close to the floor the rate sets.
/// </summary>
[Collection(ReliabilityCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ReminderFanOutTests
{
    [Fact]
    public async Task Fan_out_against_a_rate_limited_connector_reaches_every_owner_once_near_the_floor()
    {
        await using var connector = await StandInConnectorServer.StartAsync(rate: Scale.Rate);
        // SQLite by default; BENCH_PROVIDER=postgres runs it on a dedicated PostgreSQL server (bench/run-fanout.sh's third argument).
        await using var postgres = Scale.Provider == "postgres" ? new PostgresServer() : null;
        if (postgres is not null)
        {
            await postgres.InitializeAsync();
            postgres.EnsureAvailable();
        }

        var setup = await FanOutSetup.CreateAsync(Scale.Owners, connector.ServiceUrl, Scale.Rate, postgres is null ? null : await postgres.CreateDatabaseAsync());

        var started = DateTimeOffset.UtcNow;
        var run = await setup.RemindAsync(TimeSpan.FromSeconds((Scale.Floor * 3) + 60));

        var count = FanOutCount.Of(connector, setup.Owners);
        // Start-up and planning: from starting the process to the connector's first accepted message.
        var beforeFirst = connector.Stats()["firstAccepted"]?.GetValue<DateTimeOffset>() is { } first ? (first - started).TotalSeconds : double.NaN;
        Scale.Report(string.Create(CultureInfo.InvariantCulture,
            $"fan-out ({Scale.Provider}): {count}; floor {Scale.Floor:F1} s at {Scale.Rate}/s; first-to-last / floor {count.Seconds / Scale.Floor:F3}; process {run.Elapsed.TotalSeconds:F1} s, of which start-up and planning before the first send {beforeFirst:F1} s"));
        Assert.False(run.Killed, run.Output[^Math.Min(2000, run.Output.Length)..]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, count.Lost);
        Assert.Equal(0, count.Doubled);
        // The goal is within 5 % of the floor; CI machines are shared, so fail only past twice the floor plus start-up.
        Assert.True(count.Seconds < (Scale.Floor * 2) + 5, count.ToString());
    }
}
