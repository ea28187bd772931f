using System.Security.Claims;
using Assistant.Bot.Channel.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Bot.Channel.Authentication;

/// <summary>
/// Inbound authentication of a channel request, in the order of botbuilder-dotnet ChannelValidation.cs and
/// JwtTokenExtractor.cs (docs/protocol.md §1): bearer header; issuer before anything else; the signing key by kid (keys
/// refreshed on an unknown kid); the key endorsed for the activity's channelId; signature, RS256/384/512 only,
/// lifetime with 5 minutes skew; aud = MicrosoftAppId; the serviceurl claim equal to the activity's serviceUrl
/// (ordinal, ignoring case). Without a MicrosoftAppId a request with no Authorization header is anonymous
/// (development mode); a request that carries one is always validated.
/// </summary>
public sealed class ChannelAuthenticator(OpenIdSigningKeyCache keys, IOptions<BotFrameworkOptions> options, TimeProvider time) : IChannelAuthenticator
{
    public static readonly IReadOnlyList<string> AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    public const string ServiceUrlClaim = "serviceurl";

    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<ChannelAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return settings.IsDevelopmentMode ? ChannelAuthResult.Anonymous : ChannelAuthResult.Fail("no Authorization header");
        }

        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || parts[1].Length == 0)
        {
            return ChannelAuthResult.Fail("Authorization is not 'Bearer <token>'");
        }

        var token = parts[1];
        JsonWebToken parsed;
        try
        {
            parsed = Handler.ReadJsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException)
        {
            return ChannelAuthResult.Fail("the token is not a JWT");
        }

        // Issuer isn't allowed? No need to check the signature (JwtTokenExtractor.HasAllowedIssuer).
        if (!string.Equals(parsed.Issuer, settings.TokenIssuer, StringComparison.Ordinal))
        {
            return ChannelAuthResult.Fail("issuer not allowed");
        }

        if (!AllowedAlgorithms.Contains(parsed.Alg, StringComparer.Ordinal))
        {
            return ChannelAuthResult.Fail($"algorithm '{parsed.Alg}' not allowed");
        }

        if (string.IsNullOrEmpty(parsed.Kid))
        {
            return ChannelAuthResult.Fail("the token names no signing key");
        }

        var keySet = await keys.GetForKeyAsync(parsed.Kid, cancellationToken);
        var key = keySet.Find(parsed.Kid);
        if (key is null)
        {
            return ChannelAuthResult.Fail("unknown signing key");
        }

        if (!keySet.IsEndorsed(parsed.Kid, activity.ChannelId))
        {
            return ChannelAuthResult.Fail($"signing key not endorsed for channel '{activity.ChannelId}'");
        }

        var result = await Handler.ValidateTokenAsync(token, Parameters(settings, key));
        if (!result.IsValid)
        {
            return ChannelAuthResult.Fail(Describe(result.Exception));
        }

        if (CheckLifetime((JsonWebToken)result.SecurityToken) is { } lifetimeFailure)
        {
            return ChannelAuthResult.Fail(lifetimeFailure);
        }

        var identity = result.ClaimsIdentity;
        if (!string.IsNullOrEmpty(activity.ServiceUrl))
        {
            var claim = identity.FindFirst(ServiceUrlClaim)?.Value;
            if (string.IsNullOrWhiteSpace(claim))
            {
                return ChannelAuthResult.Fail("no serviceurl claim");
            }

            if (!string.Equals(claim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return ChannelAuthResult.Fail("serviceurl claim differs from the activity's serviceUrl");
            }
        }

        return ChannelAuthResult.Authenticated(identity);
    }

    private TokenValidationParameters Parameters(BotFrameworkOptions settings, SecurityKey key) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = settings.TokenIssuer,
        ValidateAudience = true,
        ValidAudience = settings.MicrosoftAppId?.Trim(),
        // Lifetime is checked by CheckLifetime on the injected clock (the parameters' own clock is not replaceable).
        ValidateLifetime = false,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = [key],
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
    };

    /// <summary>IdentityModel's Validators.ValidateLifetime, on <see cref="TimeProvider"/>: exp required, 5 minutes skew.</summary>
    private string? CheckLifetime(JsonWebToken token)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (token.ValidTo == DateTime.MinValue)
        {
            return "token has no expiry";
        }

        if (token.ValidFrom != DateTime.MinValue && token.ValidFrom > token.ValidTo)
        {
            return "token not valid before it expires";
        }

        if (token.ValidFrom != DateTime.MinValue && token.ValidFrom > now + ClockSkew)
        {
            return "token not yet valid";
        }

        return token.ValidTo < now - ClockSkew ? "token expired" : null;
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenInvalidIssuerException => "issuer not allowed",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "bad signature",
        SecurityTokenInvalidAlgorithmException => "algorithm not allowed",
        SecurityTokenNoExpirationException => "token has no expiry",
        null => "invalid token",
        _ => $"invalid token ({exception.GetType().Name})",
    };
}

/// <summary>Checks who sent an inbound activity.</summary>
public interface IChannelAuthenticator
{
    Task<ChannelAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <param name="Failure">Why the request was refused (no token content), null on success.</param>
public sealed record ChannelAuthResult(bool Succeeded, bool IsAnonymous, string? Failure, ClaimsIdentity? Identity)
{
    public static readonly ChannelAuthResult Anonymous = new(true, true, null, null);

    public static ChannelAuthResult Authenticated(ClaimsIdentity identity) => new(true, false, null, identity);

    public static ChannelAuthResult Fail(string reason) => new(false, false, reason, null);
}
