using Assistant.Bot.Plans;
using Assistant.Bot.Reports;

namespace Assistant.Tests.Reports;

/// <summary>Reports built in memory for the writer tests (no database): every status, and text that needs quoting.</summary>
internal static class SampleReports
{
    /// <summary>The report model carries local times (the builder converts them with the Clock): 12:15 in Stockholm.</summary>
    public static readonly DateTimeOffset Reported = new(2024, 9, 20, 12, 15, 0, TimeSpan.FromHours(2));

    public static Report Create(DateOnly? since = null)
    {
        ActivityRow[] rows =
        [
            Row(1, "Samhälle", "Trygg kommun", "Krisledning; övning", ["Direktör"], "Q2", ActivityStatus.Done, "Övning \"Storm\" genomförd", "Anna Berg"),
            Row(2, "Samhälle", "Trygg kommun", "Miljöplan | gemensam", ["Avd- c ÖVF", "Avd- c VB"], "Q3 Q4", ActivityStatus.InProgress, "Rad ett\nrad två", "import"),
            Row(3, "Medarbetare", "Goda arbetsplatser", "Lönebildning", ["HR-chef"], "Q1", ActivityStatus.Remains, "-5 % sjukfrånvaro", "Bo Bitr", overdue: true),
            Row(4, "Medarbetare", "Goda arbetsplatser", "=SUM(A1:A9)", [], "2025/2026", ActivityStatus.StartingUp, "Sida\fbrytning\u0007 från PDF", "import"),
            Row(5, "Medarbetare", "Hållbart ledarskap", "Chefsmodell", ["Direktören"], "Q4", null, "@ledning", "import", statusText: "Fortsätter från 2023"),
        ];
        var perspectives = ReportGrouping.Group(rows);
        var summary = ReportSummary.From([.. perspectives.SelectMany(p => p.Goals)]);
        ReportChange[] changes = since is null
            ? []
            : [new ReportChange(101, "Krisledning; övning", ActivityStatus.InProgress, ActivityStatus.Done, "Övning \"Storm\" genomförd", "Anna Berg", Reported, StatusChannel.Card)];
        var plan = new PlanReport(7, "Verksamhetsplan 2024 – Testnämnden", "Testnämnden", 2024, null, "vp.txt", summary, perspectives, changes);
        return new Report(new DateOnly(2024, 9, 30), since, new DateTimeOffset(2024, 10, 1, 8, 0, 0, TimeSpan.FromHours(2)), [plan]);
    }

    public static Report WithTwoPlans()
    {
        var one = Create();
        var second = one.Plans[0] with { DocumentId = 8, Title = "Kompetensplan 2021" };
        return one with { Plans = [one.Plans[0], second] };
    }

    private static ActivityRow Row(int id, string perspective, string goal, string title, string[] owners, string deadline, ActivityStatus? status, string? comment, string by, bool overdue = false, string? statusText = null) =>
        new(id + 100, id, perspective, goal, title, deadline, null, owners, status, statusText ?? ReportStatuses.Word(status), comment, by,
            by == "import" ? Reported.AddDays(-15) : Reported, by == "import" ? StatusChannel.Import : StatusChannel.Card, overdue, ChangedSince: id == 1);
}
