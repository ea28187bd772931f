using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace Assistant.Bot.People;

public static class GraphServiceCollectionExtensions
{
    public const string HttpClientName = "MicrosoftGraph";

    /// <summary>
    /// Graph through typed clients: "MicrosoftGraph" (with Graph's retry handler: 429/503 with Retry-After) and
    /// "MicrosoftGraphLogin" for the token; tests swap their primary handlers.
    /// </summary>
    public static IServiceCollection AddGraphPeople(this IServiceCollection services, GraphOptions graph)
    {
        services.AddHttpClient(HttpClientName).AddHttpMessageHandler(() => new RetryHandler());
        services.AddHttpClient(GraphTokenProvider.HttpClientName);
        services.AddSingleton<GraphTokenProvider>();
        services.AddSingleton(sp => new GraphServiceClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            new BaseBearerTokenAuthenticationProvider(sp.GetRequiredService<GraphTokenProvider>()),
            sp.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUrl));
        services.AddSingleton<IGraphPeople, GraphPeople>();
        if (!string.IsNullOrWhiteSpace(graph.TeamsAppExternalId))
        {
            services.AddSingleton<ITeamsAppInstaller, GraphTeamsAppInstaller>();
        }

        return services;
    }
}
