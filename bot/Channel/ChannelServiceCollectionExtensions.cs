using Assistant.Bot.Channel.Authentication;
using Assistant.Bot.Channel.Connector;
using Assistant.Bot.Channel.Endpoint;
using Assistant.Bot.Channel.State;
using Assistant.Bot.Channel.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channel;

public static class ChannelServiceCollectionExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>The Bot Framework channel: options from the configuration root (SDK names), auth, connector, stores.</summary>
    public static IServiceCollection AddChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(OpenIdSigningKeyCache.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(BotTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        // The client logs its own outcomes (Log.Connector*); the factory's per-request logging handlers only cost time.
        services.AddHttpClient<IConnectorClient, ConnectorClient>(c => c.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();

        services.AddSingleton<OpenIdSigningKeyCache>();
        services.AddSingleton<IChannelAuthenticator, ChannelAuthenticator>();
        services.AddSingleton<IBotTokenProvider, BotTokenProvider>();
        services.AddSingleton<ConnectorThrottle>();
        services.AddSingleton<ServiceUrlRegistry>();

        services.AddScoped<ConversationReferenceStore>();
        services.AddScoped<ProcessedActivityStore>();
        services.AddSingleton<ProcessedActivityClaims>();
        services.AddSingleton<ConversationReferenceCache>();
        services.AddScoped<IProactiveMessenger, ProactiveMessenger>();
        services.AddScoped<TurnRunner>();
        services.AddScoped<ChannelEndpoint>();

        services.AddHostedService<ChannelStartupLog>();
        services.AddHostedService<ProcessedActivityPruner>();
        return services;
    }

    /// <summary>POST /api/messages.</summary>
    public static IEndpointRouteBuilder MapChannel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesPath, static async context =>
        {
            var result = await context.RequestServices.GetRequiredService<ChannelEndpoint>().HandleAsync(context, context.RequestAborted);
            await result.ExecuteAsync(context);
        });
        return endpoints;
    }
}
