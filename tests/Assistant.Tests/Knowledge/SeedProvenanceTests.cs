using Assistant.Bot.Knowledge;
using Assistant.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Assistant.Tests.Knowledge.KnowledgeTestFiles;

namespace Assistant.Tests.Knowledge;

/// <summary>
/// The seed documents (../shared/seeds; skipped with a message where they are absent) say who wrote them, for whom, when,
/// the period they cover and who made their forecast, and the import stores it on each document.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SeedProvenanceTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("000", null, null, null, "PwC", 2027, "2021 med plan för 2022-2028")]
    [InlineData("001", null, null, null, "PwC", 2027, null)]
    // 002 names SKL's national recruitment forecasts; it has no forecast of its own, so the import keeps no maker for it (below).
    [InlineData("002", "SKL", null, null, "SKL", null, "2019–2021")]
    [InlineData("003", null, null, null, null, null, "2024")]
    [InlineData("004", "KPMG AB", "Stadsrevisionen i Örebro kommun", "2017-01-10", null, null, "2016")]
    public void The_seeds_say_who_wrote_them_when_and_for_which_period(
        string seed, string? author, string? commissionedBy, string? dated, string? forecastBy, int? forecastUntil, string? period)
    {
        var file = Seed(seed);
        var metadata = Extract(Path.GetFileName(file), File.ReadAllBytes(file)).Metadata;
        var p = metadata.From;

        Assert.Equal(author, p.Author);
        Assert.Equal(commissionedBy, p.CommissionedBy);
        Assert.Equal(dated is null ? null : DateOnly.Parse(dated, System.Globalization.CultureInfo.InvariantCulture), p.Dated);
        Assert.Equal(forecastBy, p.ForecastBy);
        Assert.Equal(forecastUntil, p.ForecastUntil);
        Assert.Equal(period, metadata.Period ?? p.StatedPeriod);
    }

    [Fact]
    public async Task The_import_stores_the_provenance_and_a_second_extraction_keeps_what_the_first_gave()
    {
        var seeds = new[] { Seed("000"), Seed("001"), Seed("002"), Seed("004") };
        await using var db = await TestDatabase.CreateSqliteAsync();
        var importer = Importer(db);
        foreach (var file in seeds)
        {
            await importer.ImportFileAsync(file, Ct);
        }

        await using var read = TestDatabase.Reopen(db);
        var documents = await read.Documents.ToDictionaryAsync(d => d.SourceFile[..3], Ct);
        Assert.Equal(("PwC", 2027), (documents["000"].ForecastBy, documents["000"].ForecastUntil));
        Assert.Equal(("PwC", 2027, "2021 med plan för 2022-2028"), (documents["001"].ForecastBy, documents["001"].ForecastUntil, documents["001"].Period));
        Assert.Equal(("SKL", "2019–2021", (string?)null), (documents["002"].Author, documents["002"].Period, documents["002"].ForecastBy));
        Assert.Equal(("KPMG AB", "Stadsrevisionen i Örebro kommun", new DateOnly(2017, 1, 10)), (documents["004"].Author, documents["004"].CommissionedBy, documents["004"].Dated));
    }
}
