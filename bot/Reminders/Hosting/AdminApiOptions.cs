namespace Assistant.Bot.Reminders.Hosting;

/// <summary>
/// The admin HTTP surface (section "AdminApi"): POST /api/admin/reminders/run, GET /api/admin/reminders and the
/// Hangfire dashboard at /hangfire. A request is an admin's when it carries the header <see cref="HeaderName"/> with
/// <see cref="Key"/>; in Development, requests from the machine itself are admitted too. No key configured outside
/// Development means these paths are closed.
/// </summary>
public sealed class AdminApiOptions
{
    public const string SectionName = "AdminApi";

    /// <summary>A long random secret, from the environment or user-secrets only (AdminApi__Key).</summary>
    public string? Key { get; set; }

    public string HeaderName { get; set; } = "X-Admin-Key";
}
