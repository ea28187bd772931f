using System.Text;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Storage;
using Assistant.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Assistant.Tests.Knowledge.KnowledgeTestFiles;

namespace Assistant.Tests.Knowledge;

/// <summary>Import into a real database, on SQLite and on PostgreSQL: replace on re-import, no duplicates, history kept.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ImporterTests(PostgresServer postgres)
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 9, 1, 8, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    private Task<AssistantDbContext> DatabaseAsync(string provider) =>
        provider == "sqlite" ? TestDatabase.CreateSqliteAsync() : TestDatabase.CreatePostgresAsync(postgres);

    private static string Plan(string statusOfSecond, string commentOfSecond = "") => $"""
        # Uppföljning av verksamhetsplan 2024

        Omsorgsnämnden

        ## Medarbetare

        Nämndmål	Aktivitet	Slutfört	Ansvarig	Status	Kommentar
        Friska medarbetare	Införa friskvårdstimme	Q2	HR-chefen	Klart	
        	Halvera korttidsfrånvaron	Q3 Q4	Direktör, HR-chef	{statusOfSecond}	{commentOfSecond}
        """;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Importing_a_file_again_replaces_what_it_gave_and_keeps_the_activities(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var importer = Importer(db, _time);
        var first = await importer.ImportAsync("plan.md", Encoding.UTF8.GetBytes(Plan("Pågår")), Ct);
        var ids = await db.Activities.OrderBy(a => a.Ordinal).Select(a => a.Id).ToListAsync(Ct);

        var again = await importer.ImportAsync("plan.md", Encoding.UTF8.GetBytes(Plan("Pågår")), Ct);

        Assert.Equal(ImportOutcome.Imported, first.Outcome);
        Assert.Equal(ImportOutcome.Replaced, again.Outcome);
        Assert.Equal(first.DocumentId, again.DocumentId);
        await using var read = TestDatabase.Reopen(db);
        Assert.Equal(1, await read.Documents.CountAsync(Ct));
        Assert.Equal(ids, await read.Activities.OrderBy(a => a.Ordinal).Select(a => a.Id).ToListAsync(Ct));
        Assert.Equal(first.Passages, await read.Passages.CountAsync(Ct));
        Assert.Equal(2, await read.StatusChanges.CountAsync(Ct));
        var activity = await read.Activities.SingleAsync(a => a.Title == "Halvera korttidsfrånvaron", Ct);
        Assert.Equal(["Direktör", "HR-chef"], activity.Owners);
        Assert.Equal(["direktör", "hr-chef"], activity.OwnerKeys);
        Assert.Equal(new DateOnly(2024, 12, 31), activity.Deadline.LastDay);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_new_version_with_another_status_records_a_status_change_through_the_import(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var importer = Importer(db, _time);
        await importer.ImportAsync("plan.md", Encoding.UTF8.GetBytes(Plan("Pågår")), Ct);
        _time.Advance(TimeSpan.FromDays(30));

        var result = await importer.ImportAsync("plan.md", Encoding.UTF8.GetBytes(Plan("Klart", "Klar i september")), Ct);

        Assert.Equal(ImportOutcome.Replaced, result.Outcome);
        await using var read = TestDatabase.Reopen(db);
        var activity = await read.Activities.Include(a => a.History).SingleAsync(a => a.Title == "Halvera korttidsfrånvaron", Ct);
        Assert.Equal(ActivityStatus.Done, activity.Status);
        Assert.Equal("Klar i september", activity.Comment);
        var change = activity.History.OrderBy(h => h.Id).Last();
        Assert.Equal((ActivityStatus.InProgress, ActivityStatus.Done, StatusChannel.Import), (change.From!.Value, change.To!.Value, change.Channel));
        Assert.Equal(_time.GetUtcNow(), change.At);
        Assert.Equal(2, activity.History.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Re_importing_an_unchanged_file_keeps_a_status_an_owner_recorded_since(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var importer = Importer(db, _time);
        await importer.ImportAsync("plan.md", Encoding.UTF8.GetBytes(Plan("Pågår")), Ct);
        var activity = await db.Activities.SingleAsync(a => a.Title == "Halvera korttidsfrånvaron", Ct);
        db.StatusChanges.Add(new StatusChange { Activity = activity, From = activity.Status, To = ActivityStatus.Done, UserId = "u1", At = _time.GetUtcNow(), Channel = StatusChannel.Card, SubmissionKey = "card-1" });
        activity.Status = ActivityStatus.Done;
        await db.SaveChangesAsync(Ct);
        db.ChangeTracker.Clear();

        await importer.ImportAsync("plan.md", Encoding.UTF8.GetBytes(Plan("Pågår")), Ct);

        await using var read = TestDatabase.Reopen(db);
        var after = await read.Activities.Include(a => a.History).SingleAsync(a => a.Id == activity.Id, Ct);
        Assert.Equal(ActivityStatus.Done, after.Status);
        Assert.Equal(2, after.History.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_same_content_under_another_name_is_not_imported_twice(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var importer = Importer(db, _time);
        await importer.ImportAsync("plan.md", Encoding.UTF8.GetBytes(Plan("Pågår")), Ct);

        var copy = await importer.ImportAsync("kopia av plan.md", Encoding.UTF8.GetBytes(Plan("Pågår") + "\n\n"), Ct);

        Assert.Equal(ImportOutcome.Duplicate, copy.Outcome);
        Assert.False(copy.Failed);
        Assert.Contains("plan.md", copy.Summary(), StringComparison.Ordinal);
        await using var read = TestDatabase.Reopen(db);
        Assert.Equal(1, await read.Documents.CountAsync(Ct));
        Assert.Equal(2, await read.Activities.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_file_that_cannot_be_read_fails_with_a_reason_and_changes_nothing(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var importer = Importer(db, _time);
        await importer.ImportAsync("plan.md", Encoding.UTF8.GetBytes(Plan("Pågår")), Ct);

        var broken = await importer.ImportAsync("plan.docx", [80, 75, 3, 4, 1, 2, 3], Ct);
        var pdf = await importer.ImportAsync("plan.pdf", [37, 80, 68, 70], Ct);
        var empty = await importer.ImportAsync("tom.txt", Encoding.UTF8.GetBytes("\n\n  \n"), Ct);
        var missing = await importer.ImportFileAsync(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".txt"), Ct);

        Assert.All([broken, pdf, empty, missing], r => Assert.True(r.Failed));
        Assert.Contains(".pdf", pdf.Summary(), StringComparison.Ordinal);
        Assert.Contains("misslyckades", broken.Summary(), StringComparison.Ordinal);
        await using var read = TestDatabase.Reopen(db);
        Assert.Equal(["plan.md"], await read.Documents.Select(d => d.SourceFile).ToListAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_extractions_of_one_plan_give_each_fact_once(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var importer = Importer(db, _time);
        var word = await importer.ImportAsync("plan-word.txt", Encoding.UTF8.GetBytes(TwoExtractions.Word), Ct);

        var pdf = await importer.ImportAsync("plan-pdf.txt", Encoding.UTF8.GetBytes(TwoExtractions.Pdf), Ct);

        Assert.Equal((6, 2), (word.Forecasts, word.Activities));
        Assert.Equal((0, 0, 1), (pdf.Forecasts, pdf.Activities, pdf.Passages));
        Assert.Contains(pdf.Notes, n => n.Contains("plan-word.txt", StringComparison.Ordinal));
        await using var read = TestDatabase.Reopen(db);
        var documents = await read.Documents.OrderBy(d => d.Id).ToListAsync(Ct);
        Assert.Equal(documents[0].PlanKey, documents[1].PlanKey);
        Assert.Equal(documents[0].Title, documents[1].Title);
        Assert.Equal(6, await read.Forecasts.CountAsync(Ct));
        Assert.Equal(2, await read.Activities.CountAsync(Ct));
        Assert.Contains("Ny text som bara finns i den andra", (await read.Passages.SingleAsync(p => p.DocumentId == documents[1].Id, Ct)).Text, StringComparison.Ordinal);

        var wordAgain = await importer.ImportAsync("plan-word.txt", Encoding.UTF8.GetBytes(TwoExtractions.Word), Ct);
        Assert.Equal((6, 2), (wordAgain.Forecasts, wordAgain.Activities));
        await using var after = TestDatabase.Reopen(db);
        Assert.Equal(6, await after.Forecasts.CountAsync(Ct));
    }
}
