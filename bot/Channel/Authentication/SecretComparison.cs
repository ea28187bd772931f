using System.Security.Cryptography;
using System.Text;

namespace Assistant.Bot.Channel.Authentication;

/// <summary>
/// Compares a presented secret (admin key, Direct Line secret) with the configured one in time that depends on
/// neither: both are hashed to SHA-256 first, so even the length of the secret cannot be learned by timing
/// (<see cref="CryptographicOperations.FixedTimeEquals"/> alone returns at once when the lengths differ).
/// </summary>
public static class SecretComparison
{
    public static bool Matches(string? given, string? secret) =>
        given is not null && !string.IsNullOrEmpty(secret)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
