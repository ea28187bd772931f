using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assistant.Tests.Hosting;

/// <summary>
/// The whole bot in process (WebApplicationFactory over Program) with settings of the test's choosing. Settings go in
/// through UseSetting, which reaches Program as command-line arguments, before anything reads the configuration.
/// Defaults: a fresh SQLite file, no sample import.
/// </summary>
public sealed class AssistantFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public static AssistantFactory Sqlite(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:Assistant"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"assistant-host-{Guid.NewGuid():N}.db")}",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new AssistantFactory(settings);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Knowledge:LoadSamples", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
