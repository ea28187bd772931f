using System.Globalization;
using System.Text;

namespace Assistant.LoadTest;

/// <summary>The markdown tables BENCHMARKS.md quotes: per level and target, and the ratios of the first target to the others.</summary>
public static class Report
{
    public static string Markdown(IReadOnlyList<LevelResult> results, IReadOnlyDictionary<string, long> idle, IReadOnlyList<string> targets)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("| target | conversations | req/s | p50 ms | p99 ms | CPU ms/req | errors | peak RSS MiB |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(c, $"| {r.Target} | {r.Users} | {r.Throughput:F0} | {r.P50:F2} | {r.P99:F2} | {r.CpuMsPerRequest:F3} | {r.Errors}{(r.Statuses.Length > 0 ? " (" + r.Statuses + ")" : "")} | {(r.PeakRssKiB > 0 ? (r.PeakRssKiB / 1024.0).ToString("F0", c) : "-")} |");
        }

        if (targets.Count > 1)
        {
            var first = targets[0];
            text.AppendLine();
            text.Append(c, $"| conversations |");
            foreach (var other in targets.Skip(1))
            {
                text.Append(c, $" {first}/{other} req/s | {first}/{other} p99 | {first}/{other} CPU/req |");
            }

            text.AppendLine();
            text.AppendLine("|---:|" + string.Concat(Enumerable.Repeat("---:|---:|---:|", targets.Count - 1)));
            foreach (var level in results.Select(r => r.Users).Distinct())
            {
                var mine = results.Single(r => r.Users == level && r.Target == first);
                text.Append(c, $"| {level} |");
                foreach (var other in targets.Skip(1))
                {
                    var theirs = results.Single(r => r.Users == level && r.Target == other);
                    text.Append(c, $" {mine.Throughput / theirs.Throughput:F3} | {mine.P99 / theirs.P99:F2} | {mine.CpuMsPerRequest / theirs.CpuMsPerRequest:F1} |");
                }

                text.AppendLine();
            }
        }

        text.AppendLine();
        text.AppendLine(string.Join(", ", idle.Select(i => string.Create(c, $"{i.Key} idle RSS {i.Value / 1024.0:F0} MiB"))));
        return text.ToString();
    }
}
