using System.Text.Json;
using Assistant.Bot.Cli;
using Assistant.Bot.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.Answering;

public sealed class AskCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(int Code, string Out, string Err)> RunAsync(AnsweringHost host, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(host.Services, ["ask", .. args], stdout, stderr, Ct);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Ask_prints_the_answer_text_with_its_source()
    {
        await using var host = await AnsweringHost.CreateAsync();
        await host.SeedAsync();

        var (code, output, _) = await RunAsync(host, "Hur många socialsekreterare behöver vi rekrytera 2019?");

        Assert.Equal(0, code);
        Assert.Contains("51", output, StringComparison.Ordinal);
        Assert.Contains("Källa:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_source_line_names_when_the_document_was_imported()
    {
        await using var host = await AnsweringHost.CreateAsync();
        await host.SeedAsync();
        foreach (var document in host.Db.Documents)
        {
            document.ImportedAt = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
        }

        await host.Db.SaveChangesAsync(Ct);

        var (code, output, _) = await RunAsync(host, "Hur många socialsekreterare behöver vi rekrytera 2019?");

        Assert.Equal(0, code);
        var sourceLine = output[output.IndexOf("Källa:", StringComparison.Ordinal)..];
        Assert.Contains("inläst 2026-12-01", sourceLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_json_has_text_kind_sources_series_activity_ids_and_suggestions()
    {
        await using var host = await AnsweringHost.CreateAsync();
        await host.SeedAsync();

        var (code, output, _) = await RunAsync(host, "Visa personalbehovet för undersköterskor per år", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("series", root.GetProperty("kind").GetString());
        Assert.Contains("743", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(9, root.GetProperty("series").GetProperty("points").GetArrayLength());
        Assert.Equal(1, root.GetProperty("sources").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("activityIds").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("suggestions").ValueKind);

        // The reply activity as the chat sends it: the series as a card (chart with table fallback), the text as summary.
        var activity = Assert.Single(root.GetProperty("activities").EnumerateArray());
        Assert.Contains("743", activity.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var attachment = Assert.Single(activity.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.Equal("AdaptiveCard", attachment.GetProperty("content").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Ask_explain_prints_the_query_and_json_carries_it_with_the_item_count()
    {
        await using var host = await AnsweringHost.CreateAsync();
        await host.SeedAsync();

        var (code, output, _) = await RunAsync(host, "--explain", "Vilka aktiviteter ligger efter?", "--as-of", "2024-09-16");
        Assert.Equal(0, code);
        var first = output.Split('\n')[0];
        Assert.StartsWith("Query: target=ActivityList", first, StringComparison.Ordinal);
        Assert.Contains("overdue", first, StringComparison.Ordinal);
        Assert.Contains("Readings (score, evidence), best first:", output, StringComparison.Ordinal);
        Assert.Contains("Chosen: ActivityList", output, StringComparison.Ordinal);

        var (_, json, _) = await RunAsync(host, "Jämför rekryteringsbehovet för undersköterskor och socialsekreterare 2025", "--json");
        var root = JsonDocument.Parse(json).RootElement;
        var query = root.GetProperty("query");
        Assert.Equal("forecast", query.GetProperty("target").GetString());
        Assert.Equal("compare", query.GetProperty("operation").GetString());
        Assert.Equal(2, query.GetProperty("groups").GetArrayLength());
        Assert.Equal([2025], query.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
    }

    [Fact]
    public async Task As_of_sets_the_day_overdue_is_counted_from()
    {
        await using var host = await AnsweringHost.CreateAsync();
        await host.SeedAsync();

        var (_, early, _) = await RunAsync(host, "Vilka aktiviteter ligger efter?", "--as-of", "2024-09-16", "--json");
        var (_, late, _) = await RunAsync(host, "Vilka aktiviteter ligger efter?", "--as-of", "2024-10-15", "--json");

        Assert.Equal(1, JsonDocument.Parse(early).RootElement.GetProperty("activityIds").GetArrayLength());
        Assert.Equal(3, JsonDocument.Parse(late).RootElement.GetProperty("activityIds").GetArrayLength());
    }

    [Fact]
    public async Task Missing_question_is_a_usage_error()
    {
        await using var host = await AnsweringHost.CreateAsync();
        var (code, output, error) = await RunAsync(host);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("usage: ask", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_date_is_a_usage_error()
    {
        await using var host = await AnsweringHost.CreateAsync();
        var (code, _, error) = await RunAsync(host, "hej", "--as-of", "16/9/2024");
        Assert.Equal(2, code);
        Assert.Contains("--as-of", error, StringComparison.Ordinal);
    }
}
