using Microsoft.IdentityModel.Tokens;

namespace Assistant.Bot.Channel.Authentication;

/// <summary>
/// The channel's signing keys from one fetch of the OpenID metadata and its JWKS, with each key's endorsements
/// (the channel ids the key may sign for, an extra "endorsements" array on every JWK of the Bot Framework's JWKS).
/// </summary>
public sealed record SigningKeySet(
    IReadOnlyDictionary<string, SecurityKey> Keys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements,
    DateTimeOffset FetchedAt)
{
    public SecurityKey? Find(string keyId) => Keys.GetValueOrDefault(keyId);

    /// <summary>
    /// True when the key is endorsed for the channel. A key without endorsements is not endorsed for anything: stricter
    /// than botbuilder-js jwtTokenExtractor.ts (which skips the check then) and as docs/protocol.md §1 step 4 says.
    /// </summary>
    public bool IsEndorsed(string keyId, string? channelId) =>
        !string.IsNullOrEmpty(channelId)
        && Endorsements.TryGetValue(keyId, out var endorsements)
        && endorsements.Contains(channelId, StringComparer.Ordinal);
}
