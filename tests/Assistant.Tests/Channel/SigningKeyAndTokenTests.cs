using System.Text.Json.Nodes;
using Assistant.Bot.Channel;
using Assistant.Bot.Channel.Authentication;
using Assistant.Bot.Channel.Schema;
using Assistant.Tests.Channel.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Channel;

/// <summary>
/// Key cache, authenticator and outbound token on a fake clock, against the local issuer over real HTTP: keys refreshed
/// every 5 days and on an unknown kid (at most every 5 minutes), lifetime with exactly 5 minutes of skew, the outbound
/// token renewed before it expires.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SigningKeyAndTokenTests : IAsyncLifetime
{
    private static readonly string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private LocalIssuer _issuer = null!;
    private ServiceProvider _http = null!;
    private IOptions<BotFrameworkOptions> _options = null!;

    public async ValueTask InitializeAsync()
    {
        _issuer = await LocalIssuer.StartAsync();
        _http = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        _options = Options.Create(new BotFrameworkOptions
        {
            MicrosoftAppId = BotHost.AppId,
            MicrosoftAppPassword = "test-secret",
            ToBotFromChannelOpenIdMetadataUrl = _issuer.MetadataUrl,
            ToChannelFromBotLoginUrl = _issuer.LoginUrl,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _http.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    private OpenIdSigningKeyCache Cache() =>
        new(_http.GetRequiredService<IHttpClientFactory>(), _options, _time, NullLogger<OpenIdSigningKeyCache>.Instance);

    private ChannelAuthenticator Authenticator(OpenIdSigningKeyCache cache) => new(cache, _options, _time);

    private static Activity Teams() => new() { Type = "message", ChannelId = "msteams", ServiceUrl = ServiceUrl };

    private string Token(Func<TokenSpec, TokenSpec>? change = null)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var spec = new TokenSpec { ServiceUrl = ServiceUrl, NotBefore = now.AddMinutes(-1), Expires = now.AddHours(1) };
        return "Bearer " + _issuer.CreateToken(change is null ? spec : change(spec));
    }

    [Fact]
    public async Task Keys_are_fetched_once_and_refreshed_after_five_days()
    {
        var cache = Cache();
        var ct = TestContext.Current.CancellationToken;

        var first = await cache.GetAsync(ct);
        await cache.GetAsync(ct);
        _time.Advance(TimeSpan.FromDays(5) - TimeSpan.FromSeconds(1));
        var stillCached = await cache.GetAsync(ct);
        _time.Advance(TimeSpan.FromSeconds(2));
        var refreshed = await cache.GetAsync(ct);

        Assert.Same(first, stillCached);
        Assert.NotSame(first, refreshed);
        Assert.Equal(2, _issuer.MetadataRequests);
        Assert.Equal(["emulator", "msteams"], first.Endorsements[LocalIssuer.TeamsKey].Order(StringComparer.Ordinal));
        Assert.False(first.Endorsements.ContainsKey(LocalIssuer.BareKey));
    }

    [Fact]
    public async Task An_outage_of_the_metadata_endpoint_is_not_hammered_and_cached_keys_stay_in_use()
    {
        var cache = Cache();
        var ct = TestContext.Current.CancellationToken;
        _issuer.Down = true;

        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => cache.GetAsync(ct));
        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => cache.GetAsync(ct));
        Assert.Equal(1, _issuer.MetadataRequests);
        _time.Advance(TimeSpan.FromSeconds(6));
        _issuer.Down = false;
        var keys = await cache.GetAsync(ct);
        Assert.Equal(2, _issuer.MetadataRequests);

        _issuer.Down = true;
        _time.Advance(TimeSpan.FromDays(6));
        Assert.Same(keys, await cache.GetAsync(ct));
        Assert.Same(keys, await cache.GetAsync(ct));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Same(keys, await cache.GetAsync(ct));
        Assert.Equal(3, _issuer.MetadataRequests);
    }

    [Fact]
    public async Task A_rotated_key_is_picked_up_on_its_first_use_once_five_minutes_have_passed_since_the_last_fetch()
    {
        var cache = Cache();
        var authenticator = Authenticator(cache);
        var ct = TestContext.Current.CancellationToken;
        Assert.True((await authenticator.AuthenticateAsync(Token(), Teams(), ct)).Succeeded);

        _issuer.Publish(LocalIssuer.LateKey);
        var tooSoon = await authenticator.AuthenticateAsync(Token(s => s with { KeyId = LocalIssuer.LateKey }), Teams(), ct);
        _time.Advance(TimeSpan.FromMinutes(5));
        var afterwards = await authenticator.AuthenticateAsync(Token(s => s with { KeyId = LocalIssuer.LateKey }), Teams(), ct);

        Assert.Equal("unknown signing key", tooSoon.Failure);
        Assert.True(afterwards.Succeeded, afterwards.Failure);
        Assert.Equal(2, _issuer.MetadataRequests);
    }

    [Theory]
    [InlineData(-299, true)]
    [InlineData(-301, false)]
    public async Task An_expired_token_is_accepted_for_exactly_five_minutes(int expiredSecondsAgo, bool accepted)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var token = Token(s => s with { NotBefore = now.AddHours(-1), Expires = now.AddSeconds(expiredSecondsAgo) });

        var result = await Authenticator(Cache()).AuthenticateAsync(token, Teams(), TestContext.Current.CancellationToken);

        Assert.Equal(accepted, result.Succeeded);
        Assert.Equal(accepted ? null : "token expired", result.Failure);
    }

    [Theory]
    [InlineData(299, true)]
    [InlineData(301, false)]
    public async Task A_token_from_the_future_is_accepted_within_five_minutes(int validInSeconds, bool accepted)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var token = Token(s => s with { NotBefore = now.AddSeconds(validInSeconds), Expires = now.AddHours(1) });

        var result = await Authenticator(Cache()).AuthenticateAsync(token, Teams(), TestContext.Current.CancellationToken);

        Assert.Equal(accepted, result.Succeeded);
    }

    [Fact]
    public async Task A_key_endorsed_for_webchat_signs_for_webchat_but_not_for_msteams()
    {
        var authenticator = Authenticator(Cache());
        var token = Token(s => s with { KeyId = LocalIssuer.WebChatKey });
        var ct = TestContext.Current.CancellationToken;

        var webchat = await authenticator.AuthenticateAsync(token, new Activity { Type = "message", ChannelId = "webchat", ServiceUrl = ServiceUrl }, ct);
        var teams = await authenticator.AuthenticateAsync(token, Teams(), ct);
        var noChannel = await authenticator.AuthenticateAsync(Token(), new Activity { Type = "message", ServiceUrl = ServiceUrl }, ct);

        Assert.True(webchat.Succeeded, webchat.Failure);
        Assert.Equal("signing key not endorsed for channel 'msteams'", teams.Failure);
        Assert.False(noChannel.Succeeded);
    }

    [Fact]
    public async Task The_outbound_token_is_cached_and_renewed_five_minutes_before_it_expires()
    {
        var provider = new BotTokenProvider(_http.GetRequiredService<IHttpClientFactory>(), _options, _time, NullLogger<BotTokenProvider>.Instance);
        var ct = TestContext.Current.CancellationToken;

        var first = await provider.GetTokenAsync(ct);
        _time.Advance(TimeSpan.FromMinutes(54));
        var cached = await provider.GetTokenAsync(ct);
        _time.Advance(TimeSpan.FromMinutes(1));
        var renewed = await provider.GetTokenAsync(ct);

        Assert.Equal("connector-token-1", first.AccessToken);
        Assert.Equal("connector-token-1", cached.AccessToken);
        Assert.Equal("connector-token-2", renewed.AccessToken);
        Assert.Equal(2, _issuer.TokenRequests.Count);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_token_request()
    {
        var provider = new BotTokenProvider(_http.GetRequiredService<IHttpClientFactory>(), _options, _time, NullLogger<BotTokenProvider>.Instance);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => provider.GetTokenAsync(TestContext.Current.CancellationToken)));

        Assert.All(tokens, t => Assert.Equal("connector-token-1", t.AccessToken));
        Assert.Single(_issuer.TokenRequests);
    }

    [Fact]
    public async Task A_failing_token_endpoint_is_a_failed_result_not_an_exception()
    {
        var options = Options.Create(new BotFrameworkOptions { MicrosoftAppId = BotHost.AppId, MicrosoftAppPassword = "x", ToChannelFromBotLoginUrl = _issuer.Url + "/missing/path/that/404s" });
        var provider = new BotTokenProvider(_http.GetRequiredService<IHttpClientFactory>(), options, _time, NullLogger<BotTokenProvider>.Instance);

        var result = await provider.GetTokenAsync(TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(404, result.StatusCode);
    }

    [Fact]
    public void The_jwks_endorsements_are_read_per_key()
    {
        var jwks = new JsonObject
        {
            ["keys"] = new JsonArray(
                new JsonObject { ["kid"] = "a", ["endorsements"] = new JsonArray("msteams", "skype") },
                new JsonObject { ["kid"] = "b" },
                new JsonObject { ["kid"] = "c", ["endorsements"] = "not an array" }),
        };

        var endorsements = OpenIdSigningKeyCache.ReadEndorsements(jwks.ToJsonString());

        Assert.Equal(["msteams", "skype"], endorsements["a"]);
        Assert.Equal(["a"], endorsements.Keys);
    }
}
