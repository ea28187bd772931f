using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Tests.Channel.Infrastructure;

/// <summary>
/// Stands in for login.botframework.com and login.microsoftonline.com on a real local port: the OpenID metadata, a
/// JWKS whose keys carry "endorsements" as the Bot Framework's do, channel tokens signed with those keys, and the
/// client-credentials token endpoint the bot gets its outbound token from.
/// </summary>
internal sealed class LocalIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string TeamsKey = "teams-key";
    public const string WebChatKey = "webchat-key";
    public const string BareKey = "bare-key";
    public const string RogueKey = "rogue-key";
    public const string LateKey = "late-key";

    // RSA key generation takes a while: every issuer of the test run signs with the same keys.
    private static readonly ConcurrentDictionary<string, RSA> SharedKeys = new(StringComparer.Ordinal);

    private readonly Dictionary<string, (RSA Rsa, string[]? Endorsements)> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _published = new(StringComparer.Ordinal);
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private WebApplication? _app;
    private int _tokensIssued;

    private LocalIssuer()
    {
        AddKey(TeamsKey, ["msteams", "emulator"], publish: true);
        AddKey(WebChatKey, ["webchat"], publish: true);
        AddKey(BareKey, null, publish: true);
        AddKey(RogueKey, ["msteams"], publish: false);
        AddKey(LateKey, ["msteams"], publish: false);
    }

    public string Url { get; private set; } = string.Empty;

    public string MetadataUrl => Url + "/v1/.well-known/openidconfiguration";

    public string LoginUrl => Url + "/botframework.com";

    public int MetadataRequests;

    public ConcurrentQueue<Dictionary<string, string>> TokenRequests { get; } = new();

    public ConcurrentQueue<string> IssuedAccessTokens { get; } = new();

    public static async Task<LocalIssuer> StartAsync()
    {
        var issuer = new LocalIssuer();
        issuer._app = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", issuer.Metadata);
            app.MapGet("/v1/keys", () => Results.Text(issuer.Jwks().ToJsonString(), "application/json"));
            app.MapPost("/{tenant}/oauth2/v2.0/token", issuer.IssueAccessTokenAsync);
        });
        issuer.Url = LocalServer.UrlOf(issuer._app);
        return issuer;
    }

    /// <summary>Adds a key to the JWKS (key rotation).</summary>
    public void Publish(string keyId) => _published[keyId] = true;

    public string CreateToken(TokenSpec spec)
    {
        // A key id the issuer never had is signed with the unpublished rogue key.
        var signer = _keys.TryGetValue(spec.SignWithKeyOf ?? spec.KeyId, out var key) ? key.Rsa : _keys[RogueKey].Rsa;
        var claims = new Dictionary<string, object>();
        if (spec.ServiceUrl is not null)
        {
            claims["serviceurl"] = spec.ServiceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            NotBefore = spec.NotBefore,
            Expires = spec.NoExpiry ? null : spec.Expires,
            IssuedAt = spec.NotBefore,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signer) { KeyId = spec.KeyId }, spec.Algorithm),
        };
        return _handler.CreateToken(descriptor);
    }

    /// <summary>An unsigned token ("alg":"none") that otherwise says everything a valid one says.</summary>
    public static string CreateUnsignedToken(TokenSpec spec)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = spec.KeyId };
        var payload = new JsonObject
        {
            ["iss"] = spec.Issuer,
            ["aud"] = spec.Audience,
            ["nbf"] = new DateTimeOffset(spec.NotBefore).ToUnixTimeSeconds(),
            ["exp"] = new DateTimeOffset(spec.Expires).ToUnixTimeSeconds(),
            ["serviceurl"] = spec.ServiceUrl,
        };
        return $"{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.";
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private void AddKey(string keyId, string[]? endorsements, bool publish)
    {
        _keys[keyId] = (SharedKeys.GetOrAdd(keyId, _ => RSA.Create(2048)), endorsements);
        if (publish)
        {
            _published[keyId] = true;
        }
    }

    private IResult Metadata()
    {
        Interlocked.Increment(ref MetadataRequests);
        var document = new JsonObject
        {
            ["issuer"] = BotFrameworkIssuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = Url + "/v1/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        };
        return Results.Text(document.ToJsonString(), "application/json");
    }

    private JsonObject Jwks()
    {
        var keys = new JsonArray();
        foreach (var (keyId, (rsa, endorsements)) in _keys.Where(k => _published.ContainsKey(k.Key)).OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var parameters = rsa.ExportParameters(includePrivateParameters: false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = keyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (endorsements is not null)
            {
                jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
            }

            keys.Add(jwk);
        }

        return new JsonObject { ["keys"] = keys };
    }

    private async Task<IResult> IssueAccessTokenAsync(HttpContext context, string tenant)
    {
        var form = await context.Request.ReadFormAsync();
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        fields["tenant"] = tenant;
        TokenRequests.Enqueue(fields);
        var token = $"connector-token-{Interlocked.Increment(ref _tokensIssued)}";
        IssuedAccessTokens.Enqueue(token);
        var body = new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["ext_expires_in"] = 3600, ["access_token"] = token };
        return Results.Text(body.ToJsonString(), "application/json");
    }
}
