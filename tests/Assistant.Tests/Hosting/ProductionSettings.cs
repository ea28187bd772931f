namespace Assistant.Tests.Hosting;

/// <summary>
/// The least a host outside Development starts with (SECURITY.md): an app registration with its password, single
/// tenant with its tenant id. Tests of production behaviour add these, as a deployment must.
/// </summary>
public static class ProductionSettings
{
    public const string AppId = "0b7c8a3e-4f2d-4e1a-9c3b-2d5e6f7a8b9c";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// <summary>An admin key of the required length (32 characters or more).</summary>
    public const string AdminKey = "test-admin-key-5f1c-0123456789abcdef";

    public static IReadOnlyDictionary<string, string?> Values { get; } = new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "test-secret",
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppTenantId"] = TenantId,
    };

    /// <summary>The same, as environment variables for the bot process.</summary>
    public static Dictionary<string, string> Environment(params (string Key, string Value)[] extra)
    {
        var environment = Values.ToDictionary(p => p.Key, p => p.Value!);
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        return environment;
    }
}
