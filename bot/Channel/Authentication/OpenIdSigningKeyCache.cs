using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Bot.Channel.Authentication;

/// <summary>
/// Caches the channel's signing keys: fetched on first use, refreshed every 5 days and when a token names a key id the
/// cache does not know (at most once per 5 minutes, so forged key ids cannot hammer the metadata endpoint).
/// </summary>
/// <remarks>
/// Intervals as in botbuilder-dotnet JwtTokenExtractor.cs (ConfigurationManager, 5 day refresh) and botbuilder-js
/// openIdMetadata.ts (refresh on unknown kid). Not IdentityModel's ConfigurationManager: since 8.x it refreshes in the
/// background and hands out the stale keys meanwhile, so a rotated key would be refused until a later request, and its
/// clock cannot be replaced in tests. The metadata is still parsed by OpenIdConnectConfiguration and the keys by
/// JsonWebKeySet; the endorsements come from the same raw JWKS document.
/// </remarks>
public sealed class OpenIdSigningKeyCache(IHttpClientFactory httpClients, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<OpenIdSigningKeyCache> logger)
{
    public const string HttpClientName = "Assistant.Channel.OpenIdMetadata";
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromDays(5);
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan FailedFetchBackoff = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private SigningKeySet? _current;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;
    private Exception? _lastFailure;

    /// <summary>The keys, refreshed first when older than 5 days.</summary>
    public async Task<SigningKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        var now = time.GetUtcNow();

        // Old keys are refreshed; while the metadata endpoint fails, at most once per 5 minutes.
        if (current is not null && (now - current.FetchedAt < RefreshInterval || now - _lastAttempt < UnknownKeyRefreshInterval))
        {
            return current;
        }

        // No keys yet and the last fetch failed moments ago: do not hammer the endpoint with every request.
        if (current is null && _lastFailure is not null && now - _lastAttempt < FailedFetchBackoff)
        {
            throw new SigningKeysUnavailableException(_lastFailure);
        }

        return await RefreshAsync(current, force: false, cancellationToken);
    }

    /// <summary>The key set that holds <paramref name="keyId"/>, refreshing once when the cached set does not.</summary>
    public async Task<SigningKeySet> GetForKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = await GetAsync(cancellationToken);
        if (keys.Find(keyId) is not null || time.GetUtcNow() - _lastAttempt < UnknownKeyRefreshInterval)
        {
            return keys;
        }

        Log.SigningKeyUnknown(logger, LogText.Clean(keyId)!);
        return await RefreshAsync(keys, force: true, cancellationToken);
    }

    private async Task<SigningKeySet> RefreshAsync(SigningKeySet? seen, bool force, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            // Another caller refreshed while this one waited.
            if (_current is not null && !ReferenceEquals(_current, seen))
            {
                return _current;
            }

            if (force && time.GetUtcNow() - _lastAttempt < UnknownKeyRefreshInterval && _current is not null)
            {
                return _current;
            }

            // A fetch that failed while this caller waited is not repeated at once.
            if (_lastFailure is not null && time.GetUtcNow() - _lastAttempt < FailedFetchBackoff)
            {
                return _current ?? throw new SigningKeysUnavailableException(_lastFailure);
            }

            _lastAttempt = time.GetUtcNow();
            try
            {
                _current = await FetchAsync(cancellationToken);
                _lastFailure = null;
                Log.SigningKeysRefreshed(logger, _current.Keys.Count);
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or ArgumentException or InvalidOperationException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                _lastFailure = e;
                if (_current is null)
                {
                    throw new SigningKeysUnavailableException(e);
                }

                // Stale keys are better than none (as IdentityModel's ConfigurationManager does).
                Log.SigningKeysRefreshFailed(logger, e);
            }

            return _current;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<SigningKeySet> FetchAsync(CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        var metadataUrl = OutboundUrl.Require(options.Value.OpenIdMetadataUrl, "ToBotFromChannelOpenIdMetadataUrl");
        var metadata = OpenIdConnectConfiguration.Create(await http.GetStringAsync(metadataUrl, cancellationToken));
        var jwksUrl = OutboundUrl.Require(metadata.JwksUri, "jwks_uri");
        var jwksJson = await http.GetStringAsync(jwksUrl, cancellationToken);

        var keys = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        foreach (var key in new JsonWebKeySet(jwksJson).GetSigningKeys())
        {
            if (!string.IsNullOrEmpty(key.KeyId))
            {
                keys.TryAdd(key.KeyId, key);
            }
        }

        return new SigningKeySet(keys, ReadEndorsements(jwksJson), time.GetUtcNow());
    }

    /// <summary>kid → endorsements from the raw JWKS (botbuilder-dotnet EndorsementsRetriever.cs does the same).</summary>
    internal static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string jwksJson)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwksJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
            {
                result.TryAdd(kid.GetString()!, [.. endorsements.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]);
            }
        }

        return result;
    }
}

/// <summary>The signing keys could not be fetched and none are cached: the request cannot be judged (503, not 401).</summary>
public sealed class SigningKeysUnavailableException(Exception inner) : Exception("The channel's signing keys could not be fetched.", inner);
