using System.Globalization;
using System.Text.Json;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Storage;
using Assistant.Tests.Infrastructure;
using static Assistant.Tests.Knowledge.KnowledgeTestFiles;

namespace Assistant.Tests.Knowledge;

/// <summary>
/// The five seeds imported together and exported as JSON, on SQLite and on PostgreSQL: every number of the 000
/// forecast table once, the 53 status rows of 003 with owners, deadlines and comments, the key figures of 004.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class SeedAcceptanceTests(PostgresServer postgres)
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_seeds_import_into_the_knowledge_base_the_contract_check_expects(string provider)
    {
        var seeds = new[] { "000", "001", "002", "003", "004" }.Select(Seed).ToList();
        await using var db = provider == "sqlite" ? await TestDatabase.CreateSqliteAsync() : await TestDatabase.CreatePostgresAsync(postgres);
        var importer = Importer(db);
        var results = new List<ImportResult>();
        foreach (var seed in seeds)
        {
            results.Add(await importer.ImportFileAsync(seed, Ct));
        }

        Assert.All(results, r => Assert.Equal(ImportOutcome.Imported, r.Outcome));
        var export = await ExportAsync(db);

        AssertForecasts(export, File.ReadAllLines(seeds[0]));
        AssertFollowUp(export, Activities(export, "003_"));
        AssertFigures(export);
        Assert.Empty(Activities(export, "001_"));
        // The plan's two activity tables are kept apart: each activity names the table it stands in.
        var perTable = Activities(export, "000_").GroupBy(a => a.GetProperty("table").GetString()).ToDictionary(g => g.Key ?? "(none)", g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["Aktivitetsplan verksamhet"] = 8, ["Aktivitetsplan förvaltningen"] = 16 }, perTable);
        Assert.Contains(results[1].Problems, p => p.Contains("Aktivitetsplan verksamhet", StringComparison.Ordinal));

        // Importing all again replaces: the same counts, nothing twice.
        foreach (var seed in seeds)
        {
            Assert.Equal(ImportOutcome.Replaced, (await importer.ImportFileAsync(seed, Ct)).Outcome);
        }

        var again = await ExportAsync(db);
        Assert.Equal(export.RootElement.GetProperty("activities").GetArrayLength(), again.RootElement.GetProperty("activities").GetArrayLength());
        Assert.Equal(
            export.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()),
            again.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()));
        AssertForecasts(again, File.ReadAllLines(seeds[0]));
    }

    private static async Task<JsonDocument> ExportAsync(AssistantDbContext db)
    {
        using var buffer = new MemoryStream();
        await KnowledgeExport.WriteJsonAsync(db, buffer, Ct);
        return JsonDocument.Parse(buffer.ToArray());
    }

    /// <summary>The 126 cells of the 000 table, read here from the seed's own lines, each exactly once in the export.</summary>
    private static void AssertForecasts(JsonDocument export, string[] seed)
    {
        var header = Array.FindIndex(seed, l => l.StartsWith("\t2019\t2020", StringComparison.Ordinal));
        var years = seed[header].Split('\t')[1..].Select(int.Parse).ToArray();
        var expected = new List<(string, string, int, decimal)>();
        string? measure = null;
        foreach (var line in seed.Skip(header + 1).TakeWhile(l => l.Length > 0))
        {
            var cells = line.Split('\t');
            if (cells.Skip(1).All(c => c.Length == 0))
            {
                measure = cells[0];
                continue;
            }

            expected.AddRange(years.Select((y, i) => (measure!, cells[0], y, decimal.Parse(cells[i + 1].Replace(" ", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture))));
        }

        Assert.Equal(126, expected.Count);
        var actual = export.RootElement.GetProperty("forecasts").EnumerateArray()
            .Select(f => (f.GetProperty("measure").GetString()!, f.GetProperty("group").GetString()!, f.GetProperty("year").GetInt32(), f.GetProperty("value").GetDecimal()))
            .ToList();
        Assert.Equal(expected.Order(), actual.Order());
    }

    private static List<JsonElement> Activities(JsonDocument export, string source)
    {
        var ids = export.RootElement.GetProperty("documents").EnumerateArray()
            .Where(d => d.GetProperty("source").GetString()!.StartsWith(source, StringComparison.Ordinal))
            .Select(d => d.GetProperty("id").GetInt32()).ToHashSet();
        return [.. export.RootElement.GetProperty("activities").EnumerateArray().Where(a => ids.Contains(a.GetProperty("document").GetInt32()))];
    }

    private static void AssertFollowUp(JsonDocument export, List<JsonElement> activities)
    {
        Assert.Equal(53, activities.Count);
        var statuses = activities.GroupBy(a => a.GetProperty("status").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["Klart"] = 34, ["Pågår"] = 17, ["Kvarstår"] = 1, ["Uppstart"] = 1 }, statuses);
        var document = export.RootElement.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("source").GetString()!.StartsWith("003_", StringComparison.Ordinal));
        Assert.Equal(2024, document.GetProperty("year").GetInt32());
        Assert.Equal("FollowUp", document.GetProperty("kind").GetString());

        JsonElement One(string word) => Assert.Single(activities, a =>
            (a.GetProperty("title").GetString() + " " + a.GetProperty("description").GetString()).Contains(word, StringComparison.OrdinalIgnoreCase));
        string[] Owners(JsonElement a) => [.. a.GetProperty("owners").EnumerateArray().Select(o => o.GetString()!)];
        bool SameOwners(JsonElement a, params string[] owners) =>
            Owners(a).Select(OwnerName.Normalize).Order().SequenceEqual(owners.Select(OwnerName.Normalize).Order());

        Assert.True(SameOwners(One("arbetstidsmodeller"), "Avd- c ÖVF", "Avd- c VB"));
        Assert.True(SameOwners(One("lönebildningsprocessen"), "HR-chef"));
        Assert.True(SameOwners(One("modellen för uppföljning av chefer"), "HR-chef", "Ekonomichef"));
        Assert.True(SameOwners(One("Nulägesbeskrivning"), "Avd- Myndighet och Kvalité", "Biträdande direktör"));
        var dementia = One("demensvänlig").GetProperty("deadline");
        Assert.Equal("Q3 Q4", dementia.GetProperty("text").GetString());
        Assert.Equal([3, 4], dementia.GetProperty("quarters").EnumerateArray().Select(q => q.GetInt32()));
        Assert.Equal(2024, dementia.GetProperty("year").GetInt32());
        var beata = One("BEATA").GetProperty("deadline");
        Assert.Equal((2025, 2026), (beata.GetProperty("year").GetInt32(), beata.GetProperty("yearTo").GetInt32()));
        Assert.Contains("höst 24", One("MBL").GetProperty("comment").GetString(), StringComparison.Ordinal);
        var escort = One("ledsagning");
        Assert.Equal("Uppstart", escort.GetProperty("status").GetString());
        Assert.True(SameOwners(escort, "Avd-C Vårdboende"));
        Assert.Empty(Owners(One("korttidsvistelse")));
        Assert.Contains(activities, a => Owners(a).Contains("Direktören"));
        Assert.Contains(activities, a => Owners(a).Contains("Avd-Myndighet och Kvalité"));
    }

    private static void AssertFigures(JsonDocument export)
    {
        var figures = export.RootElement.GetProperty("figures").EnumerateArray().ToList();
        decimal? Value(string row, string column, bool exact = false) => figures
            .Where(f => (exact ? f.GetProperty("row").GetString() == row : f.GetProperty("row").GetString()!.StartsWith(row, StringComparison.Ordinal))
                && f.GetProperty("column").GetString() == column)
            .Select(f => f.GetProperty("value").ValueKind == JsonValueKind.Number ? f.GetProperty("value").GetDecimal() : (decimal?)null)
            .Single();

        Assert.Equal(4.6m, Value("Sjukfrånvaro i procent av arbetstiden", "Utfall 2015"));
        Assert.Equal(556m, Value("Barn 0-20 år", "Utfall 2014"));
        Assert.Equal(124.5m, Value("Socialförvaltningen socialsekreterare", "Genomsnittligt antal tv-anställda"));
        Assert.Equal(6.4m, Value("Socialförvaltningen", "Totalt", exact: true));
        Assert.Null(Value("Sjukfrånvaro i procent av arbetstiden", "Målvärde 2016"));

        // The period stands in a caption row under the table's name ("160101-161231"): it joins the table's name (and its
        // year becomes the year of every cell whose column names none; the answering tests ask "sjukfrånvaro 2016").
        var sickLeave = figures.Single(f => f.GetProperty("row").GetString() == "Socialförvaltningen chefer" && f.GetProperty("column").GetString() == "Totalt"
            && f.GetProperty("table").GetString()!.StartsWith("Sjukfrånvaro", StringComparison.Ordinal));
        Assert.Equal("Sjukfrånvaro i % av arbetstiden 160101-161231", sickLeave.GetProperty("table").GetString());
    }
}
