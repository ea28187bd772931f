using System.Globalization;

namespace Assistant.StandInConnector;

/// <summary>Command line of the stand-in connector.</summary>
public sealed record ConnectorOptions(int Port, double Rate, double Fail503From, double Fail503For)
{
    public static ConnectorOptions Parse(string[] args)
    {
        string? Get(string name)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        double Number(string name, double fallback) =>
            Get(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

        return new ConnectorOptions((int)Number("port", 5901), Number("rate", 0), Number("fail-503-from", 0), Number("fail-503-for", 0));
    }
}
