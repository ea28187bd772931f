using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Assistant.Bot.Answering;
using Assistant.Bot.Channel.Endpoint;
using Assistant.Bot.Conversation;
using Assistant.Bot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Assistant.Tests.Channel.Infrastructure;

/// <summary>
/// The real bot on Kestrel (WebApplicationFactory with UseKestrel), configured with the SDK's keys to trust a
/// <see cref="LocalIssuer"/> and answer through a <see cref="RecordingConnector"/>, on its own SQLite file.
/// </summary>
internal sealed class BotHost : IAsyncDisposable
{
    public const string AppId = "8f5c2b5e-3d7a-4c1e-9b2f-6a4d8e1c0f37";
    public const string BotId = "28:" + AppId;
    public const string TenantId = "7c2e4a90-5b1d-4f3e-8a6c-9d0b1e2f3a4b";

    private WebApplicationFactory<ChannelEndpoint>? _factory;
    private bool _ownsServers = true;

    public LocalIssuer Issuer { get; private set; } = null!;

    public RecordingConnector Connector { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    public EchoAnswerEngine Engine { get; } = new();

    public StatusCardHandler Cards { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    public string DatabasePath { get; private set; } = string.Empty;

    /// <param name="settings">Configuration on top of the defaults (a null value removes a default, e.g. MicrosoftAppId for development mode).</param>
    public static async Task<BotHost> StartAsync(Dictionary<string, string?>? settings = null, BotHost? sharing = null, string? databasePath = null, RecordingConnector? connector = null, Action<IServiceCollection>? services = null, string environment = "Development")
    {
        var host = new BotHost
        {
            Issuer = sharing?.Issuer ?? await LocalIssuer.StartAsync(),
            Connector = sharing?.Connector ?? connector ?? await RecordingConnector.StartAsync(),
            _ownsServers = sharing is null,
            DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"assistant-channel-{Guid.NewGuid():N}.db"),
        };

        var configuration = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["MicrosoftAppType"] = "MultiTenant",
            ["ToBotFromChannelOpenIdMetadataUrl"] = host.Issuer.MetadataUrl,
            ["ToChannelFromBotLoginUrl"] = host.Issuer.LoginUrl,
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:Assistant"] = $"Data Source={host.DatabasePath}",
            ["Knowledge:LoadSamples"] = "false",
            ["Connector:BaseDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings ?? [])
        {
            configuration[key] = value;
        }

        host._factory = new WebApplicationFactory<ChannelEndpoint>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            foreach (var (key, value) in configuration)
            {
                builder.UseSetting(key, value ?? string.Empty);
            }

            builder.ConfigureLogging(logging => logging.AddProvider(host.Logs).AddFilter<RecordingLoggerProvider>(null, LogLevel.Trace));
            builder.ConfigureTestServices(registrations =>
            {
                // The fixtures' card verbs (saveStatus) belong to this host's recording handler, not to the real feature.
                registrations.RemoveAll<ICardActionHandler>();
                services?.Invoke(registrations);
                // The storage registration reads its connection string while services are added, before settings given
                // here apply; point the context at this host's own file explicitly.
                registrations.ConfigureDbContext<SqliteAssistantDbContext>(o => o.UseSqlite($"Data Source={host.DatabasePath}"));
                registrations.RemoveAll<IAnswerEngine>();
                registrations.AddSingleton<IAnswerEngine>(host.Engine);
                // The real card handlers (status, reminders) claim the same verbs; this host tests the channel with its own.
                registrations.RemoveAll<ICardActionHandler>();
                registrations.AddSingleton<ICardActionHandler>(host.Cards);
                registrations.AddSingleton<IChatHandler, ReportChatHandler>();
            });
        });
        // Listen explicitly: in Development the bot would otherwise default to port 3978.
        host._factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host._factory.StartServer();
        host.Client = host._factory.CreateClient();
        host.BaseAddress = host.Client.BaseAddress!;
        return host;
    }

    /// <summary>A Teams payload from Fixtures/Teams, pointed at the recording connector.</summary>
    public JsonObject Fixture(string name)
    {
        var activity = TeamsFixtures.Load(name);
        activity["serviceUrl"] = Connector.ServiceUrl;
        return activity;
    }

    /// <summary>A valid channel token for the activity (its serviceUrl in the claim), changed as the test says.</summary>
    public string TokenFor(JsonObject activity, Func<TokenSpec, TokenSpec>? change = null)
    {
        var spec = new TokenSpec { ServiceUrl = activity["serviceUrl"]?.GetValue<string>() };
        return Issuer.CreateToken(change is null ? spec : change(spec));
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token) =>
        PostRawAsync(activity.ToJsonString(), token is null ? null : "Bearer " + token);

    public Task<HttpResponseMessage> PostWithHeaderAsync(JsonObject activity, string? authorization) =>
        PostRawAsync(activity.ToJsonString(), authorization);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? authorization, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Posts the activity with a valid token.</summary>
    public Task<HttpResponseMessage> SendAsync(JsonObject activity) => PostAsync(activity, TokenFor(activity));

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_ownsServers)
        {
            await Connector.DisposeAsync();
            await Issuer.DisposeAsync();
        }
    }
}
