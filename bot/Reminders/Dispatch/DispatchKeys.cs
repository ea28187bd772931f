namespace Assistant.Bot.Reminders.Dispatch;

/// <summary>
/// The OwnerKey column of a dispatch: "owner|recipient" for a card to one person (so an owner with two people gets two
/// rows, each sent once), "owner" alone for an unresolved owner, "@admin|recipient" for the admins' notice of
/// unresolved owners, and "*" for the marker that the window's plan is complete.
/// </summary>
public static class DispatchKeys
{
    public const string Marker = "*";

    private const string AdminPrefix = "@admin";

    public static string ForRecipient(string ownerKey, string recipientKey) => $"{ownerKey}|{recipientKey}";

    public static string ForAdmin(string recipientKey) => ForRecipient(AdminPrefix, recipientKey);

    public static bool IsAdminNotice(string key) => key.StartsWith(AdminPrefix + "|", StringComparison.Ordinal);

    /// <summary>The normalised owner of a row ("" for activities without an owner).</summary>
    public static string OwnerOf(string key)
    {
        var bar = key.LastIndexOf('|');
        return bar < 0 ? key : key[..bar];
    }
}
