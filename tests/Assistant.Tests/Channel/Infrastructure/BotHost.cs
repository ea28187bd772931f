using System.Text;
using System.Text.Json.Nodes;
using Assistant.Bot.Answering;
using Assistant.Bot.Conversation;
using Assistant.Bot.Reports.Chat;
using Assistant.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Tests.Channel.Infrastructure;

/// <summary>
/// The channel's test driver: a <see cref="TestApp"/> on a real port, configured with the SDK's keys to trust a
/// <see cref="LocalIssuer"/> and answer through a <see cref="RecordingConnector"/>, on its own SQLite file, plus the
/// Teams fixtures, tokens and posts the channel tests send. It builds no host of its own.
/// </summary>
internal sealed class BotHost : IAsyncDisposable
{
    public const string AppId = "8f5c2b5e-3d7a-4c1e-9b2f-6a4d8e1c0f37";
    public const string BotId = "28:" + AppId;
    public const string TenantId = "7c2e4a90-5b1d-4f3e-8a6c-9d0b1e2f3a4b";

    private TestApp? _app;
    private bool _ownsServers = true;

    public LocalIssuer Issuer { get; private set; } = null!;

    public RecordingConnector Connector { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public EchoAnswerEngine Engine { get; } = new();

    public StatusCardHandler Cards { get; } = new();

    public RecordingLoggerProvider Logs => _app!.Logs;

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
            ["Connector:BaseDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings ?? [])
        {
            configuration[key] = value;
        }

        host._app = TestApp.Start(new TestAppOptions
        {
            Environment = environment,
            Settings = configuration,
            SqlitePath = host.DatabasePath,
            RealPort = true,
            CaptureLogs = true,
            Services = registrations =>
            {
                // The fixtures' card verbs (saveStatus) belong to this host's recording handler, not to the real feature.
                registrations.RemoveAll<ICardActionHandler>();
                services?.Invoke(registrations);
                registrations.RemoveAll<IAnswerEngine>();
                registrations.AddSingleton<IAnswerEngine>(host.Engine);
                // The real card handlers (status, reminders) claim the same verbs; this host tests the channel with its own.
                registrations.RemoveAll<ICardActionHandler>();
                registrations.AddSingleton<ICardActionHandler>(host.Cards);
                registrations.AddSingleton<IChatHandler, ReportChatHandler>();
            },
        });
        host.Client = host._app.Client;
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
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_ownsServers)
        {
            await Connector.DisposeAsync();
            await Issuer.DisposeAsync();
        }
    }
}
