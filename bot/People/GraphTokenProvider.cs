using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Assistant.Bot.People;

/// <summary>
/// App-only token for Microsoft Graph by client credentials (POST {LoginUrl}/{tenant}/oauth2/v2.0/token, scope
/// {graph origin}/.default), cached until five minutes before it expires.
/// </summary>
public sealed class GraphTokenProvider(IHttpClientFactory http, IOptions<GraphOptions> options, TimeProvider time) : IAccessTokenProvider, IDisposable
{
    public const string HttpClientName = "MicrosoftGraphLogin";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expires;

    public AllowedHostsValidator AllowedHostsValidator { get; } = new([new Uri(options.Value.BaseUrl).Host]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return string.Empty;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is not null && time.GetUtcNow() < _expires)
            {
                return _token;
            }

            var settings = options.Value;
            var graph = new Uri(settings.BaseUrl);
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.ClientId!,
                ["client_secret"] = settings.ClientSecret!,
                ["scope"] = $"{graph.Scheme}://{graph.Authority}/.default",
            });
            var client = http.CreateClient(HttpClientName);
            using var response = await client.PostAsync(new Uri($"{settings.LoginUrl.TrimEnd('/')}/{Uri.EscapeDataString(settings.TenantId!)}/oauth2/v2.0/token"), form, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"The Graph token request failed with {(int)response.StatusCode}.", null, response.StatusCode);
            }

            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new HttpRequestException("The Graph token response was empty.");
            _token = token.AccessToken;
            _expires = time.GetUtcNow().AddSeconds(Math.Max(60, token.ExpiresIn - 300));
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
