using Assistant.Tests.Infrastructure;

namespace Assistant.Tests.Reliability;

/// <summary>
/// PostgreSQL restarted in the middle of the real bot's fan-out, on a dedicated server (the shared one serves other
/// tests): the run in progress rides the outage out and finishes the work, nothing lost or doubled; counted at the
/// stand-in connector.
/// </summary>
[Collection(ReliabilityCollection.Name)]
[Trait("Category", "Integration")]
public sealed class PostgresRestartTests
{
    [Fact]
    public async Task PostgreSQL_restarted_during_the_fan_out_loses_nothing()
    {
        await using var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        postgres.EnsureAvailable();
        await using var connector = await StandInConnectorServer.StartAsync(rate: Scale.Rate);
        var setup = await FanOutSetup.CreateAsync(Scale.Owners, connector.ServiceUrl, Scale.Rate, await postgres.CreateDatabaseAsync());
        var ct = TestContext.Current.CancellationToken;

        var first = setup.RemindAsync(TimeSpan.FromSeconds((Scale.Floor * 3) + 60));
        while (connector.Messages < setup.Owners / 3 && !first.IsCompleted)
        {
            await Task.Delay(10, ct);
        }

        await postgres.StopAsync();
        var atStop = FanOutCount.Of(connector, setup.Owners);
        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        await postgres.RestartAsync();
        var firstRun = await first;

        // Whatever the first run could not finish waits for its lease (10 s), then the next run sends it.
        var runs = 1;
        while (FanOutCount.Of(connector, setup.Owners).Lost > 0 && runs < 6)
        {
            await Task.Delay(TimeSpan.FromSeconds(11), ct);
            await setup.RemindAsync(TimeSpan.FromSeconds((Scale.Floor * 3) + 60));
            runs++;
        }

        var count = FanOutCount.Of(connector, setup.Owners);
        Scale.Report($"PostgreSQL stopped at {atStop.Reached} of {setup.Owners} for 3 s, first run exit {firstRun.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "killed"}: {count}; remind runs {runs}");
        // The first run rides the outage out: claims, reads and Sent marks retry until the server is back.
        Assert.Equal(0, firstRun.ExitCode);
        Assert.Equal(0, count.Lost);
        Assert.Equal(0, count.Doubled);
    }
}
