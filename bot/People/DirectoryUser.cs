using Assistant.Bot.Conversation;

// The folder is Directory, the namespace People: a namespace named Directory would hide System.IO.Directory from
// every file under Assistant.Bot.
namespace Assistant.Bot.People;

/// <summary>
/// A person an owner name stands for: an AAD object id (GUID), a user principal name (user@tenant) or a Teams
/// channel user id ("29:..."), with what the directory knows of them.
/// </summary>
public sealed record DirectoryUser(string? AadObjectId, string? UserPrincipalName, string? DisplayName, string? ChannelUserId = null)
{
    public string? Mail { get; init; }

    public string? JobTitle { get; init; }

    public string? Department { get; init; }

    /// <summary>The stable key: the AAD object id when known, else the UPN, else the channel id; lower case.</summary>
    public string Key => (AadObjectId ?? UserPrincipalName ?? ChannelUserId ?? string.Empty).ToLowerInvariant();

    /// <summary>What people see: the display name, else the UPN, else the key.</summary>
    public string Label => DisplayName ?? UserPrincipalName ?? Mail ?? Key;

    /// <summary>Reads a configured entry: a GUID is an AAD object id, "29:..." a Teams user id, "a@b" a UPN.</summary>
    public static DirectoryUser? FromConfigured(string? entry)
    {
        var text = entry?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (Guid.TryParse(text, out var id))
        {
            return new DirectoryUser(id.ToString("D"), null, null);
        }

        if (text.StartsWith("29:", StringComparison.Ordinal) || text.StartsWith("8:", StringComparison.Ordinal))
        {
            return new DirectoryUser(null, null, null, text);
        }

        return text.Contains('@', StringComparison.Ordinal) ? new DirectoryUser(null, text, null) : null;
    }

    /// <summary>True when <paramref name="user"/> is this person (by AAD object id, channel id, or UPN/mail when both known).</summary>
    public bool Matches(UserRef user, string? userPrincipalName = null)
    {
        if (AadObjectId is not null && string.Equals(AadObjectId, user.AadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (ChannelUserId is not null && string.Equals(ChannelUserId, user.Id, StringComparison.Ordinal))
        {
            return true;
        }

        return userPrincipalName is not null
            && (string.Equals(UserPrincipalName, userPrincipalName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Mail, userPrincipalName, StringComparison.OrdinalIgnoreCase));
    }
}
