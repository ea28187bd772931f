using System.Net;
using Assistant.Bot.DevChat;
using Assistant.Bot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.DevChat.Infrastructure;

/// <summary>
/// The real bot on Kestrel (loopback, a free port) in the Development environment with no MicrosoftAppId, on its own
/// SQLite file: the embedded Direct Line, the connector client calling back into it, and the page, over real HTTP.
/// </summary>
internal sealed class DirectLineHost : IAsyncDisposable
{
    private WebApplicationFactory<DirectLineStore>? _factory;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    public string DatabasePath { get; private set; } = string.Empty;

    /// <param name="settings">Configuration on top of the defaults.</param>
    /// <param name="services">Test services added after the bot's own (e.g. a chat handler).</param>
    public static Task<DirectLineHost> StartAsync(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string environment = "Development")
    {
        var host = new DirectLineHost { DatabasePath = Path.Combine(Path.GetTempPath(), $"assistant-directline-{Guid.NewGuid():N}.db") };
        var configuration = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:Assistant"] = $"Data Source={host.DatabasePath}",
            ["Knowledge:LoadSamples"] = "false",
        };
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

        host._factory = new WebApplicationFactory<DirectLineStore>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            foreach (var (key, value) in configuration)
            {
                builder.UseSetting(key, value ?? string.Empty);
            }

            builder.ConfigureTestServices(s =>
            {
                // The storage registration reads its connection string while services are added; point it here.
                s.ConfigureDbContext<SqliteAssistantDbContext>(o => o.UseSqlite($"Data Source={host.DatabasePath}"));
                services?.Invoke(s);
            });
        });
        // Listen explicitly: in Development the bot would otherwise default to port 3978.
        host._factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host._factory.StartServer();
        host.Client = host._factory.CreateClient();
        host.BaseAddress = host.Client.BaseAddress!;
        return Task.FromResult(host);
    }

    public DirectLineTestClient NewClient() => new(Client);

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(DatabasePath);
    }
}
