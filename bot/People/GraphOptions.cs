using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.People;

/// <summary>
/// Microsoft Graph for the owner directory (section "Graph"). Used only when TenantId, ClientId and ClientSecret are
/// all set; application permissions User.Read.All (users, managers) and, to install the app for users,
/// TeamsAppInstallation.ReadWriteSelfForUser.All.
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    /// <summary>From the environment or user-secrets only (Graph__ClientSecret).</summary>
    public string? ClientSecret { get; set; }

    [Required]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Token endpoint host; the tenant and /oauth2/v2.0/token are appended.</summary>
    [Required]
    public string LoginUrl { get; set; } = "https://login.microsoftonline.com";

    /// <summary>How long directory answers (owner → people, managers) are kept.</summary>
    [Range(0, 1440)]
    public int CacheMinutes { get; set; } = 60;

    /// <summary>More matches than this for one owner name is ambiguous: the owner stays unresolved until configured.</summary>
    [Range(1, 100)]
    public int MaxUsersPerOwner { get; set; } = 5;

    /// <summary>The Teams app manifest id (externalId in the app catalog), to install the app for users who lack it.</summary>
    public string? TeamsAppExternalId { get; set; }

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}
