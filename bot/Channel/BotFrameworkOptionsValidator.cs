using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channel;

/// <summary>Checks the Bot Framework settings on start: a clear message instead of a failure at the first message.</summary>
public sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var errors = new List<string>();
        var type = options.MicrosoftAppType?.Trim();
        if (!string.IsNullOrEmpty(type)
            && !type.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase)
            && !type.Equals("SingleTenant", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"MicrosoftAppType must be MultiTenant or SingleTenant, not '{type}'.");
        }

        if (!options.IsDevelopmentMode && options.IsSingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            errors.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
        }

        if (!options.IsDevelopmentMode && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            errors.Add("MicrosoftAppPassword is required when MicrosoftAppId is set (the bot needs it to answer).");
        }

        foreach (var (key, value) in new[]
        {
            ("ToBotFromChannelOpenIdMetadataUrl", options.ToBotFromChannelOpenIdMetadataUrl),
            ("ToChannelFromBotLoginUrl", options.ToChannelFromBotLoginUrl),
        })
        {
            if (!string.IsNullOrWhiteSpace(value) && !Uri.TryCreate(value.Trim(), UriKind.Absolute, out _))
            {
                errors.Add($"{key} must be an absolute URL, not '{value}'.");
            }
        }

        foreach (var url in options.ServiceUrls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                errors.Add($"ServiceUrls: '{url}' is not an absolute URL.");
            }
        }

        if (options.MaxRequestBodyBytes is < 1024 or > 16 * 1024 * 1024)
        {
            errors.Add("MaxRequestBodyBytes must be between 1024 and 16777216.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
