using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge.Extraction;
using static Assistant.Tests.Knowledge.KnowledgeTestFiles;

namespace Assistant.Tests.Knowledge;

/// <summary>The activity table traps of the 003 follow-up, on small rows written here.</summary>
public sealed class ActivityTableTests
{
    private static readonly TableContext Plan2024 = new("Aktiviteter", "Aktiviteter", "Medarbetare", 2024);

    private static List<ExtractedActivity> Read(params string[] lines)
    {
        var problems = new List<string>();
        var activities = ActivityTableReader.TryRead(Rows(lines), Plan2024, 1, problems);
        Assert.NotNull(activities);
        Assert.Empty(problems);
        return activities;
    }

    [Fact]
    public void A_continuation_row_split_by_a_page_break_joins_the_row_above()
    {
        var activities = Read(
            "Nämndmål\tAktivitet\tSlutfört\tAnsvarig\tStatus\tKommentar",
            "Hållbar ekonomi\t<ul><li><i>Ta fram modell för att beräkna kostnader mellan</i></li></ul>\tQ3\tEkonomichef\tPågår\t",
            "\t<i>egenregin och privata utförare</i>\t\t\t\t",
            "\t<b>Nämndsuppdrag (1)</b> Säkerställa en digital infrastruktur.\tQ4\tBiträdande direktör\tKlart\t",
            "\t<ul><li>• Aktivitet Fortsätta införandet på boendena</li></ul>\t\t\t\t");

        Assert.Equal(2, activities.Count);
        Assert.Equal("Ta fram modell för att beräkna kostnader mellan egenregin och privata utförare", activities[0].Title);
        Assert.Equal("Nämndsuppdrag (1) Säkerställa en digital infrastruktur.", activities[1].Title);
        Assert.Contains("Fortsätta införandet på boendena", activities[1].Description, StringComparison.Ordinal);
        Assert.All(activities, a => Assert.Equal("Hållbar ekonomi", a.Goal));
    }

    [Fact]
    public void A_row_that_starts_mid_sentence_gives_the_fragment_back_to_the_row_above()
    {
        var activities = Read(
            "Nämndmål\tAktivitet\tSlutfört\tAnsvarig\tStatus\tKommentar",
            "Kompetens\t<p><b>Nämndsuppdrag</b> - utreda utbildningstjänster inom</p>\tQ1\tAvd- HR\tKlart\t",
            "\t<p>äldreomsorgen. Resultatet återrapporteras.</p> <p><b>Förvaltningschefens aktiviteter</b></p> <ul><li>• Utreda behovet av ledsagning.</li></ul>\tQ4\tAvd-C Vårdboende\tUppstart\tKartlägger under Q1-Q2");

        Assert.Equal(2, activities.Count);
        Assert.Equal("Nämndsuppdrag - utreda utbildningstjänster inom äldreomsorgen. Resultatet återrapporteras.", activities[0].Title);
        Assert.Equal("Utreda behovet av ledsagning.", activities[1].Title);
        Assert.DoesNotContain("äldreomsorgen", activities[1].Description ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(ActivityStatus.StartingUp, activities[1].Status);
        Assert.Equal("Uppstart", activities[1].StatusRaw);
        Assert.Equal(["Avd-C Vårdboende"], activities[1].Owners);
        Assert.Equal("Kartlägger under Q1-Q2", activities[1].Comment);
        Assert.Equal([4], activities[1].Deadline.Quarters);
    }

    [Fact]
    public void A_row_without_status_but_with_its_own_first_column_is_an_activity_of_its_own()
    {
        var activities = Read(
            "\tÅtagande/utvecklingsaktivitet\tFörväntade effekter\tStatus",
            "P N\tAlla chefer ska certifieras.\tKunniga chefer.\t",
            "P N\tImplementera årshjul för arbetsmiljöarbetet.\tTydlig struktur.\tFortsätter från 2015");

        Assert.Equal(2, activities.Count);
        Assert.Null(activities[0].Status);
        Assert.Equal(ActivityStatus.InProgress, activities[1].Status);
        Assert.Equal("Fortsätter från 2015", activities[1].StatusRaw);
        Assert.Contains("Förväntade effekter: Tydlig struktur.", activities[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Merged_goal_and_area_cells_are_inherited_and_a_header_repeated_after_a_page_break_is_skipped()
    {
        var activities = Read(
            "Strategiskt område\tVad\tAktivitet\tAnsvarig\tGenomförande",
            "Digitalisering\tNya arbetssätt\tÖka den digitala mognaden.\tSocial- och omsorgsförvaltningen\t2019-2020",
            "\tStödfunktioner\tPraktiskt stöd för chefer.\tHR-chef Ekonomichef\t",
            "Strategiskt område\tVad\tAktivitet\tAnsvarig\tGenomförande",
            "\tHandledning\tHandledning vid behov.\t\t");

        Assert.Equal(3, activities.Count);
        Assert.All(activities, a => Assert.Equal("Digitalisering", a.Perspective));
        Assert.Equal(["Stödfunktioner", "Handledning"], activities.Skip(1).Select(a => a.Goal));
        Assert.Equal(["HR-chef", "Ekonomichef"], activities[1].Owners);
        Assert.Equal(2019, activities[0].Deadline.Year);
        Assert.Equal(2020, activities[0].Deadline.YearTo);
    }

    [Fact]
    public void A_table_without_an_activity_column_is_no_activity_table() =>
        Assert.Null(ActivityTableReader.TryRead(Rows("Namn\tAnsvarig\tStatus", "X\tY\tKlart"), Plan2024, 1, []));

    [Fact]
    public void Unknown_statuses_and_deadlines_are_kept_as_text_and_reported()
    {
        var problems = new List<string>();
        var activities = ActivityTableReader.TryRead(
            Rows("Aktivitet\tSlutfört\tStatus", "Revidera rutinen.\tLöpande\tSe kommentar"), Plan2024, 1, problems)!;

        var activity = Assert.Single(activities);
        Assert.Null(activity.Status);
        Assert.Equal("Se kommentar", activity.StatusRaw);
        Assert.Equal("Löpande", activity.Deadline.Text);
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void Titles_skip_labels_and_activity_prefixes_and_stop_at_the_first_sentence_when_long()
    {
        Assert.Equal("Analys av folkhälsostatistik", ActivityText.Title(["Förvaltningschefens aktiviteter:", "• Aktivitet; Analys av folkhälsostatistik"]));
        Assert.Equal("Nulägesbeskrivning.", ActivityText.Title(["• Aktivitet: Nulägesbeskrivning."]));
        Assert.Equal("Utveckling av arbetssätt", ActivityText.Title(["Aktivitet: utveckling av arbetssätt"]));
        Assert.Equal("egenregin och privata utförare", ActivityText.Title(["egenregin och privata utförare"]));
        var longLine = "Utreda alternativa arbetssätt och kompetenser för att tillgodose äldres behov av ledsagning. " + string.Join(' ', Enumerable.Repeat("Belysa hinder och möjligheter", 8));
        Assert.Equal("Utreda alternativa arbetssätt och kompetenser för att tillgodose äldres behov av ledsagning.", ActivityText.Title([longLine]));
    }
}
