using System.Text.Json.Nodes;

namespace Assistant.Tests.Channel.Infrastructure;

/// <summary>The recorded-style Teams payloads in Fixtures/Teams (copied to the output folder).</summary>
internal static class TeamsFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Teams", name.EndsWith(".json", StringComparison.Ordinal) ? name : name + ".json");

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static JsonObject Load(string name) => JsonNode.Parse(Text(name))!.AsObject();

    public static IEnumerable<string> All() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Teams"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;
}
