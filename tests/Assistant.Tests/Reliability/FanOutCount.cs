using System.Globalization;

namespace Assistant.Tests.Reliability;

/// <summary>What the stand-in connector saw of a fan-out: owners reached, lost, doubled, and the time from first to last.</summary>
internal sealed record FanOutCount(int Owners, long Reached, long Doubled, long Throttled, long Unavailable, double Seconds)
{
    public long Lost => Owners - Reached;

    public static FanOutCount Of(StandInConnectorServer connector, int owners)
    {
        var stats = connector.Stats();
        return new FanOutCount(owners, stats["conversations"]!.GetValue<long>(), stats["doubled"]!.GetValue<long>(),
            stats["throttled"]!.GetValue<long>(), stats["unavailable"]!.GetValue<long>(), stats["seconds"]!.GetValue<double>());
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"owners {Owners}, reached {Reached}, lost {Lost}, doubled {Doubled}, 429s {Throttled}, 503s {Unavailable}, first to last {Seconds:F1} s");
}
