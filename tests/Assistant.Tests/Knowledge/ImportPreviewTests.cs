using System.Text;
using System.Text.Json;
using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Storage;
using Assistant.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Assistant.Tests.Knowledge.KnowledgeTestFiles;

namespace Assistant.Tests.Knowledge;

/// <summary>`import --dry-run`: the preview of what an import changes, on SQLite and PostgreSQL; nothing is written.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ImportPreviewTests(PostgresServer postgres)
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 9, 1, 8, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    private Task<AssistantDbContext> DatabaseAsync(string provider) =>
        provider == "sqlite" ? TestDatabase.CreateSqliteAsync() : TestDatabase.CreatePostgresAsync(postgres);

    internal static string Plan(string second, string secondStatus, string secondComment, string third, string nurses2025) => $"""
        Uppföljning av verksamhetsplan 2024

        Omsorgsnämnden

        Nämndmål	Aktivitet	Slutfört	Ansvarig	Status	Kommentar
        Friska medarbetare	Införa friskvårdstimme	Q2	HR-chefen	Klart	
        	Halvera korttidsfrånvaron	Q3 Q4	{second}	{secondStatus}	{secondComment}
        	{third}	Q4	Direktör	Pågår	

        Prognos

        	2024	2025
        Personalbehov		
        Undersköterska	1 393	{nurses2025}
        Sjuksköterska	210	215
        """;

    internal static byte[] Version1 => Encoding.UTF8.GetBytes(Plan("Direktör", "Pågår", "", "Införa nytt schemaverktyg", "1 407"));

    internal static byte[] Version2 => Encoding.UTF8.GetBytes(Plan("Direktör, HR-chef", "Klart", "Klart i augusti", "Utbilda alla chefer i arbetsmiljö", "1 450"));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_dry_run_shows_each_change_exactly_and_leaves_the_database_as_it_was(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var importer = Importer(db, _time);
        Assert.False((await importer.ImportAsync("plan.txt", Version1, Ct)).Failed);
        await RecordCardStatusAsync(db, "Införa friskvårdstimme");
        var before = await DumpAsync(db);

        var dry = await importer.PreviewAsync("plan.txt", Version2, Ct);

        Assert.Equal(before, await DumpAsync(db));
        var preview = dry.Preview!;
        Assert.True(preview.DryRun);
        Assert.Equal(ImportOutcome.Replaced, preview.Outcome);
        Assert.Equal([new FactChange(ChangeKind.Changed, "Personalbehov, Undersköterska, 2025", "1\u00A0407", "1\u00A0450")], preview.Forecasts);
        Assert.Empty(preview.Figures);
        var changed = Assert.Single(preview.Activities, a => a.Kind == ChangeKind.Changed);
        Assert.Equal("Halvera korttidsfrånvaron", changed.Title);
        Assert.Equal(
            [new FieldChange("ansvarig", "Direktör", "Direktör, HR-chef"), new FieldChange("status", "Pågår", "Klart"), new FieldChange("kommentar", null, "Klart i augusti")],
            changed.Fields);
        Assert.Equal("Utbilda alla chefer i arbetsmiljö", Assert.Single(preview.Activities, a => a.Kind == ChangeKind.Added).Title);
        Assert.Equal("Införa nytt schemaverktyg", Assert.Single(preview.Activities, a => a.Kind == ChangeKind.Removed).Title);
        Assert.Equal(3, preview.Activities.Count);
        Assert.Equal((2, 3), (preview.ActivitiesKept, preview.HistoryKept)); // the two activities that stay: two import changes and the card change

        var text = ImportPreviewText.Render(dry);
        Assert.StartsWith("Förhandsgranskning, inget är sparat: plan.txt: ersätter tidigare import", text, StringComparison.Ordinal);
        Assert.Contains("    ~ Personalbehov, Undersköterska, 2025: 1\u00A0407 → 1\u00A0450", text, StringComparison.Ordinal);
        Assert.Contains("    ~ Halvera korttidsfrånvaron: ansvarig \"Direktör\" → \"Direktör, HR-chef\"; status \"Pågår\" → \"Klart\"; kommentar – → \"Klart i augusti\"", text, StringComparison.Ordinal);
        Assert.Contains("    + Utbilda alla chefer i arbetsmiljö", text, StringComparison.Ordinal);
        Assert.Contains("    - Införa nytt schemaverktyg", text, StringComparison.Ordinal);
        Assert.Contains("Statushistoriken behålls för 2 aktiviteter", text, StringComparison.Ordinal);

        // The real import does what the preview said, and says it the same way.
        var real = await importer.ImportAsync("plan.txt", Version2, Ct);
        Assert.False(real.Preview!.DryRun);
        Assert.Equal(ImportPreviewText.Lines(dry).Skip(1), ImportPreviewText.Lines(real).Skip(1));
        Assert.NotEqual(before, await DumpAsync(db));
        await using var read = TestDatabase.Reopen(db);
        Assert.Equal("Klart i augusti", (await read.Activities.SingleAsync(a => a.Title == "Halvera korttidsfrånvaron", Ct)).Comment);

        // The same file again changes nothing, and says so.
        var again = await importer.PreviewAsync("plan.txt", Version2, Ct);
        Assert.False(again.Preview!.HasChanges);
        Assert.Contains("inga ändringar", ImportPreviewText.Render(again), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_dry_run_of_a_new_file_imports_nothing(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var before = await DumpAsync(db);

        var dry = await Importer(db, _time).PreviewAsync("plan.txt", Version1, Ct);

        Assert.Equal(ImportOutcome.Imported, dry.Outcome);
        Assert.Equal(3, dry.Preview!.Count(ChangeKind.Added));
        Assert.Equal(4, dry.Preview.Forecasts.Count);
        Assert.Equal(before, await DumpAsync(db));
        Assert.Equal(0, await db.Documents.CountAsync(Ct));
    }

    private async Task RecordCardStatusAsync(AssistantDbContext db, string title)
    {
        var activity = await db.Activities.SingleAsync(a => a.Title == title, Ct);
        db.StatusChanges.Add(new StatusChange
        {
            ActivityId = activity.Id,
            From = activity.Status,
            To = ActivityStatus.Done,
            UserId = "aad-hr",
            UserName = "Hanna HR",
            At = _time.GetUtcNow(),
            Channel = StatusChannel.Card,
        });
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Every row of the knowledge and status tables, as JSON, read on a fresh context.</summary>
    internal static async Task<string> DumpAsync(AssistantDbContext db)
    {
        await using var read = TestDatabase.Reopen(db);
        var tables = new
        {
            Documents = await read.Documents.AsNoTracking().OrderBy(d => d.Id).ToListAsync(Ct),
            Forecasts = await read.Forecasts.AsNoTracking().OrderBy(f => f.Id).ToListAsync(Ct),
            Figures = await read.Figures.AsNoTracking().OrderBy(f => f.Id).ToListAsync(Ct),
            Passages = await read.Passages.AsNoTracking().OrderBy(p => p.Id).ToListAsync(Ct),
            Activities = await read.Activities.AsNoTracking().OrderBy(a => a.Id).ToListAsync(Ct),
            StatusChanges = await read.StatusChanges.AsNoTracking().OrderBy(s => s.Id).ToListAsync(Ct),
        };
        return JsonSerializer.Serialize(tables);
    }
}
