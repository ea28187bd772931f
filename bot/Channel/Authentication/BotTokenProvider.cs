using System.Text.Json;
using System.Text.Json.Serialization;
using Assistant.Bot.Channel.Schema;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channel.Authentication;

/// <summary>
/// The bot's outbound token: client credentials at {ToChannelFromBotLoginUrl}/oauth2/v2.0/token with the scope
/// {ToChannelFromBotOAuthScope}/.default (botbuilder-dotnet MicrosoftAppCredentials / PasswordServiceClientCredentialFactory,
/// docs/protocol.md §2). Cached and renewed 5 minutes before it expires (or at half its life when shorter); one request at a
/// time. In development mode (no MicrosoftAppId) there is no token.
/// </summary>
public sealed class BotTokenProvider(IHttpClientFactory httpClients, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<BotTokenProvider> logger) : IBotTokenProvider
{
    public const string HttpClientName = "Assistant.Channel.Token";
    public const string TokenPath = "/oauth2/v2.0/token";
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private CachedToken? _cached;

    public async Task<TokenResult> GetTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsDevelopmentMode)
        {
            return TokenResult.None;
        }

        var cached = _cached;
        if (cached is not null && time.GetUtcNow() < cached.RenewAt)
        {
            return TokenResult.Ok(cached.AccessToken);
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            cached = _cached;
            if (cached is not null && time.GetUtcNow() < cached.RenewAt)
            {
                return TokenResult.Ok(cached.AccessToken);
            }

            return await RequestAsync(settings, cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Forgets the cached token (after the connector answered 401 with it).</summary>
    public void Invalidate() => _cached = null;

    private async Task<TokenResult> RequestAsync(BotFrameworkOptions settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.MicrosoftAppPassword))
        {
            return TokenResult.Failed(0, "MicrosoftAppPassword is not set: the bot cannot get a token to reply.");
        }

        if (settings.IsSingleTenant && string.IsNullOrWhiteSpace(settings.MicrosoftAppTenantId) && string.IsNullOrWhiteSpace(settings.ToChannelFromBotLoginUrl))
        {
            return TokenResult.Failed(0, "MicrosoftAppTenantId is not set: a SingleTenant bot gets its token from its own tenant.");
        }

        Uri url;
        try
        {
            url = OutboundUrl.Require(settings.LoginUrl + TokenPath, "ToChannelFromBotLoginUrl");
        }
        catch (InvalidOperationException e)
        {
            return TokenResult.Failed(0, e.Message);
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.MicrosoftAppId!.Trim(),
            ["client_secret"] = settings.MicrosoftAppPassword,
            ["scope"] = settings.OAuthScope,
        });

        try
        {
            var requestedAt = time.GetUtcNow();
            var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.PostAsync(url, form, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                Log.TokenRequestFailed(logger, (int)response.StatusCode, url.GetLeftPart(UriPartial.Path));
                return TokenResult.Failed((int)response.StatusCode, $"The token endpoint answered {(int)response.StatusCode}.");
            }

            var body = await response.Content.ReadFromJsonAsync(ChannelJsonContext.Default.TokenResponse, cancellationToken);
            if (string.IsNullOrEmpty(body?.AccessToken) || body.ExpiresIn <= 0)
            {
                return TokenResult.Failed((int)response.StatusCode, "The token endpoint answered without access_token or expires_in.");
            }

            var lifetime = TimeSpan.FromSeconds(body.ExpiresIn);
            var renewAt = requestedAt + (lifetime > 2 * RenewBefore ? lifetime - RenewBefore : lifetime / 2);
            _cached = new CachedToken(body.AccessToken, renewAt);
            Log.TokenAcquired(logger, body.ExpiresIn);
            return TokenResult.Ok(body.AccessToken);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.TokenRequestError(logger, url.GetLeftPart(UriPartial.Path), e.GetType().Name);
            return TokenResult.Failed(0, "The token endpoint could not be reached.");
        }
    }

    private sealed record CachedToken(string AccessToken, DateTimeOffset RenewAt);
}

public interface IBotTokenProvider
{
    Task<TokenResult> GetTokenAsync(CancellationToken cancellationToken);

    void Invalidate();
}

/// <param name="AccessToken">Null in development mode (no token to send) or on failure.</param>
public sealed record TokenResult(bool Succeeded, string? AccessToken, int StatusCode = 0, string? Error = null)
{
    public static readonly TokenResult None = new(true, null);

    public static TokenResult Ok(string token) => new(true, token);

    public static TokenResult Failed(int statusCode, string error) => new(false, null, statusCode, error);
}

/// <summary>The token endpoint's answer (OAuth 2.0 client credentials).</summary>
public sealed class TokenResponse
{
    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    [JsonPropertyName("expires_in")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long ExpiresIn { get; set; }

    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }
}
