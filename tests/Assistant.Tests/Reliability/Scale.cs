using System.Globalization;

namespace Assistant.Tests.Reliability;

/// <summary>
/// Sizes of the reliability runs: small enough for CI by default; bench/run-*.sh sets BENCH_* for the full runs
/// (10,000 owners at 50/s, 10,000 hostile activities) and BENCH_RESULTS to collect the figures in a file.
/// </summary>
internal static class Scale
{
    public static int Owners => Int("BENCH_OWNERS", 300);

    public static int Rate => Int("BENCH_RATE", 100);

    /// <summary>Database of the fan-out run: "sqlite" (default) or "postgres".</summary>
    public static string Provider => System.Environment.GetEnvironmentVariable("BENCH_PROVIDER") is "postgres" ? "postgres" : "sqlite";

    public static int HostileCount => Int("BENCH_HOSTILE", 3_000);

    /// <summary>Seconds the connector answers 503 in the outage test.</summary>
    public static int OutageSeconds => Int("BENCH_OUTAGE_SECONDS", 4);

    public static double Floor => (double)Owners / Rate;

    /// <summary>Writes a figure to the test output and, when BENCH_RESULTS names a file, appends it there.</summary>
    public static void Report(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        if (System.Environment.GetEnvironmentVariable("BENCH_RESULTS") is { Length: > 0 } file)
        {
            File.AppendAllText(file, line + System.Environment.NewLine);
        }
    }

    private static int Int(string name, int fallback) =>
        int.TryParse(System.Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
