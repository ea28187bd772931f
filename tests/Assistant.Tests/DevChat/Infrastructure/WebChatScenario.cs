using System.Text.Json.Nodes;
using Assistant.Bot.Knowledge.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.DevChat.Infrastructure;

/// <summary>
/// The scenario the chat page is for, on the project's own test documents (Fixtures/WebChat, written for these tests):
/// a forecast to ask about, and an activity of "Utvecklingsledaren" due Q3 2025, so the reminder window
/// 2025-Q3-14d (2025-09-16) lists it.
/// </summary>
internal static class WebChatScenario
{
    public const string OwnerName = "Utvecklingsledaren";
    public const string ActivityTitle = "Införa digital signering av journalanteckningar";
    public const string ReminderDate = "2025-09-16";
    public const string ForecastQuestion = "Vad är rekryteringsbehovet för undersköterskor 2025?";
    public const string ForecastAnswer = "63";
    public const string StatusQuestion = "Vad är status för " + ActivityTitle + "?";

    public static Dictionary<string, string?> Settings => new()
    {
        // Answers read the knowledge fresh on every question, so a status just recorded is seen at once.
        ["Answering:FreshnessCheckSeconds"] = "0",
    };

    public static async Task ImportAsync(DirectLineHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<IDocumentImporter>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "WebChat")).Order(StringComparer.Ordinal))
        {
            var result = await importer.ImportFileAsync(file, TestContext.Current.CancellationToken);
            Assert.Empty(result.Problems);
        }
    }

    /// <summary>The page's id of a person, from /webchat/api/people.</summary>
    public static async Task<string> PersonIdAsync(DirectLineHost host, string name)
    {
        var people = JsonNode.Parse(await host.Client.GetStringAsync("/webchat/api/people", TestContext.Current.CancellationToken))!["people"]!.AsArray();
        return people.Single(p => p!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<string>();
    }
}
