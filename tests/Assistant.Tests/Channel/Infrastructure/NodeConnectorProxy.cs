using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Assistant.Tests.Channel.Infrastructure;

/// <summary>tests/node/connector-proxy.js running: the official ConnectorClient between our bot and a recording connector.</summary>
internal sealed class NodeConnectorProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task _reader;

    private NodeConnectorProxy(Process process, string url)
    {
        _process = process;
        ServiceUrl = url;
        _reader = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("EXCHANGE ", StringComparison.Ordinal))
                {
                    Exchanges.Enqueue(JsonNode.Parse(line["EXCHANGE ".Length..])!.AsObject());
                }
                else if (line.StartsWith("ERROR ", StringComparison.Ordinal))
                {
                    Errors.Enqueue(line);
                }
            }
        });
    }

    public string ServiceUrl { get; }

    public ConcurrentQueue<JsonObject> Exchanges { get; } = new();

    public ConcurrentQueue<string> Errors { get; } = new();

    /// <summary>
    /// The proxy prints an exchange after the connector behind it answered, and this reader parses its output on its
    /// own task: a request our bot has finished may not be in <see cref="Exchanges"/> yet. Waits (a bounded time) until
    /// <paramref name="count"/> exchanges were read, and returns what was read either way, so the caller's assertion
    /// names what is missing.
    /// </summary>
    public async Task<IReadOnlyList<JsonObject>> ExchangesAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Exchanges.Count + Errors.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return [.. Exchanges];
    }

    public static async Task<NodeConnectorProxy> StartAsync(string targetServiceUrl)
    {
        var process = NodeScripts.Start("connector-proxy.js", [targetServiceUrl]);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var first = await process.StandardOutput.ReadLineAsync(cancel.Token);
        if (first is null || !first.StartsWith("LISTENING ", StringComparison.Ordinal))
        {
            process.Kill();
            Assert.Fail($"connector-proxy.js did not start: {first} {await process.StandardError.ReadToEndAsync(cancel.Token)}");
        }

        return new NodeConnectorProxy(process, first!["LISTENING ".Length..].Trim());
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill();
        }

        await _reader;
        _process.Dispose();
    }
}
