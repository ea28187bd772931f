using Assistant.Bot.Cli;
using Assistant.Bot.Hosting;
using Assistant.Bot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Assistant.Tests.Reminders;

/// <summary>The command line as the executable wires it (AddAssistant, not the web host), on a fresh SQLite file, in process.</summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CliHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public static async Task<CliHost> StartAsync(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        var path = Path.Combine(Path.GetTempPath(), $"assistant-cli-{Guid.NewGuid():N}.db");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:Assistant"] = $"Data Source={path}",
            ["Knowledge:LoadSamples"] = "false",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAssistant(builder.Configuration, builder.Environment, isWebHost: false);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        await DatabaseMigrator.MigrateAsync(app.Services, TestContext.Current.CancellationToken);
        return new CliHost(app);
    }

    public async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(_app.Services, args, stdout, stderr, TestContext.Current.CancellationToken);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>../shared/seeds beside the repository root (the folder holding Assistant.sln), searched further up for a nested worktree; or null.</summary>
    public static string? SeedsFolder()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Assistant.sln")))
        {
            root = root.Parent;
        }

        for (var up = root?.Parent; up is not null; up = up.Parent)
        {
            var seeds = Path.Combine(up.FullName, "shared", "seeds");
            if (System.IO.Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        return null;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
