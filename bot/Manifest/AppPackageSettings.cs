namespace Assistant.Bot.Manifest;

/// <summary>What one app package is made of: the bot, the manifest id, the domain it is served from, and the Teams section.</summary>
/// <param name="Domain">Host name of the bot's public endpoint (validDomains, default developer URLs); null when unknown.</param>
public sealed record AppPackageSettings(Guid BotId, Guid TeamsAppId, string? Domain, TeamsOptions Teams)
{
    /// <summary>Where the developer links point when neither Teams:*Url nor a domain is configured.</summary>
    public const string FallbackWebsite = "https://example.org/assistant";

    public bool UsesFallbackUrls =>
        Domain is null && (string.IsNullOrWhiteSpace(Teams.WebsiteUrl) || string.IsNullOrWhiteSpace(Teams.PrivacyUrl) || string.IsNullOrWhiteSpace(Teams.TermsOfUseUrl));

    /// <summary>The value of each {{PLACEHOLDER}} in the manifest folder.</summary>
    public IReadOnlyDictionary<string, string> Placeholders()
    {
        var site = Domain is null ? FallbackWebsite : $"https://{Domain}";
        var botId = BotId.ToString("D");
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["MICROSOFT_APP_ID"] = botId,
            ["TEAMS_APP_ID"] = TeamsAppId.ToString("D"),
            ["VERSION"] = Teams.Version,
            ["SHORT_NAME"] = Teams.ShortName,
            ["DEVELOPER_NAME"] = Teams.DeveloperName,
            ["WEBSITE_URL"] = Configured(Teams.WebsiteUrl) ?? site + "/",
            ["PRIVACY_URL"] = Configured(Teams.PrivacyUrl) ?? site + "/privacy",
            ["TERMS_OF_USE_URL"] = Configured(Teams.TermsOfUseUrl) ?? site + "/terms",
            ["DOMAIN"] = Domain ?? string.Empty,
            ["WEB_APPLICATION_RESOURCE"] = Domain is null ? $"api://botid-{botId}" : $"api://{Domain}/botid-{botId}",
        };
    }

    /// <summary>
    /// A host name from `--domain`: "assistant.kommun.se", or a URL whose host is taken
    /// ("https://assistant.kommun.se/api/messages").
    /// </summary>
    public static string NormalizeDomain(string value)
    {
        var text = value.Trim();
        if (text.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new AppPackageException($"--domain needs a host name such as assistant.kommun.se, not '{value}'.");
            }

            text = uri.Host;
        }

        text = text.TrimEnd('/').ToLowerInvariant();
        if (Uri.CheckHostName(text) != UriHostNameType.Dns || !text.Contains('.', StringComparison.Ordinal))
        {
            throw new AppPackageException($"--domain needs a host name such as assistant.kommun.se, not '{value}'.");
        }

        return text;
    }

    private static string? Configured(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
