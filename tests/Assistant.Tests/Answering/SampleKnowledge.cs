using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Knowledge;

namespace Assistant.Tests.Answering;

/// <summary>
/// Knowledge built in the test, shaped like the seeds (the forecast figures are the 000 table's; activities, key figures
/// and passages are written in our own words). Documents 1 (staffing plan), 2 (follow-up 2024), 3 (audit).
/// </summary>
public static class SampleKnowledge
{
    public const string ForecastTable = "Personalbehov och rekryteringsbehov";

    private static readonly string[] Groups =
    [
        "Administratör", "Ledning", "Personlig assistent", "Socialsekreterare/biståndsbedömare", "Vårdare/undersköterska/assistent", "Övriga yrkeskategorier", "Totalt",
    ];

    private static readonly int[][] Staffing =
    [
        [56, 56, 57, 57, 58, 59, 60, 60, 61],
        [63, 63, 64, 65, 66, 66, 67, 68, 69],
        [124, 126, 127, 128, 130, 131, 133, 135, 136],
        [268, 271, 274, 277, 280, 284, 287, 291, 294],
        [743, 751, 759, 768, 777, 787, 796, 806, 815],
        [139, 140, 141, 143, 145, 146, 148, 150, 152],
        [1393, 1407, 1422, 1438, 1456, 1473, 1491, 1510, 1527],
    ];

    private static readonly int[][] Recruitment =
    [
        [10, 10, 13, 9, 11, 11, 14, 11, 12],
        [14, 13, 16, 14, 17, 15, 16, 14, 17],
        [19, 18, 20, 19, 19, 19, 19, 19, 18],
        [51, 44, 51, 49, 46, 52, 50, 51, 55],
        [106, 104, 118, 115, 117, 124, 112, 123, 129],
        [24, 22, 22, 26, 30, 25, 32, 29, 32],
        [224, 211, 240, 232, 240, 246, 243, 247, 263],
    ];

    public static IReadOnlyList<KnowledgeDocument> Documents { get; } =
    [
        new() { Id = 1, Title = "Personal- och kompetensförsörjningsplan 2021", Organisation = "Social- och omsorgsnämnden", Year = 2021, Kind = DocumentKind.StaffingPlan, SourceFile = "plan.txt", ContentHash = "a" },
        new() { Id = 2, Title = "Uppföljning av verksamhetsplan 2024", Organisation = "Vård- och äldreomsorgsnämnden", Year = 2024, Kind = DocumentKind.FollowUp, SourceFile = "uppf.txt", ContentHash = "b" },
        new() { Id = 3, Title = "Revisionsrapport om bemanning", Organisation = "Stadsrevisionen", Year = 2016, Kind = DocumentKind.Audit, SourceFile = "rev.txt", ContentHash = "c" },
    ];

    public static IEnumerable<ForecastValue> Forecasts()
    {
        var id = 0;
        foreach (var (measure, rows) in new[] { ("Personalbehov", Staffing), ("Rekryteringsbehov", Recruitment) })
        {
            for (var g = 0; g < Groups.Length; g++)
            {
                for (var y = 0; y < 9; y++)
                {
                    yield return new ForecastValue { Id = ++id, DocumentId = 1, Measure = measure, Group = Groups[g], Year = 2019 + y, Value = rows[g][y], Table = ForecastTable };
                }
            }
        }
    }

    public static IEnumerable<KeyFigure> Figures()
    {
        var id = 0;
        const string table = "Indikatorer för medarbetare";
        KeyFigure Cell(string row, string column, int? year, decimal? value, string raw, string? unit = null) =>
            new() { Id = ++id, DocumentId = 3, Table = table, Row = row, Column = column, Year = year, Value = value, RawText = raw, Unit = unit };

        yield return Cell("Sjukfrånvaro i procent av arbetstiden", "Utfall 2013", 2013, 4m, "4");
        yield return Cell("Sjukfrånvaro i procent av arbetstiden", "Utfall 2014", 2014, 3.9m, "3,9");
        yield return Cell("Sjukfrånvaro i procent av arbetstiden", "Utfall 2015", 2015, 4.6m, "4,6");
        yield return Cell("Personalomsättning tillsvidareanställd personal", "Utfall 2015", 2015, 13m, "13%", "%");
        yield return Cell("Personalomsättning tillsvidareanställd personal, myndighetsutövning", "Utfall 2015", 2015, 23m, "23%", "%");
        yield return Cell("Genomsnittlig sysselsättningsgrad för anställda, %", "Utfall 2014", 2014, 98.5m, "98,5");
        yield return Cell("Genomsnittlig sysselsättningsgrad för anställda, %", "Utfall 2015", 2015, 98.5m, "98,5");
    }

    public static IEnumerable<PlanActivity> Activities()
    {
        var id = 0;
        PlanActivity Activity(string title, string deadline, int? year, int[] quarters, ActivityStatus? status, string[] owners, string? comment = null, int? yearTo = null) => new()
        {
            Id = ++id,
            DocumentId = 2,
            Ordinal = id,
            ExternalKey = "a" + id,
            Title = title,
            Owners = [.. owners],
            OwnerKeys = [.. owners.Select(OwnerName.Normalize)],
            Deadline = new Deadline(deadline, year, yearTo, quarters),
            Status = status,
            StatusRaw = status?.ToString(),
            Comment = comment,
        };

        yield return Activity("Se till att medarbetarna har de språkkunskaper arbetet kräver", "Q4", 2024, [4], ActivityStatus.Done, ["Avd- HR och kompetensförsörjning"]);
        yield return Activity("Förslag för en mer demensvänlig kommun med nulägesbild", "Q3 Q4", 2024, [3, 4], ActivityStatus.InProgress, ["Avd- Myndighet och Kvalité", "Biträdande direktör"]);
        yield return Activity("Analysera hur förebyggande och hälsofrämjande insatser kan utvecklas", "Q3", 2024, [3], ActivityStatus.Remains, ["Avd- Myndighet och Kvalité"]);
        yield return Activity("Utreda kommunens insats för korttidsvistelse", "Q4", 2024, [4], ActivityStatus.Done, []);
        yield return Activity("Undersköterska som lägsta utbildningsnivå i vård- och omsorgsnära arbete", "Q2", 2024, [2], ActivityStatus.Done, ["Avd- HR och kompetensförsörjning"]);
        yield return Activity("Utreda utbildningstjänster där nyanställda utbildar sig på arbetstid", "Q1", 2024, [1], ActivityStatus.Done, ["Avd- HR och kompetensförsörjning"]);
        yield return Activity("Pröva andra arbetssätt för äldres behov av ledsagning", "Q4", 2024, [4], ActivityStatus.StartingUp, ["Avd-C Vårdboende"], "Tider kartläggs");
        yield return Activity("Ta fram en färdplan för vårdboende och trygghetsboenden", "Q2", 2024, [2], ActivityStatus.Done, ["Biträdande direktör"]);
        yield return Activity("Införa verksamhetssystemet BEATA", "2025/2026", 2025, [], ActivityStatus.InProgress, ["Biträdande direktör"], yearTo: 2026);
        yield return Activity("Organisering och arbetssätt enligt PM3", "Q2", 2024, [2], ActivityStatus.InProgress, ["Biträdande direktör"], "Direktivet är fastställt");
        yield return Activity("Revidera riktlinjerna för FAS2", "Q3", 2024, [3], ActivityStatus.InProgress, ["Direktör"]);
        yield return Activity("Införa samverkan enligt MBL", "Q4", 2024, [4], ActivityStatus.InProgress, ["Direktören"], "Avtal väntas till hösten");
        yield return Activity("Plan för goda arbetsvillkor och konkurrenskraftiga löner", "Q2", 2024, [2], ActivityStatus.Done, ["HR-chef"]);
        yield return Activity("Utreda en bemanningspool med fasta anställningar", "Q2", 2024, [2], ActivityStatus.Done, ["Avd- HR och kompetensförsörjning"]);
        yield return Activity("Följa upp chefers förutsättningar med en ny modell", "Q4", 2024, [4], ActivityStatus.InProgress, ["HR-chef", "Ekonomichef"]);
    }

    public static IEnumerable<Passage> Passages()
    {
        var id = 0;
        Passage P(int document, string heading, string text) => new() { Id = ++id, DocumentId = document, Ordinal = id, HeadingPath = heading, Text = text };

        yield return P(1, "Nya vägar › Krisbemanning", "När pandemin kom öppnade förvaltningen ett krisbemanningscenter för att snabbt täcka akuta personalbehov i äldreomsorgen. Över 600 personer anmälde sitt intresse, de flesta unga. Drygt 100 av dem snabbutbildades digitalt på tre dagar och kunde sedan gå in som biträden hos utförarna.");
        yield return P(1, "Utmaningar › Heltid", "Kommunal och SKL har i ett treårigt avtal kommit överens om att heltid ska vara norm i kommuner och regioner senast 2021. Det ställer krav på hur arbetet organiseras. Det är också en fråga om jämställdhet.");
        yield return P(1, "Pensionsavgångar", "Under planperioden går många medarbetare i pension, främst bland undersköterskor och vårdbiträden. Pensionsavgångarna ökar rekryteringsbehovet varje år.");
        yield return P(1, "Kostnader", "Personalkostnaderna väntas öka när personalbehovet växer. En större del av behovet ska täckas med nya arbetssätt och digitalisering.");
        yield return P(3, "Sammanfattning", "Revisionen har granskat hur socialnämnderna säkrar bemanningen inom myndighetsutövningen. Personalomsättningen bland socialsekreterare har varit hög, och ett lönetillägg infördes för att behålla erfarna medarbetare.");
    }

    public static KnowledgeSnapshot Snapshot() => KnowledgeSnapshot.Create(Documents, Forecasts(), Figures(), Activities(), Passages());
}
