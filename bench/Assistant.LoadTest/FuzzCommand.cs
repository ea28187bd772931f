using System.Diagnostics;
using System.Net.Http.Headers;
using Assistant.Tests.Reliability;

namespace Assistant.LoadTest;

/// <summary>
/// Posts generated hostile activities to /api/messages over real HTTP (8 at a time) and counts the answers: any 5xx
/// (other than 501 to an invoke no handler knows) or a dropped connection fails the run; then one plain question must
/// still be answered 200.
/// </summary>
public static class FuzzCommand
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var url = new Uri(new Uri(args.Required("url")), "/api/messages");
        var count = args.Int("count", 10_000);
        var generator = new HostileActivities(args.Required("service-url"), args.Int("seed", 1));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(generator.Take(count).ToList(), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (c, ct) =>
        {
            var status = await SendAsync(client, url, c, ct);
            statuses.AddOrUpdate($"{c.Kind} {status}", 1, (_, n) => n + 1);
            if (status is null || (status >= 500 && !(status == 501 && c.UnknownInvoke)))
            {
                failures.Enqueue($"{c.Kind}: {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"}");
            }
        });
        var after = await SendAsync(client, url, new HostileCase("after", System.Text.Encoding.UTF8.GetBytes(generator.Valid().ToJsonString()), "application/json"), CancellationToken.None);

        foreach (var (key, n) in statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{key,-40} {n}");
        }

        Console.WriteLine($"{count} hostile requests in {clock.Elapsed.TotalSeconds:F1} s; failures {failures.Count}; plain question afterwards: {after}");
        foreach (var failure in failures.Take(20))
        {
            Console.WriteLine("  " + failure);
        }

        return failures.IsEmpty && after == 200 ? 0 : 1;
    }

    private static async Task<int?> SendAsync(HttpClient client, Uri url, HostileCase c, CancellationToken ct)
    {
        using var content = new ByteArrayContent(c.Body);
        content.Headers.ContentType = c.ContentType is null ? null : MediaTypeHeaderValue.Parse(c.ContentType);
        try
        {
            using var response = await client.PostAsync(url, content, ct);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
