using System.Collections.Concurrent;
using System.Text;
using Assistant.Bot.Plans;
using Assistant.Bot.Hosting;
using Assistant.Bot.Telemetry;
using Assistant.Tests.Channel.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Assistant.Tests.Infrastructure;

namespace Assistant.Tests.Hosting;

/// <summary>OpenTelemetry is off without OTEL_EXPORTER_OTLP_ENDPOINT and exports over OTLP/HTTP to it when set.</summary>
[Trait("Category", "Integration")]
public sealed class TelemetryExportTests
{
    [Fact]
    public async Task Without_an_endpoint_nothing_is_registered()
    {
        await using var factory = TestApp.Start();
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.NotNull(factory.Services.GetService<AssistantMetrics>());
    }

    [Fact]
    public async Task With_an_endpoint_traces_and_our_metrics_reach_an_otlp_receiver()
    {
        var received = new ConcurrentBag<(string Path, byte[] Body)>();
        var (receiver, address) = await StartReceiverAsync(received);
        await using var _ = receiver;
        const string secret = "sentinel-secret-0f9e8d";

        await using (var factory = TestApp.Start(new() { Settings = new Dictionary<string, string?>
        {
            [TelemetryServiceCollectionExtensions.OtlpEndpointKey] = address,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OpenTelemetry:ServiceName"] = "assistant-test",
            ["MicrosoftAppId"] = "0b7c8a3e-4f2d-4e1a-9c3b-2d5e6f7a8b9c",
            ["MicrosoftAppPassword"] = secret,
        } }))
        {
            Assert.NotNull(factory.Services.GetService<TracerProvider>());
            using var client = factory.CreateClient();
            Assert.True((await client.GetAsync("/privacy", TestContext.Current.CancellationToken)).IsSuccessStatusCode);
            factory.Services.GetRequiredService<AssistantMetrics>().StatusRecorded(ActivityStatus.Done, "chat");

            // The server span ends just after the client has its response: flush until both signals have gone out.
            var tracer = factory.Services.GetRequiredService<TracerProvider>();
            var meter = factory.Services.GetRequiredService<MeterProvider>();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            while (!(Text(received, "/v1/traces").Contains("GET /privacy", StringComparison.Ordinal) && Text(received, "/v1/metrics").Contains("assistant.statuses", StringComparison.Ordinal))
                && watch.Elapsed < TimeSpan.FromSeconds(15))
            {
                tracer.ForceFlush(1000);
                meter.ForceFlush(1000);
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        var traces = Text(received, "/v1/traces");
        var metrics = Text(received, "/v1/metrics");
        Assert.True(traces.Contains("GET /privacy", StringComparison.Ordinal), string.Concat(traces.Where(c => c >= 32 && c < 127)));
        Assert.Contains("assistant-test", traces, StringComparison.Ordinal);
        Assert.Contains("assistant.statuses.recorded", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, traces + metrics + Text(received, "/v1/logs"), StringComparison.Ordinal);
    }

    private static string Text(ConcurrentBag<(string Path, byte[] Body)> received, string path) =>
        string.Concat(received.Where(r => r.Path == path).Select(r => Encoding.UTF8.GetString(r.Body)));

    /// <summary>A plain HTTP endpoint on loopback that keeps every OTLP request body (protobuf keeps strings as UTF-8).</summary>
    private static async Task<(WebApplication App, string Address)> StartReceiverAsync(ConcurrentBag<(string Path, byte[] Body)> received)
    {
        var app = await LocalServer.StartAsync(app => app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Add((context.Request.Path, body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
        }));
        return (app, LocalServer.UrlOf(app));
    }
}
