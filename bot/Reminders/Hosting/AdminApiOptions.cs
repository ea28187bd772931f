namespace Assistant.Bot.Reminders.Hosting;

/// <summary>
/// The admin HTTP surface: POST /api/admin/reminders/run, GET /api/admin/reminders and the Hangfire dashboard at
/// /hangfire. A request is an admin's when it carries the header <see cref="AdminApiHeader"/> with
/// <see cref="AdminApiKey"/>; in Development, requests from the machine itself are admitted too. No key outside
/// Development means these paths are closed. Bound from the configuration root.
/// </summary>
public sealed class AdminApiOptions
{
    /// <summary>Bound from the configuration root (keys AdminApiKey, AdminApiHeader).</summary>
    public const string SectionName = "";

    /// <summary>Shortest accepted <see cref="AdminApiKey"/>: a shorter one is refused on start.</summary>
    public const int MinKeyLength = 32;

    /// <summary>A long random secret (at least 32 characters), from the environment or user-secrets only.</summary>
    public string? AdminApiKey { get; set; }

    public string AdminApiHeader { get; set; } = "X-Api-Key";
}
