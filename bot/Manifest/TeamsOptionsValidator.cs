using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Manifest;

/// <summary>Checks the Teams section on start, with messages that name the setting.</summary>
public sealed partial class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.AppId) && !Guid.TryParse(options.AppId, out _))
        {
            failures.Add($"Teams:AppId must be a GUID (or empty to derive it from MicrosoftAppId), not '{options.AppId}'.");
        }

        if (!SemVer().IsMatch(options.Version ?? string.Empty))
        {
            failures.Add($"Teams:Version must be a version like 1.0.0 (major.minor.patch), not '{options.Version}'.");
        }

        if (string.IsNullOrWhiteSpace(options.ShortName) || options.ShortName.Length > 30)
        {
            failures.Add("Teams:ShortName must be 1 to 30 characters.");
        }

        if (string.IsNullOrWhiteSpace(options.DeveloperName) || options.DeveloperName.Length > 32)
        {
            failures.Add("Teams:DeveloperName must be 1 to 32 characters.");
        }

        CheckUrl(failures, "Teams:WebsiteUrl", options.WebsiteUrl);
        CheckUrl(failures, "Teams:PrivacyUrl", options.PrivacyUrl);
        CheckUrl(failures, "Teams:TermsOfUseUrl", options.TermsOfUseUrl);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(List<string> failures, string setting, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)
            && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{setting} must be an absolute https URL, not '{value}'.");
        }
    }

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex SemVer();
}
