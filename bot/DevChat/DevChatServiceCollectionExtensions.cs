using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;
using Assistant.Bot.People;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.DevChat;

public static class DevChatServiceCollectionExtensions
{
    /// <summary>The embedded Direct Line and the chat page (inert unless enabled: see <see cref="DirectLineOptions"/>).</summary>
    public static IServiceCollection AddDevChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddSingleton(sp => new BotAccount(
            sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.MicrosoftAppId is { Length: > 0 } appId ? appId.Trim() : "assistant",
            sp.GetRequiredService<IOptions<DirectLineOptions>>().Value.BotName));
        services.AddSingleton<DirectLineStore>();
        services.AddSingleton<DirectLineServiceUrl>();
        services.AddSingleton<DirectLineBot>();
        services.AddSingleton<DirectLineFiles>();
        services.AddSingleton<IChatFileLinks, DirectLineFileLinks>();
        services.AddScoped<DirectLineClientApi>();
        services.AddScoped<ConnectorApi>();
        services.AddWebChatPage();
        services.AddSingleton<IOwnerDirectoryLayer, WebChatOwnerDirectory.Layer>();
        return services;
    }

    /// <summary>
    /// When enabled: the Direct Line client API (/v3/directline), its connector API (/directline/v3, this machine
    /// only), and, in Development only, the chat page at "/" with its picker and admin panel. Logs the page's address
    /// once the server listens.
    /// </summary>
    public static WebApplication MapDevChat(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (!settings.IsEnabled(app.Environment))
        {
            return app;
        }

        var client = app.MapGroup(DirectLineClientApi.Prefix);
        client.MapPost("/tokens/generate", (HttpRequest r, DirectLineClientApi api, CancellationToken ct) => api.GenerateTokenAsync(r, ct));
        client.MapPost("/tokens/refresh", (HttpRequest r, DirectLineClientApi api) => api.RefreshToken(r));
        client.MapPost("/conversations", (HttpRequest r, DirectLineClientApi api, CancellationToken ct) => api.StartAsync(r, ct));
        client.MapGet("/conversations/{conversationId}", (HttpRequest r, string conversationId, DirectLineClientApi api) => api.Reconnect(r, conversationId));
        client.MapPost("/conversations/{conversationId}/activities", (HttpRequest r, string conversationId, DirectLineClientApi api, CancellationToken ct) => api.PostAsync(r, conversationId, ct));
        client.MapPost("/conversations/{conversationId}/upload", (HttpRequest r, string conversationId, DirectLineClientApi api, CancellationToken ct) => api.UploadAsync(r, conversationId, ct));
        client.MapGet(DirectLineFiles.Path + "/{fileId}", (HttpContext context, string fileId, DirectLineFiles files) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return files.Get(fileId);
        });
        client.MapGet("/conversations/{conversationId}/activities", (HttpRequest r, string conversationId, string? watermark, DirectLineClientApi api) => api.Get(r, conversationId, watermark));

        var connector = app.MapGroup(DirectLineServiceUrl.PathPrefix + "/v3/conversations").AddEndpointFilter(async (context, next) =>
        {
            if (ConnectorApi.IsLocalCall(context.HttpContext))
            {
                return await next(context);
            }

            Log.NotLoopback(context.HttpContext.RequestServices.GetRequiredService<ILogger<ConnectorApi>>(), context.HttpContext.Connection.RemoteIpAddress?.ToString());
            return DirectLineHttp.Error(StatusCodes.Status403Forbidden, "Forbidden", "This connector API answers the bot on this machine only.");
        });
        connector.MapPost("", (HttpRequest r, ConnectorApi api, CancellationToken ct) => api.CreateConversationAsync(r, ct));
        connector.MapPost("/{conversationId}/activities", (HttpRequest r, string conversationId, ConnectorApi api, CancellationToken ct) => api.SendAsync(r, conversationId, null, ct));
        connector.MapPost("/{conversationId}/activities/{activityId}", (HttpRequest r, string conversationId, string activityId, ConnectorApi api, CancellationToken ct) => api.SendAsync(r, conversationId, activityId, ct));
        connector.MapPut("/{conversationId}/activities/{activityId}", (HttpRequest r, string conversationId, string activityId, ConnectorApi api, CancellationToken ct) => api.UpdateAsync(r, conversationId, activityId, ct));

        if (!settings.IsPageEnabled(app.Environment))
        {
            return app;
        }

        app.MapWebChatPage();
        app.Lifetime.ApplicationStarted.Register(() => _ = LogAddressAsync(app));
        return app;
    }

    /// <summary>
    /// The page's address, as the last line of the start: a moment after the server started, once the background
    /// services (Hangfire's server, the job registration) have said their piece.
    /// </summary>
    private static async Task LogAddressAsync(WebApplication app)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(2), app.Services.GetRequiredService<TimeProvider>(), app.Lifetime.ApplicationStopping);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Assistant.Bot.DevChat");
        var url = (app.Services.GetRequiredService<DirectLineServiceUrl>().BaseUrl() ?? DirectLineServiceUrl.DevelopmentUrl) + "/";
        Log.PageAddress(logger, url);
    }
}
