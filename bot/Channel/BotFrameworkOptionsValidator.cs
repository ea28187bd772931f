using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channel;

/// <summary>
/// The channel's own settings checked on start. The SDK-named keys (MicrosoftAppId, MicrosoftAppType, tenant, password,
/// the endpoint overrides, AllowedTenants) are checked by Hosting's StartupSettingsValidator, a second validator of
/// these options, which knows whether a verb or the web host runs; they are not repeated here.
/// </summary>
public sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.ServiceUrls.Count; i++)
        {
            if (!Uri.TryCreate(options.ServiceUrls[i], UriKind.Absolute, out var uri) || !Authentication.OutboundUrl.IsAcceptable(uri))
            {
                errors.Add($"ServiceUrls:{i} must be an https URL such as https://smba.trafficmanager.net/emea/, not '{options.ServiceUrls[i]}'.");
            }
        }

        if (options.MaxRequestBodyBytes is < 1024 or > 16 * 1024 * 1024)
        {
            errors.Add($"MaxRequestBodyBytes must be between 1024 and 16777216, not {options.MaxRequestBodyBytes}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
