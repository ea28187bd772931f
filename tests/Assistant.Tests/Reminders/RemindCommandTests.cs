using System.Text.Json.Nodes;
using Assistant.Bot.Channel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Assistant.Tests.Infrastructure;

namespace Assistant.Tests.Reminders;

/// <summary>`remind` on the real 2024 follow-up (seed 003), imported by the importer, as the maintainers' remind_check does.</summary>
[Trait("Category", "Integration")]
public sealed class RemindCommandTests
{
    private const string Finance = "22222222-2222-2222-2222-222222222222";

    private static string Seed003()
    {
        return Reports.SeedFiles.Find("003_9f207b15cc0d16f7.txt");
    }

    private static string Key(string? owner)
    {
        var text = System.Text.RegularExpressions.Regex.Replace((owner ?? string.Empty).Normalize().ToLowerInvariant(), @"[\s\-–]+", string.Empty);
        return text.EndsWith("ören", StringComparison.Ordinal) ? text[..^2] : text;
    }

    [Fact]
    public async Task The_dry_run_for_16_september_2024_plans_what_each_owner_of_the_2024_plan_must_follow_up()
    {
        var seed = Seed003();
        await using var cli = await TestApp.StartCommandLineAsync();
        Assert.Equal(0, (await cli.RunCommandAsync("import", seed)).Exit);

        var (exit, output, error) = await cli.RunCommandAsync("remind", "--as-of", "2024-09-16", "--dry-run", "--json");

        Assert.True(exit == 0, error);
        var plan = JsonNode.Parse(output)!.AsArray().Select(n => n!.AsObject()).ToList();
        var byOwner = plan.GroupBy(p => Key(p["owner"]!.GetValue<string>()))
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p["activities"]!.AsArray()).Select(a => a!["title"] + " " + a["description"]).ToList());
        var finance = Assert.Single(byOwner["ekonomichef"]);
        Assert.Contains("referenskostnader", finance, StringComparison.Ordinal);
        Assert.False(byOwner.ContainsKey("hrchef"));
        Assert.Equal(1, plan.Count(p => Key(p["owner"]!.GetValue<string>()) == "direktör")); // Direktör and Direktören are one owner
        Assert.Contains(byOwner["direktör"], t => t.Contains("FAS2", StringComparison.Ordinal));
        Assert.Contains(byOwner["direktör"], t => t.Contains("43", StringComparison.Ordinal));
        Assert.DoesNotContain(byOwner["direktör"], t => t.Contains("MBL", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.SelectMany(p => p["activities"]!.AsArray()), a => (string?)a!["status"] == "Klart");
        Assert.All(plan, p => Assert.False(p["resolved"]!.GetValue<bool>())); // nobody is mapped: all listed, none dropped
        Assert.All(plan, p => Assert.Equal("2024-Q3-14d", p["window"]!.GetValue<string>()));
        Assert.All(plan, p => Assert.Equal("AdaptiveCard", p["card"]!["type"]!.GetValue<string>()));

        var text = await cli.RunCommandAsync("remind", "--as-of", "2024-09-16", "--dry-run");
        Assert.Contains("Ekonomichef → EJ KOPPLAD", text.Out, StringComparison.Ordinal);
        Assert.Contains("Inga påminnelser 2024-09-17. Nästa: 2024-09-27", (await cli.RunCommandAsync("remind", "--as-of", "2024-09-17", "--dry-run")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_planned_reminder_cards_parse_validate_and_render_in_the_official_library()
    {
        var seed = Seed003();
        var root = Cards.NodeTool.RepositoryRoot();
        Cards.NodeTool.SkipUnlessAvailable(root);
        await using var cli = await TestApp.StartCommandLineAsync();
        Assert.Equal(0, (await cli.RunCommandAsync("import", seed)).Exit);
        var (_, output, _) = await cli.RunCommandAsync("remind", "--as-of", "2024-09-16", "--dry-run", "--json");
        var cards = new JsonArray([.. JsonNode.Parse(output)!.AsArray().Select(p => p!["card"]!.DeepClone())]);
        var file = Path.Combine(Path.GetTempPath(), $"reminder-cards-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, cards.ToJsonString(), TestContext.Current.CancellationToken);

        var result = await Cards.NodeTool.RunAsync(root, Path.Combine(root, "tests", "node", "cardcheck-all.js"), [file], TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains($"cards: {cards.Count} checked", result.Output, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public async Task Without_dry_run_the_day_is_sent_for_real_once_however_often_it_runs()
    {
        var seed = Seed003();
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 9, 16, 6, 0, 0, TimeSpan.Zero));
        var messenger = new RecordingMessenger(time);
        await using var cli = await TestApp.StartCommandLineAsync(new()
        {
            Environment = "Production",
            Settings = new Dictionary<string, string?> { ["Owners:Ekonomichef:0"] = Finance, ["Reminders:TenantId"] = "tenant-1" },
            Services = services =>
            {
                services.AddSingleton<TimeProvider>(time);
                services.AddSingleton<IProactiveMessenger>(messenger);
            },
        });
        messenger.Create = user => new ConversationReferenceRecord { UserId = $"29:{user}", AadObjectId = user, ChannelId = "msteams", ServiceUrl = "https://smba.example/teams/", ConversationId = $"a:{user}", BotId = "28:bot" };
        Assert.Equal(0, (await cli.RunCommandAsync("import", seed)).Exit);

        var first = await cli.RunCommandAsync("remind", "--as-of", "2024-09-16");
        var second = await cli.RunCommandAsync("remind", "--as-of", "2024-09-16");

        Assert.Equal(0, first.Exit);
        Assert.Contains("Skickat: 1", first.Err, StringComparison.Ordinal);
        Assert.Contains("Skickat: 0", second.Err, StringComparison.Ordinal);
        var sent = Assert.Single(messenger.Sends);
        Assert.Equal(Finance, sent.User);
        Assert.Contains("referenskostnader", sent.Message.Text, StringComparison.Ordinal);
    }
}
