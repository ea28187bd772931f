using Assistant.Bot.Cli;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Manifest;

public static class ManifestServiceCollectionExtensions
{
    /// <summary>The Teams section (validated on start) and the `package` verb.</summary>
    public static IServiceCollection AddManifest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        services.AddScoped<ICommand, PackageCommand>();
        return services;
    }
}
