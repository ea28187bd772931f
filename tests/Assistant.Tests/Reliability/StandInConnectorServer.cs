using System.Text.Json.Nodes;
using Assistant.StandInConnector;
using Assistant.Tests.Channel.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace Assistant.Tests.Reliability;

/// <summary>The bench's stand-in Bot Connector (rate limit with 429 + Retry-After, 503 windows), in this process on a free port.</summary>
internal sealed class StandInConnectorServer : IAsyncDisposable
{
    private WebApplication _app = null!;

    public ConnectorState State { get; private set; } = null!;

    /// <summary>serviceUrl to store in conversation references: "http://127.0.0.1:PORT/".</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public static async Task<StandInConnectorServer> StartAsync(double rate = 0, double fail503From = 0, double fail503For = 0)
    {
        var server = new StandInConnectorServer { State = new ConnectorState(new ConnectorOptions(0, rate, fail503From, fail503For), TimeProvider.System) };
        server._app = await LocalServer.StartAsync(app => app.MapStandInConnector(server.State));
        server.ServiceUrl = LocalServer.UrlOf(server._app) + "/";
        return server;
    }

    public long Messages => Stats()["messages"]!.GetValue<long>();

    public JsonObject Stats() => State.Stats();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
