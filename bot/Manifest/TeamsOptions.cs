namespace Assistant.Bot.Manifest;

/// <summary>
/// The Teams app package (`package` verb): what goes into manifest.json beside MicrosoftAppId. Everything has a
/// default, so `package --out app.zip` needs nothing but MicrosoftAppId.
/// </summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>
    /// The manifest id (a GUID, the app's identity in the Teams catalogue). Empty: derived from MicrosoftAppId, the same
    /// every time, so a new package upgrades the installed app instead of adding a second one.
    /// </summary>
    public string? AppId { get; set; }

    /// <summary>The app version (semver x.y.z); raise it for every package uploaded to the catalogue.</summary>
    public string Version { get; set; } = "1.0.0";

    /// <summary>The app's short name in Teams (at most 30 characters).</summary>
    public string ShortName { get; set; } = "Assistent";

    /// <summary>Who publishes the app (at most 32 characters), e.g. the administration's name.</summary>
    public string DeveloperName { get; set; } = "Vård och omsorg";

    /// <summary>https URL of the app's support page. Empty: https://DOMAIN/ when --domain is given.</summary>
    public string? WebsiteUrl { get; set; }

    /// <summary>https URL of the privacy statement. Empty: https://DOMAIN/privacy (served by the bot).</summary>
    public string? PrivacyUrl { get; set; }

    /// <summary>https URL of the terms of use. Empty: https://DOMAIN/terms (served by the bot).</summary>
    public string? TermsOfUseUrl { get; set; }
}
