using Microsoft.IdentityModel.Tokens;

namespace Assistant.Tests.Channel.Infrastructure;

/// <summary>What a channel token says; the defaults make a valid token for the test bot.</summary>
internal sealed record TokenSpec
{
    public string KeyId { get; init; } = LocalIssuer.TeamsKey;

    public string Issuer { get; init; } = LocalIssuer.BotFrameworkIssuer;

    public string? Audience { get; init; } = BotHost.AppId;

    public string? ServiceUrl { get; init; }

    public DateTime NotBefore { get; init; } = DateTime.UtcNow.AddMinutes(-1);

    public DateTime Expires { get; init; } = DateTime.UtcNow.AddHours(1);

    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    /// <summary>Signs with this key instead of the one named by <see cref="KeyId"/> (a forged signature).</summary>
    public string? SignWithKeyOf { get; init; }

    /// <summary>Leaves the "exp" claim out.</summary>
    public bool NoExpiry { get; init; }
}
