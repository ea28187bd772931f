using System.Net;
using Assistant.Bot.Cli;
using Assistant.Bot.Hosting;
using Assistant.Bot.Storage;
using Assistant.Tests.Channel.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Tests.Infrastructure;

/// <summary>How a <see cref="TestApp"/> is built. Every option has the default most tests want.</summary>
internal sealed record TestAppOptions
{
    /// <summary>The hosting environment (Development: no app registration needed).</summary>
    public string Environment { get; init; } = Environments.Development;

    /// <summary>Configuration on top of the defaults; a null value blanks a default (e.g. MicrosoftAppId for development mode).</summary>
    public IReadOnlyDictionary<string, string?>? Settings { get; init; }

    /// <summary>PostgreSQL instead of the default SQLite file: a connection string from <see cref="PostgresServer.CreateDatabaseAsync"/>.</summary>
    public string? Postgres { get; init; }

    /// <summary>The SQLite file (default: a fresh file in the temp folder, deleted with the app).</summary>
    public string? SqlitePath { get; init; }

    /// <summary>Service replacements applied after the bot's own registrations (ConfigureTestServices).</summary>
    public Action<IServiceCollection>? Services { get; init; }

    /// <summary>
    /// Kestrel on 127.0.0.1 and a free port instead of the in-memory TestServer: for tests where something outside
    /// this process's HttpClient must reach the bot (a browser, Node, the bot's own connector client calling back).
    /// </summary>
    public bool RealPort { get; init; }

    /// <summary>Keeps every log entry (all levels) in <see cref="TestApp.Logs"/>.</summary>
    public bool CaptureLogs { get; init; }
}

/// <summary>
/// THE in-process host of the bot for tests: the real composition (Program / AddAssistant) with a temp SQLite file or
/// a PostgreSQL database, settings of the test's choosing, services replaced through the host, optional log capture,
/// and, when asked, a real loopback port. Use it for every test that needs the bot's endpoints or its wired services.
/// <para>
/// Its one sibling is <see cref="Hosting.BotProcess"/>, the process runner: use that ONLY when the test is about the
/// executable itself (the exit code and stderr of a refused production start-up, command-line verbs as an operator
/// runs them, a crash), because a separate process costs seconds. Everything else goes through TestApp.
/// </para>
/// Tests that start a TestApp are integration tests: their class carries [Trait("Category", "Integration")].
/// </summary>
internal sealed class TestApp : IAsyncDisposable
{
    private WebApplicationFactory<Program>? _factory;
    private WebApplication? _commandLine;
    private bool _ownsDatabaseFile;

    private TestApp()
    {
    }

    public IServiceProvider Services => _factory?.Services ?? _commandLine!.Services;

    /// <summary>A client of the started host (its base address is the real one with <see cref="TestAppOptions.RealPort"/>).</summary>
    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress => Client.BaseAddress!;

    /// <summary>The log entries, when <see cref="TestAppOptions.CaptureLogs"/> is set.</summary>
    public RecordingLoggerProvider Logs { get; } = new();

    /// <summary>The SQLite file, or empty on PostgreSQL.</summary>
    public string DatabasePath { get; private set; } = string.Empty;

    /// <summary>Starts the web host (what `dotnet Assistant.Bot.dll` serves) in this process.</summary>
    public static TestApp Start(TestAppOptions? options = null)
    {
        options ??= new TestAppOptions();
        var app = new TestApp();
        var configuration = app.Configuration(options);
        app._factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(options.Environment);
            foreach (var (key, value) in configuration)
            {
                builder.UseSetting(key, value ?? string.Empty);
            }

            if (options.CaptureLogs)
            {
                builder.ConfigureLogging(logging => logging.AddProvider(app.Logs).AddFilter<RecordingLoggerProvider>(null, LogLevel.Trace));
            }

            builder.ConfigureTestServices(services =>
            {
                options.Services?.Invoke(services);
                if (app.DatabasePath.Length > 0)
                {
                    // The storage registration may read its connection string before settings given here apply; pin the file.
                    services.ConfigureDbContext<SqliteAssistantDbContext>(o => o.UseSqlite($"Data Source={app.DatabasePath}"));
                }
            });
        });
        if (options.RealPort)
        {
            // Listen explicitly: in Development the bot would otherwise default to port 3978.
            app._factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            app._factory.StartServer();
        }

        app.Client = app._factory.CreateClient();
        return app;
    }

    /// <summary>
    /// The command line as the executable wires it (AddAssistant without the web host), migrated, in this process:
    /// run verbs with <see cref="RunCommandAsync"/>.
    /// </summary>
    public static async Task<TestApp> StartCommandLineAsync(TestAppOptions? options = null)
    {
        options ??= new TestAppOptions { Environment = Environments.Production };
        var app = new TestApp();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = options.Environment });
        builder.Configuration.AddInMemoryCollection(app.Configuration(options));
        if (options.CaptureLogs)
        {
            builder.Logging.AddProvider(app.Logs).AddFilter<RecordingLoggerProvider>(null, LogLevel.Trace);
        }

        builder.Services.AddAssistant(builder.Configuration, builder.Environment, isWebHost: false);
        options.Services?.Invoke(builder.Services);
        app._commandLine = builder.Build();
        await DatabaseMigrator.MigrateAsync(app._commandLine.Services, TestContext.Current.CancellationToken);
        return app;
    }

    /// <summary>Creates another client of the host (the caller disposes it).</summary>
    public HttpClient CreateClient() => _factory?.CreateClient() ?? throw new InvalidOperationException("A command-line TestApp has no HTTP endpoint.");

    /// <summary>Runs a command-line verb as `dotnet Assistant.Bot.dll args` would, with captured output.</summary>
    public async Task<(int Exit, string Out, string Err)> RunCommandAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(Services, args, stdout, stderr, TestContext.Current.CancellationToken);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_commandLine is not null)
        {
            await _commandLine.DisposeAsync();
        }

        if (_ownsDatabaseFile)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(DatabasePath);
        }
    }

    private Dictionary<string, string?> Configuration(TestAppOptions options)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Knowledge:LoadSamples"] = "false",
        };
        if (options.Postgres is not null)
        {
            configuration["Storage:Provider"] = "Postgres";
            configuration["ConnectionStrings:Assistant"] = options.Postgres;
        }
        else
        {
            _ownsDatabaseFile = options.SqlitePath is null;
            DatabasePath = options.SqlitePath ?? Path.Combine(Path.GetTempPath(), $"assistant-test-{Guid.NewGuid():N}.db");
            configuration["Storage:Provider"] = "Sqlite";
            configuration["ConnectionStrings:Assistant"] = $"Data Source={DatabasePath}";
        }

        foreach (var (key, value) in options.Settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        return configuration;
    }
}
