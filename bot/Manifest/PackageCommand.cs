using Assistant.Bot.Cli;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Manifest;

/// <summary>
/// `package --out FILE [--domain HOST]`: writes the Teams app package (manifest.json, sv/en localization, icons)
/// for this bot. Needs MicrosoftAppId; everything else has a default (Teams section of the configuration).
/// </summary>
public sealed class PackageCommand(IConfiguration configuration, IOptions<TeamsOptions> teams) : IStandaloneCommand
{
    public string Verb => "package";

    /// <summary>The manifest folder copied beside the bot's assembly at build time.</summary>
    public static string DefaultManifestFolder => Path.Combine(AppContext.BaseDirectory, "manifest");

    public async Task<int> RunAsync(CommandArguments arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var output = arguments.Get("out");
        if (string.IsNullOrWhiteSpace(output))
        {
            throw new CommandLineException("Usage: package --out FILE [--domain HOST], e.g. package --out app.zip --domain assistant.kommun.se");
        }

        var appIdText = configuration["MicrosoftAppId"];
        if (string.IsNullOrWhiteSpace(appIdText))
        {
            await stderr.WriteLineAsync(
                "MicrosoftAppId is not set: the package needs the bot's Microsoft App ID (the Azure Bot's app registration). "
                + "Set it in appsettings.json, user-secrets or the environment (MicrosoftAppId=...) and run package again.");
            return 1;
        }

        if (!Guid.TryParse(appIdText, out var botId))
        {
            await stderr.WriteLineAsync($"MicrosoftAppId must be a GUID (the app registration's Application (client) ID), not '{appIdText}'.");
            return 1;
        }

        try
        {
            var domain = arguments.Get("domain") is { Length: > 0 } d ? AppPackageSettings.NormalizeDomain(d) : null;
            var options = teams.Value;
            var teamsAppId = string.IsNullOrWhiteSpace(options.AppId) ? DeterministicGuid.TeamsAppIdFor(botId) : Guid.Parse(options.AppId);
            var settings = new AppPackageSettings(botId, teamsAppId, domain, options);
            var files = AppPackageBuilder.Files(arguments.Get("manifest") ?? DefaultManifestFolder, settings);

            var path = Path.GetFullPath(output);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var stream = File.Create(path))
            {
                AppPackageBuilder.Write(files, stream);
            }

            await stdout.WriteLineAsync(
                $"Wrote {path}: Teams app {teamsAppId} version {options.Version} for bot {botId}, "
                + $"{files.Count} files ({string.Join(", ", files.Select(f => f.Key))}), valid domain: {domain ?? "none"}.");
            if (settings.UsesFallbackUrls)
            {
                await stderr.WriteLineAsync(
                    $"Note: no --domain and not all of Teams:WebsiteUrl, Teams:PrivacyUrl, Teams:TermsOfUseUrl are set: the app's links point to {AppPackageSettings.FallbackWebsite}. "
                    + "Fine for trying it out; set them (or pass --domain) before uploading to your organisation's catalogue.");
            }

            return 0;
        }
        catch (AppPackageException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
