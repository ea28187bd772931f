using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Storage;
using Assistant.Tests.Infrastructure;

namespace Assistant.Tests.Reports;

/// <summary>
/// A small plan written for the report tests (our own words), stored as the importer and the status recorder store it:
/// statuses read from the document on the activity, later changes appended to the history with who, when and channel.
/// </summary>
internal static class ReportTestData
{
    /// <summary>The import: 5 September 2024, 12:00 in Stockholm.</summary>
    public static readonly DateTimeOffset ImportedAt = new(2024, 9, 5, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Eva sets the referenskostnader activity to Klart from the card: 20 September 2024, 12:15 in Stockholm.</summary>
    public static readonly DateTimeOffset EvaAt = new(2024, 9, 20, 10, 15, 0, TimeSpan.Zero);

    /// <summary>Bo sets the tillsyn activity to Klart in chat late on 2 October 2024: 23:30 in Stockholm is 21:30 UTC.</summary>
    public static readonly DateTimeOffset BoAt = new(2024, 10, 2, 21, 30, 0, TimeSpan.Zero);

    public sealed record Ids(int Plan2024, int Plan2021, int Tillsyn, int Referens, int Larm);

    public static async Task<AssistantDbContext> OpenAsync(string provider, PostgresServer postgres) =>
        provider == "postgres" ? await TestDatabase.CreatePostgresAsync(postgres) : await TestDatabase.CreateSqliteAsync();

    public static async Task<Ids> SeedAsync(AssistantDbContext db)
    {
        var plan = new KnowledgeDocument
        {
            Title = "Verksamhetsplan 2024 för Testnämnden",
            Organisation = "Testnämnden",
            Year = 2024,
            Kind = DocumentKind.FollowUp,
            SourceFile = "vp2024.txt",
            ContentHash = "hash-2024",
            ImportedAt = ImportedAt,
        };
        var older = new KnowledgeDocument
        {
            Title = "Kompetensplan 2021",
            Year = 2021,
            Kind = DocumentKind.StaffingPlan,
            SourceFile = "kp2021.txt",
            ContentHash = "hash-2021",
            ImportedAt = ImportedAt,
        };
        db.Documents.AddRange(plan, older);

        // Added out of order on purpose: the report must follow Ordinal, not insertion.
        var referens = Activity(plan, 3, "Ekonomi", "Hållbar ekonomi", "Referenskostnader egen regi", ["Ekonomichef"], Q(3), ActivityStatus.InProgress, "Pågår", null);
        var utvardera = Activity(plan, 4, "Medborgare", "God vård", "Utvärdera hemtjänstens insatser", ["HR-chef", "Ekonomichef"], Q(4), ActivityStatus.StartingUp, "Uppstart", "Start \"i höst\"; enkät\nsedan intervjuer");
        var kartlagga = Activity(plan, 0, "Medborgare", "God vård", "Kartlägga väntetider", ["Avd- Myndighet och Kvalité"], Q(2), ActivityStatus.Done, "Klart", "Klar i maj");
        var tillsyn = Activity(plan, 1, "Medborgare", "God vård", "Digital tillsyn; pilot", ["Biträdande direktör"], Q(3), ActivityStatus.InProgress, "Pågår", "Pilot på två boenden");
        var larm = Activity(plan, 2, "Medborgare", "Trygg omsorg", "Ny rutin för larm", [], Q(1), ActivityStatus.Remains, "Kvarstår", null);
        var budget = Activity(plan, 5, "Ekonomi", "Hållbar ekonomi", "=Budget i balans", ["Ekonomichef"], new Deadline("2025/2026", 2025, 2026, []), null, "Fortsätter från 2023", null);
        var heltid = Activity(older, 0, null, null, "Heltid som norm", ["HR-chef"], new Deadline("2021-2023", 2021, 2023, []), ActivityStatus.InProgress, "Pågår", null);
        var schema = Activity(older, 1, null, null, "Schemaläggning", ["HR-chef"], new Deadline("2022", 2022, null, []), ActivityStatus.Done, "Klart", null);
        db.Activities.AddRange(referens, utvardera, kartlagga, tillsyn, larm, budget, heltid, schema);

        // The importer's own record of the referenskostnader status, then Eva's change from the reminder card.
        referens.History.Add(new StatusChange { To = ActivityStatus.InProgress, UserId = "import", At = ImportedAt, Channel = StatusChannel.Import });
        Change(referens, ActivityStatus.InProgress, ActivityStatus.Done, "Modellen klar", "aad-eva", "Eva Ekonom", EvaAt, StatusChannel.Card);
        Change(tillsyn, ActivityStatus.InProgress, ActivityStatus.Done, "Klar, driftsatt", "29:bo", "Bo Bitr", BoAt, StatusChannel.Chat);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new Ids(plan.Id, older.Id, tillsyn.Id, referens.Id, larm.Id);
    }

    /// <summary>What the status recorder does: append the change and move the activity's current status.</summary>
    public static void Change(PlanActivity activity, ActivityStatus? from, ActivityStatus to, string? comment, string userId, string userName, DateTimeOffset at, StatusChannel channel)
    {
        activity.History.Add(new StatusChange { From = from, To = to, Comment = comment, UserId = userId, UserName = userName, At = at, Channel = channel, SubmissionKey = $"{userId}-{at.ToUnixTimeSeconds()}" });
        activity.Status = to;
        activity.StatusRaw = null;
        activity.Comment = comment;
        activity.StatusChangedAt = at;
        activity.StatusChangedBy = userName;
    }

    private static Deadline Q(int quarter) => new($"Q{quarter}", 2024, null, [quarter]);

    private static PlanActivity Activity(KnowledgeDocument document, int ordinal, string? perspective, string? goal, string title, List<string> owners, Deadline deadline, ActivityStatus? status, string raw, string? comment) => new()
    {
        Document = document,
        ExternalKey = $"{document.ContentHash}-{ordinal}",
        Ordinal = ordinal,
        Perspective = perspective,
        Goal = goal,
        Title = title,
        Owners = owners,
        OwnerKeys = [.. owners.Select(OwnerName.Normalize)],
        Deadline = deadline,
        Status = status,
        StatusRaw = raw,
        Comment = comment,
    };
}
