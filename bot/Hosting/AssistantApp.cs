using Assistant.Bot.Cli;
using Assistant.Bot.DevChat;
using Assistant.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Hosting;

/// <summary>One executable, two faces: the web host (no verb) and the command line (a verb first).</summary>
public static class AssistantApp
{
    /// <summary>Exit code for a setting that is missing or wrong (sysexits EX_CONFIG).</summary>
    public const int ConfigurationErrorExitCode = 78;

    /// <summary>Where the web host listens in Development when nothing says otherwise (the README's address).</summary>
    public const string DevelopmentUrl = DirectLineServiceUrl.DevelopmentUrl;

    /// <summary>The Host headers answered in Development when AllowedHosts is not set (a dev tunnel's name must be added).</summary>
    public const string DevelopmentAllowedHosts = "localhost;127.0.0.1;[::1]";

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = CommandLine.VerbOf(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = verb is null ? args : [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Precedence, lowest first: appsettings.json beside the bot, appsettings.json in the working folder,
        // environment variables, then the web host's --Key=value arguments.
        builder.Configuration.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables();
        if (verb is null)
        {
            builder.Configuration.AddCommandLine(args);
            if (builder.Environment.IsDevelopment() && !ListeningAddressGiven(builder.Configuration))
            {
                // A default, not a setting: ASPNETCORE_URLS, ASPNETCORE_HTTP(S)_PORTS, --urls and Urls always win.
                builder.WebHost.UseUrls(DevelopmentUrl);
            }

            if (builder.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(builder.Configuration["AllowedHosts"]))
            {
                // The loopback admin and the anonymous endpoints answer only to this machine's names: a page on another
                // site cannot reach them by pointing its own host name at 127.0.0.1 (DNS rebinding).
                builder.Configuration.AddInMemoryCollection([new("AllowedHosts", DevelopmentAllowedHosts)]);
            }
        }

        if (verb is not null)
        {
            // The command line prints its results on stdout: logs go to stderr and stay quiet.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // The Logging section of appsettings.json would lift this back to Information; a later rule wins.
            builder.Logging.AddFilter((category, level) => level >= LogLevel.Warning);
        }

        try
        {
            builder.Services.AddAssistant(builder.Configuration, builder.Environment, isWebHost: verb is null);
        }
        catch (InvalidOperationException e)
        {
            // Registration reads settings that decide what is wired (Storage:Provider and its connection string):
            // a wrong one ends here, named in the message.
            return await ConfigurationErrorAsync([e.Message]);
        }

        await using var app = builder.Build();
        try
        {
            if (verb is not null)
            {
                // No host start on the command line: run the validation ValidateOnStart runs for the web host, and
                // migrate, unless the verb stands alone.
                if (!IsStandalone(app.Services, verb))
                {
                    app.Services.GetService<IStartupValidator>()?.Validate();
                    await DatabaseMigrator.MigrateAsync(app.Services, CancellationToken.None);
                }

                return await CommandLine.RunAsync(app.Services, args, Console.Out, Console.Error, CancellationToken.None);
            }

            // The same validation the host runs on start, run first: a wrong setting then prints only the lines below,
            // not the host's "Hosting failed to start" with a stack trace above them.
            app.Services.GetService<IStartupValidator>()?.Validate();
            app.MapAssistant();
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (ValidationFailures(e) is { } failures)
        {
            return await ConfigurationErrorAsync(failures);
        }
    }

    /// <summary>
    /// True when the standard settings name the address: "urls" (ASPNETCORE_URLS, DOTNET_URLS, --urls, Urls),
    /// "http_ports" or "https_ports" (ASPNETCORE_HTTP_PORTS / _HTTPS_PORTS, as the official container images set).
    /// </summary>
    public static bool ListeningAddressGiven(IConfiguration configuration) =>
        new[] { WebHostDefaults.ServerUrlsKey, WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey, "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS" }
            .Any(key => !string.IsNullOrWhiteSpace(configuration[key]));

    private static bool IsStandalone(IServiceProvider services, string verb)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetServices<ICommand>().Any(c => c is IStandaloneCommand && string.Equals(c.Verb, verb, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The messages of a failed options validation (several sections fail together as an AggregateException).</summary>
    private static List<string>? ValidationFailures(Exception exception) => exception switch
    {
        OptionsValidationException e => [.. e.Failures],
        AggregateException e when e.InnerExceptions.All(i => i is OptionsValidationException) =>
            [.. e.InnerExceptions.SelectMany(i => ((OptionsValidationException)i).Failures)],
        _ => null,
    };

    private static async Task<int> ConfigurationErrorAsync(IEnumerable<string> failures)
    {
        await Console.Error.WriteLineAsync("Configuration error: the bot did not start. Fix these settings (appsettings.json, user-secrets or environment variables with __ for ':'):");
        foreach (var failure in failures)
        {
            await Console.Error.WriteLineAsync("  - " + failure);
        }

        return ConfigurationErrorExitCode;
    }
}
