using System.Security.Cryptography;
using System.Text;

namespace Assistant.Bot.DevChat;

public enum PersonKind
{
    Owner,
    Admin,
}

/// <summary>
/// Someone the chat page lets you be: an activity owner as the plans name them ("HR-chef"), or Admin. Ids are stable
/// (derived from the normalised owner name), so a reload or a reminder finds the same person and conversation; the
/// derived AAD object id makes them look like a Teams user to the bot.
/// </summary>
/// <param name="OwnerKey">The normalised owner name (see OwnerName); empty for Admin.</param>
public sealed record WebChatPerson(string Id, string Name, PersonKind Kind, string OwnerKey, string AadObjectId)
{
    public const string IdPrefix = "webchat-";
    public const string AdminId = IdPrefix + "admin";

    public static WebChatPerson Admin { get; } = new(AdminId, "Admin", PersonKind.Admin, string.Empty, DerivedGuid("admin"));

    public static WebChatPerson Owner(string ownerKey, string name) =>
        new(IdPrefix + "owner-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ownerKey)))[..16], name, PersonKind.Owner, ownerKey, DerivedGuid("owner:" + ownerKey));

    public static bool IsPersonId(string? userId) => userId?.StartsWith(IdPrefix, StringComparison.Ordinal) == true;

    public DirectLineUser ToUser() => new(Id, Name, AadObjectId);

    private static string DerivedGuid(string seed) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("assistant-webchat:" + seed))[..16]).ToString("D");
}
