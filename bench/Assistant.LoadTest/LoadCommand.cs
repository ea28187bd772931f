using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Assistant.LoadTest;

/// <summary>
/// Closed-loop load: N virtual users (one conversation each) post a message, wait for the 200, post the next, for a
/// fixed time. Targets are measured one after the other at each level, in the same run, so ratios share the noise.
/// </summary>
public static class LoadCommand
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var targets = args.Pairs("target");
        var pids = args.Pairs("pid");
        var serviceUrl = args.Required("service-url");
        var levels = (args.Get("concurrency") ?? "1,10,50,200").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var duration = TimeSpan.FromSeconds(args.Int("duration", 10));
        var warmup = TimeSpan.FromSeconds(args.Int("warmup", 10));

        // The first level also warms each process up from cold: a .NET target's tiered JIT needs 20-40 s of load to settle.
        var firstWarmup = TimeSpan.FromSeconds(args.Int("first-warmup", 30));
        string[] questions = args.Get("text") is { } fixedText ? [fixedText] : Activities.Questions;
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 4096, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        var idle = pids.ToDictionary(p => p.Key, p => Memory.RssKiB(int.Parse(p.Value, CultureInfo.InvariantCulture)));
        var results = new List<LevelResult>();
        foreach (var level in levels)
        {
            foreach (var (name, url) in targets)
            {
                await RunLevelAsync(client, url, serviceUrl, questions, level, level == levels[0] ? firstWarmup : warmup, null);
                var pid = pids.TryGetValue(name, out var p) ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;
                var result = await RunLevelAsync(client, url, serviceUrl, questions, level, duration, pid);
                results.Add(result with { Target = name });
                Console.Error.WriteLine(Format(result with { Target = name }));
            }
        }

        Console.WriteLine(Report.Markdown(results, idle, [.. targets.Keys]));
        return results.Any(r => r.Errors > 0) ? 1 : 0;
    }

    private static async Task<LevelResult> RunLevelAsync(HttpClient client, string baseUrl, string serviceUrl, string[] questions, int users, TimeSpan duration, int? pid)
    {
        var endpoint = new Uri(new Uri(baseUrl), "/api/messages");
        var latencies = new List<double>[users];
        var errors = 0L;
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, long>();
        using var stop = new CancellationTokenSource(duration);
        var peak = 0L;
        var sampler = pid is { } id ? Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, Memory.RssKiB(id));
                await Task.Delay(200, CancellationToken.None);
            }
        }) : Task.CompletedTask;

        var cpuBefore = pid is { } cpuPid ? Memory.CpuSeconds(cpuPid) : 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(u => Task.Run(async () =>
        {
            var mine = latencies[u] = new List<double>(4096);
            var user = (users * 1000) + u;
            for (long seq = 0; !stop.IsCancellationRequested; seq++)
            {
                var body = Activities.Message(serviceUrl, user, seq, questions[(u + seq) % questions.Length]).ToJsonString();
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.PostAsync(endpoint, content, CancellationToken.None);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                    else
                    {
                        statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpu = pid is { } after ? Memory.CpuSeconds(after) - cpuBefore : double.NaN;
        await sampler;

        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LevelResult("", users, all.Length, errors, all.Length / elapsed, Percentile(all, 0.50), Percentile(all, 0.99), peak,
            string.Join(' ', statuses.Select(s => $"{s.Key}x{s.Value}")), all.Length == 0 ? double.NaN : cpu * 1000 / all.Length);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Format(LevelResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Target,-8} c={r.Users,-4} {r.Throughput,9:F0} req/s  p50 {r.P50,7:F2} ms  p99 {r.P99,7:F2} ms  ok {r.Ok}  errors {r.Errors} {r.Statuses}  cpu {r.CpuMsPerRequest:F3} ms/req  rss {r.PeakRssKiB / 1024} MiB");
}

/// <summary>One target at one concurrency; CPU is the target process's user + system time per answered request.</summary>
public sealed record LevelResult(string Target, int Users, long Ok, long Errors, double Throughput, double P50, double P99, long PeakRssKiB, string Statuses, double CpuMsPerRequest);
