using Assistant.Bot.Cli;
using Assistant.Bot.Storage;

namespace Assistant.Bot.Hosting;

/// <summary>One executable, two faces: the web host (no verb) and the command line (a verb first).</summary>
public static class AssistantApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var verb = CommandLine.VerbOf(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = verb is null ? args : [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables();

        if (verb is not null)
        {
            // The command line prints its results on stdout: logs go to stderr and stay quiet.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddAssistant(builder.Configuration, builder.Environment, isWebHost: verb is null);
        await using var app = builder.Build();

        if (verb is not null)
        {
            await DatabaseMigrator.MigrateAsync(app.Services, CancellationToken.None);
            return await CommandLine.RunAsync(app.Services, args, Console.Out, Console.Error, CancellationToken.None);
        }

        app.MapAssistant();
        await app.RunAsync();
        return 0;
    }
}
