using System.Security.Cryptography;
using System.Text;

namespace Assistant.Bot.Manifest;

/// <summary>Name-based UUIDs (RFC 9562 version 5, SHA-1): the same namespace and name give the same GUID.</summary>
public static class DeterministicGuid
{
    /// <summary>The namespace of Teams manifest ids derived from a bot's MicrosoftAppId (a fixed, random GUID).</summary>
    public static readonly Guid TeamsAppNamespace = new("5d7e3c1a-8f0b-4b6e-9a51-2c6f0e4d9b37");

    public static Guid Create(Guid namespaceId, string name)
    {
        Span<byte> input = stackalloc byte[16];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[16 + nameBytes.Length];
        input.CopyTo(buffer);
        nameBytes.CopyTo(buffer, 16);

#pragma warning disable CA5350 // SHA-1 is what RFC 9562 specifies for version 5; this is an identifier, not security.
        var hash = SHA1.HashData(buffer);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>The Teams manifest id for a bot: stable for its MicrosoftAppId, different from it.</summary>
    public static Guid TeamsAppIdFor(Guid microsoftAppId) =>
        Create(TeamsAppNamespace, "teams-app:" + microsoftAppId.ToString("D"));
}
