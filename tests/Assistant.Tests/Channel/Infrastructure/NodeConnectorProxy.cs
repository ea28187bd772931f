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
