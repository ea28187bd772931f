using System.Text;
using System.Text.Json;
using Assistant.Bot.Cli;
using Assistant.Bot.Knowledge.Upload;
using Assistant.Bot.Clock;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Assistant.Tests.Knowledge;

/// <summary>The `import` and `export` verbs through the command line, wired as the host wires them, on a SQLite file.</summary>
public sealed class KnowledgeCommandTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private readonly string _folder = Directory.CreateTempSubdirectory("assistant-cli-").FullName;
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Assistant"] = $"Data Source={Path.Combine(_folder, "assistant.db")}",
            ["Knowledge:LoadSamples"] = "true",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddClock(configuration).AddStorage(configuration).AddKnowledge(configuration);
        _services = services.BuildServiceProvider(validateScopes: true);
        await DatabaseMigrator.MigrateAsync(_services, Ct);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(_services, args, stdout, stderr, Ct);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Import_prints_a_line_per_document_and_exits_1_when_a_file_failed_while_the_others_are_imported()
    {
        var docs = Directory.CreateDirectory(Path.Combine(_folder, "docs")).FullName;
        await File.WriteAllTextAsync(Path.Combine(docs, "plan.md"), "# Verksamhetsplan 2024\n\n| Aktivitet | Slutfört | Status |\n|---|---|---|\n| Införa e-signering | Q2 | Klart |\n| Se över rutinen | Q5 | Pågår |\n", Ct);
        await File.WriteAllBytesAsync(Path.Combine(docs, "trasig.docx"), [80, 75, 3, 4, 9, 9], Ct);
        await File.WriteAllTextAsync(Path.Combine(docs, "README.md"), "# Om mappen\n\nInget att importera här, bara en beskrivning av mappen.\n", Ct);
        var missing = Path.Combine(_folder, "finns-inte.txt");

        var (exit, stdout, stderr) = await RunAsync("import", docs, missing);

        Assert.Equal(1, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith(' ')).ToArray(); // changes are indented
        Assert.Equal(3, lines.Length);
        Assert.Equal("plan.md: 2 aktiviteter, 0 prognosvärden, 0 nyckeltal, 0 avsnitt; 1 problem", lines[0]);
        Assert.StartsWith("trasig.docx: misslyckades:", lines[1], StringComparison.Ordinal);
        Assert.StartsWith(missing + ": misslyckades: filen eller mappen finns inte", lines[2], StringComparison.Ordinal);
        Assert.Contains("Q5", stderr, StringComparison.Ordinal);
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssistantDbContext>();
        Assert.Equal(["plan.md"], await db.Documents.Select(d => d.SourceFile).ToListAsync(Ct));
    }

    [Fact]
    public async Task Import_with_dry_run_prints_the_preview_writes_nothing_and_the_real_import_prints_the_same_changes()
    {
        var file = Path.Combine(_folder, "plan.txt");
        await File.WriteAllBytesAsync(file, ImportPreviewTests.Version1, Ct);
        Assert.Equal(0, (await RunAsync("import", file)).Exit);
        await File.WriteAllBytesAsync(file, ImportPreviewTests.Version2, Ct);

        var (exit, stdout, _) = await RunAsync("import", "--dry-run", file);
        var (_, exported, _) = await RunAsync("export", "--format", "json");

        Assert.Equal(0, exit);
        Assert.StartsWith("Förhandsgranskning, inget är sparat: plan.txt", stdout, StringComparison.Ordinal);
        Assert.Contains("1\u00A0407 → 1\u00A0450", stdout, StringComparison.Ordinal);
        Assert.Contains("Införa nytt schemaverktyg", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("Utbilda alla chefer", exported, StringComparison.Ordinal);

        var (_, imported, _) = await RunAsync("import", file);
        Assert.StartsWith("plan.txt: 3 aktiviteter", imported, StringComparison.Ordinal);
        Assert.Equal(stdout.Split('\n').Skip(1), imported.Split('\n').Skip(1));
        Assert.Contains("Utbilda alla chefer", (await RunAsync("export", "--format", "json")).Out, StringComparison.Ordinal);
        var (_, again, _) = await RunAsync("import", "--dry-run", file);
        Assert.Contains("inga ändringar", again, StringComparison.Ordinal);

        // The two real imports are logged with the file's SHA-256; the dry runs are not.
        await using var scope = _services.CreateAsyncScope();
        var log = await scope.ServiceProvider.GetRequiredService<AssistantDbContext>().ImportLog.OrderBy(e => e.Id).ToListAsync(Ct);
        Assert.Equal(2, log.Count);
        Assert.All(log, e => Assert.Equal(("plan.txt", "kommandorad"), (e.FileName, e.Channel)));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ImportPreviewTests.Version2)), log[1].Sha256);
    }

    [Fact]
    public async Task Import_without_a_path_is_a_usage_error()
    {
        var (exit, _, stderr) = await RunAsync("import");
        Assert.Equal(2, exit);
        Assert.Contains("import", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_the_documented_shape_in_camel_case()
    {
        var file = Path.Combine(_folder, "uppfoljning.txt");
        await File.WriteAllTextAsync(file, "Uppföljning av verksamhetsplan 2024\n\nNämndmål\tAktivitet\tSlutfört\tAnsvarig\tStatus\tKommentar\nTrygghet\tSe över larmen\tQ3 Q4\tDirektören  Avd- c VB\tKlart\tKlart i juni\n\nPrognos\n\n\t2024\t2025\nPersonalbehov\t\t\nUndersköterska\t1 393\t1 407,5\n", Ct);
        Assert.Equal(0, (await RunAsync("import", file)).Exit);

        var (exit, stdout, _) = await RunAsync("export", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(["documents", "forecasts", "figures", "activities"], root.EnumerateObject().Select(p => p.Name));
        var document = root.GetProperty("documents")[0];
        Assert.Equal(["id", "title", "source", "organisation", "year", "kind", "period", "author", "commissionedBy", "dated", "forecastBy", "forecastUntil"], document.EnumerateObject().Select(p => p.Name));
        Assert.Equal("uppfoljning.txt", document.GetProperty("source").GetString());
        var forecast = root.GetProperty("forecasts")[1];
        Assert.Equal(["document", "measure", "group", "year", "value"], forecast.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1407.5m, forecast.GetProperty("value").GetDecimal());
        Assert.Equal("1407.5", forecast.GetProperty("value").GetRawText());
        var activity = root.GetProperty("activities")[0];
        Assert.Equal(["id", "document", "goal", "table", "title", "description", "owners", "deadline", "status", "comment"], activity.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["Direktören", "Avd- c VB"], activity.GetProperty("owners").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("Klart", activity.GetProperty("status").GetString());
        Assert.Equal("Q3 Q4", activity.GetProperty("deadline").GetProperty("text").GetString());
        Assert.Equal(document.GetProperty("id").GetInt32(), activity.GetProperty("document").GetInt32());
        Assert.Contains("\"Direktören\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_to_a_file_and_refuses_other_formats()
    {
        var target = Path.Combine(_folder, "kunskap.json");
        Assert.Equal(0, (await RunAsync("export", "--format", "json", "--out", target)).Exit);
        using (var json = JsonDocument.Parse(await File.ReadAllBytesAsync(target, Ct)))
        {
            Assert.Equal(0, json.RootElement.GetProperty("documents").GetArrayLength());
        }

        var (exit, _, stderr) = await RunAsync("export", "--format", "xml");
        Assert.Equal(2, exit);
        Assert.Contains("json", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_verbs_never_load_the_samples()
    {
        await RunAsync("export", "--format", "json");
        Assert.Contains(_services.GetServices<IHostedService>(), s => s.GetType().Name == "SampleLoader");
        await using var scope = _services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AssistantDbContext>().Documents.AnyAsync(Ct));
    }
}
