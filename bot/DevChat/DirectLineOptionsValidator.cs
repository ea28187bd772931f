using Microsoft.Extensions.Options;

namespace Assistant.Bot.DevChat;

/// <summary>
/// Outside Development, WebChat:Enabled=true needs a Direct Line secret: without one the token endpoint would hand
/// anyone who reaches it an identity. A secret, where given, must be long enough not to be guessed.
/// </summary>
public sealed class DirectLineOptionsValidator(IHostEnvironment environment) : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var failures = new List<string>();
        if (options.HasSecret && options.DirectLineSecret!.Trim().Length < DirectLineOptions.MinSecretLength)
        {
            failures.Add($"WebChat:DirectLineSecret must be at least {DirectLineOptions.MinSecretLength} characters (e.g. openssl rand -base64 32).");
        }

        if (!environment.IsDevelopment() && options.Enabled == true && !options.HasSecret)
        {
            failures.Add($"WebChat:Enabled=true outside the Development environment (this is '{environment.EnvironmentName}') needs WebChat:DirectLineSecret: without it anyone could take a chat identity. Set the secret for a backend that signs users in, or leave WebChat:Enabled unset.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
