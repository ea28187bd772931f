using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channel;

/// <summary>Says on start how the channel runs; development mode (no MicrosoftAppId) loudly.</summary>
public sealed class ChannelStartupLog(IOptions<BotFrameworkOptions> options, IHostEnvironment environment, ILogger<ChannelStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsDevelopmentMode)
        {
            Log.DevelopmentMode(logger);
            if (!environment.IsDevelopment())
            {
                Log.UnauthenticatedOutsideDevelopment(logger, environment.EnvironmentName);
            }
        }
        else
        {
            Log.Configured(logger, settings.MicrosoftAppId!, settings.IsSingleTenant ? "SingleTenant" : "MultiTenant", settings.OpenIdMetadataUrl, settings.LoginUrl);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
