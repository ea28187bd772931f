using Assistant.Bot.Knowledge.Extraction;
using static Assistant.Tests.Knowledge.KnowledgeTestFiles;

namespace Assistant.Tests.Knowledge;

/// <summary>
/// Who wrote a document, for whom, when, the period its text states and who made its forecast: read from the words a
/// document uses to say so (the samples and short texts of our own; the seeds are in <see cref="SeedProvenanceTests"/>).
/// </summary>
public sealed class ProvenanceTests
{
    [Fact]
    public void An_audit_names_its_firm_its_commissioner_and_the_date_beside_the_firm()
    {
        var p = ExtractText("""
            Revisionsrapport

            Granskning av bemanningen i hemtjänsten

            Anna Berg
            Nordrevision AB
            3 mars 2022

            Vi har av Revisorerna i Exempelby kommun fått i uppdrag att granska hur nämnden styr bemanningen.

            Exempelby 2022-04-01
            """).Metadata.From;

        Assert.Equal("Nordrevision AB", p.Author);
        Assert.Equal("Revisorerna i Exempelby kommun", p.CommissionedBy);
        Assert.Equal(new DateOnly(2022, 3, 3), p.Dated);
    }

    [Fact]
    public void Labelled_author_and_date_are_read_and_a_groups_mandate_is_not_the_documents_commissioner()
    {
        var p = ExtractText("""
            Utredning om heltid i äldreomsorgen

            Rapporten är skriven av Kvalitetsenheten.
            Datum: 2020-11-05

            Heltidsgruppen arbetar på uppdrag av HR-direktören och träffas en gång i månaden, vilket har gett gruppen ett gott stöd i det fortsatta arbetet med att införa heltid som norm i hela förvaltningen.
            """).Metadata.From;

        Assert.Equal("Kvalitetsenheten", p.Author);
        Assert.Null(p.CommissionedBy);
        Assert.Equal(new DateOnly(2020, 11, 5), p.Dated);
    }

    [Theory]
    [InlineData("Strategin gäller för perioden 2023–2026 och följs upp varje år.", "2023–2026")]
    [InlineData("Arbetet planeras för tre år, där 2024 ses som startår och 2026 som slutår.", "2024–2026")]
    [InlineData("2022 blir det första året i ett treårigt arbete, som avslutas vid utgången av år 2024.", "2022–2024")]
    // An audit is of the year of the audit plan it belongs to.
    [InlineData("Stadsrevisionen har granskat bemanningen. Uppdraget ingår i revisionsplanen för år 2016.", "2016")]
    public void A_strategy_states_the_period_it_covers(string sentence, string period)
    {
        var result = ExtractText($"Strategi för en trygg bemanning\n\n{sentence}\n");

        Assert.Equal(period, result.Metadata.From.StatedPeriod);
    }

    [Fact]
    public void A_period_named_in_passing_or_a_forecast_of_others_is_not_the_documents()
    {
        var p = ExtractText("""
            Strategi för en trygg bemanning

            Personalbehovet beräknas öka under åren 2020-2027. Nämndens prognos visar att fler går i pension.
            """).Metadata.From;

        Assert.Null(p.StatedPeriod);
        Assert.Null(p.ForecastBy);
        Assert.Null(p.Author);
    }

    [Fact]
    public void The_forecast_maker_said_outright_beats_one_named_in_passing()
    {
        var p = ExtractText("""
            Personalplan 2023

            Enligt SCB:s befolkningsprognos ökar antalet äldre. Framskrivningen av personalbehovet är gjord av Exempelanalys AB.
            Prognosen sträcker sig fram till år 2030.
            """).Metadata.From;

        Assert.Equal("Exempelanalys AB", p.ForecastBy);
        Assert.Equal(2030, p.ForecastUntil);
    }

    [Fact]
    public void The_organisation_a_document_speaks_as_is_its_author()
    {
        var p = ExtractText("""
            Strategi för kompetensförsörjning

            FÖR ska stödja medlemmarna. FÖR ska samla statistik. FÖR kommer att erbjuda utbildning. Kommunerna ska själva välja.
            """).Metadata.From;

        Assert.Equal("FÖR", p.Author);
    }

    [Fact]
    public void A_function_acting_in_the_prose_is_not_the_author()
    {
        var p = ExtractText("""
            Kompetensförsörjningsplan 2023

            HR ska stödja cheferna. HR ska samla statistik. HR kommer att erbjuda utbildning. Förvaltningen ska följa upp.
            """).Metadata.From;

        Assert.Null(p.Author);
    }

    [Fact]
    public void The_sample_plan_names_its_forecast_maker_author_and_date_and_the_other_samples_invent_none()
    {
        var plan = Extract("personal-och-kompetensforsorjningsplan-2021.md", File.ReadAllBytes(Path.Combine(SamplesFolder, "personal-och-kompetensforsorjningsplan-2021.md"))).Metadata;
        var followUp = Extract("uppfoljning-verksamhetsplan-2024.txt", File.ReadAllBytes(Path.Combine(SamplesFolder, "uppfoljning-verksamhetsplan-2024.txt"))).Metadata;
        var report = Extract("personalrapport-2015.csv", File.ReadAllBytes(Path.Combine(SamplesFolder, "personalrapport-2015.csv"))).Metadata;

        Assert.Equal(new Provenance("HR-avdelningen i Ekbacka kommun", "Vård- och omsorgsnämnden", new DateOnly(2021, 3, 15), null, "Exempelanalys AB", 2027), plan.From);
        Assert.Equal(Provenance.None, followUp.From);
        Assert.Equal(Provenance.None, report.From);
    }
}
