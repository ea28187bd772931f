using System.Net;
using Assistant.Bot.DevChat;
using Assistant.Bot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Assistant.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.DevChat.Infrastructure;

/// <summary>
/// The development chat's test driver: a <see cref="TestApp"/> on a real port (loopback, a free port) in the
/// Development environment with no MicrosoftAppId, on its own SQLite file: the embedded Direct Line, the connector
/// client calling back into it, and the page, over real HTTP. It builds no host of its own.
/// </summary>
internal sealed class DirectLineHost : IAsyncDisposable
{
    private TestApp _app = null!;

    public HttpClient Client => _app.Client;

    public Uri BaseAddress => _app.BaseAddress;

    public IServiceProvider Services => _app.Services;

    public string DatabasePath => _app.DatabasePath;

    /// <param name="settings">Configuration on top of the defaults.</param>
    /// <param name="services">Test services added after the bot's own (e.g. a chat handler).</param>
    public static Task<DirectLineHost> StartAsync(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string environment = "Development")
    {
        var configuration = new Dictionary<string, string?>();
        if (environment != "Development")
        {
            // Outside Development the bot starts only with an app registration and its tenant.
            foreach (var (key, value) in Hosting.ProductionSettings.Values)
            {
                configuration[key] = value;
            }
        }

        foreach (var (key, value) in settings ?? [])
        {
            configuration[key] = value;
        }

        var host = new DirectLineHost
        {
            _app = TestApp.Start(new TestAppOptions { Environment = environment, Settings = configuration, Services = services, RealPort = true }),
        };
        return Task.FromResult(host);
    }

    public DirectLineTestClient NewClient() => new(Client);

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
