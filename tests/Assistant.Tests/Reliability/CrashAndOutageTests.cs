using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Tests.Infrastructure;

namespace Assistant.Tests.Reliability;

/// <summary>
/// Faults during the fan-out of the real bot executable, counted at the stand-in connector: the process killed
/// (SIGKILL) mid-run and run again, and the connector answering 503 for a while.
/// </summary>
[Collection(ReliabilityCollection.Name)]
[Trait("Category", "Integration")]
public sealed class CrashAndOutageTests(PostgresServer postgres)
{
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    /// <summary>Rows posted but not yet marked when the process dies go out again (the Bot Connector has no idempotency
    /// key). The dispatcher claims a row only with a rate token in hand (a burst of at most 0.1 s of the rate), so few
    /// are ever in flight; every double must also be one the next run knew it might be doubling (Resent).</summary>
    private const int InFlightBound = 8;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Killed_in_the_middle_of_the_fan_out_and_run_again_loses_nothing(string provider)
    {
        await using var connector = await StandInConnectorServer.StartAsync(rate: Scale.Rate);
        var setup = await FanOutSetup.CreateAsync(Scale.Owners, connector.ServiceUrl, Scale.Rate, provider == "postgres" ? await postgres.CreateDatabaseAsync() : null);

        var first = await setup.RemindAsync(TimeSpan.FromSeconds((Scale.Floor * 3) + 60), killWhen: () => connector.Messages >= setup.Owners / 3);
        var atKill = FanOutCount.Of(connector, setup.Owners);
        Assert.True(first.Killed, "the first run should have been killed mid-way: " + first.Output[^Math.Min(2000, first.Output.Length)..]);
        Assert.InRange(atKill.Reached, 1, setup.Owners - 1);

        // The rows the dead process held wait for their lease (Reminders:LeaseSeconds = 10 here).
        await Task.Delay(TimeSpan.FromSeconds(11), TestContext.Current.CancellationToken);
        var second = await setup.RemindAsync(TimeSpan.FromSeconds((Scale.Floor * 3) + 60));

        var count = FanOutCount.Of(connector, setup.Owners);
        var resent = ResentIn(second.Output);
        Scale.Report($"kill -9 ({provider}) at {atKill.Reached} of {setup.Owners}, then run again: {count}; resent as possibly delivered {resent}");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(0, count.Lost);
        Assert.InRange(count.Doubled, 0, Math.Min(InFlightBound, resent));
    }

    /// <summary>The count `remind` prints of rows it found InFlight after a crash and sent again (0 when it prints none).</summary>
    internal static int ResentIn(string output) =>
        Regex.Match(output, @"skickade igen efter avbrott \(kan ha nått fram förut\): (\d+)") is { Success: true } match
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : 0;

    [Fact]
    public async Task A_connector_answering_503_for_a_while_delays_the_fan_out_without_losing_or_doubling()
    {
        await using var connector = await StandInConnectorServer.StartAsync(rate: Scale.Rate, fail503From: 0.5, fail503For: Scale.OutageSeconds);
        var setup = await FanOutSetup.CreateAsync(Scale.Owners, connector.ServiceUrl, Scale.Rate);

        // Like the recurring job: run, and run again while something is left (rows refused too long back off under their lease).
        var runs = 0;
        var deadline = DateTimeOffset.UtcNow.AddSeconds((Scale.Floor * 3) + (Scale.OutageSeconds * 4) + 60);
        do
        {
            if (runs++ > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
            }

            await setup.RemindAsync(TimeSpan.FromSeconds((Scale.Floor * 3) + 60), extra: new Dictionary<string, string> { ["Reminders__LeaseSeconds"] = "10" });
        }
        while (FanOutCount.Of(connector, setup.Owners).Lost > 0 && DateTimeOffset.UtcNow < deadline);

        var count = FanOutCount.Of(connector, setup.Owners);
        Scale.Report(string.Create(CultureInfo.InvariantCulture, $"connector 503 for {Scale.OutageSeconds} s from 0.5 s after its first request: {count}; remind runs {runs}"));
        Assert.True(count.Unavailable > 0, "the outage should have refused some sends");
        Assert.Equal(0, count.Lost);
        Assert.Equal(0, count.Doubled);
    }
}
