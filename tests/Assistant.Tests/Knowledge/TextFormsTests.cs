using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Knowledge.Reading;
using static Assistant.Tests.Knowledge.KnowledgeTestFiles;

namespace Assistant.Tests.Knowledge;

/// <summary>The text forms: Word text with tab tables, HTML in cells, PDF text, prose, Markdown.</summary>
public sealed class TextFormsTests
{
    private const string WordText = """
        Bemanningsplan 2022

        med plan för 2023-2025

        Innehåll

        Inledning.....	2
        Prognos.....	3

        Omsorgsnämnden

        Inledning

        Behovet av personal växer när invånarna blir äldre.

        Prognos

        Personalbehov och rekryteringsbehov

        7

        	2022	2023	2024
        Personalbehov			
        Undersköterska	1 200	1 250	1 310
        Totalt	1 393	1 407	1 422
        Rekryteringsbehov			
        Undersköterska	106	104	118

        Tabellen visar behovet per år.
        """;

    [Fact]
    public void Word_text_with_a_tab_table_of_years_gives_forecasts_per_measure_group_and_year()
    {
        var result = ExtractText(WordText);

        Assert.Equal(9, result.Forecasts.Count);
        var f = Assert.Single(result.Forecasts, f => f.Measure == "Personalbehov" && f.Group == "Totalt" && f.Year == 2022);
        Assert.Equal(1393m, f.Value);
        Assert.Equal("Personalbehov och rekryteringsbehov", f.Table);
        Assert.Equal(118m, result.Forecasts.Single(f => f.Measure == "Rekryteringsbehov" && f.Year == 2024).Value);
        Assert.Empty(result.Figures);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Word_text_gives_title_organisation_year_and_kind_and_skips_the_table_of_contents()
    {
        var result = ExtractText(WordText);

        Assert.Equal("Bemanningsplan 2022 med plan för 2023-2025", result.Metadata.Title);
        Assert.Equal("Omsorgsnämnden", result.Metadata.Organisation);
        Assert.Equal(2022, result.Metadata.Year);
        Assert.Equal("2022 med plan för 2023-2025", result.Metadata.Period);
        Assert.Equal(DocumentKind.StaffingPlan, result.Metadata.Kind);
        Assert.DoesNotContain(result.Passages, p => p.Text.Contains(".....", StringComparison.Ordinal));
        Assert.Contains(result.Passages, p => p.HeadingPath == "Inledning" && p.Text == "Behovet av personal växer när invånarna blir äldre.");
    }

    [Fact]
    public void A_table_of_years_without_measures_is_key_figures_with_the_raw_text_kept()
    {
        var result = ExtractText("""
            Nyckeltal

            Indikator	Utfall 2013	Utfall 2014	Målvärde 2016
            Sjukfrånvaro i procent av arbetstiden	4	3,9	Lägre än kommunen
            Barn 0-20 år per handläggare, antal	575	556	
            HME totalt, kvinnor, män	78 79 74	76	
            """);

        Assert.Empty(result.Forecasts);
        var sick = Assert.Single(result.Figures, f => f.Row.StartsWith("Sjuk", StringComparison.Ordinal) && f.Year == 2014 && f.Column == "Utfall 2014");
        Assert.Equal(3.9m, sick.Value);
        Assert.Equal("%", sick.Unit);
        Assert.Equal("Nyckeltal", sick.Table);
        var target = Assert.Single(result.Figures, f => f.Column == "Målvärde 2016");
        Assert.Null(target.Value);
        Assert.Equal("Lägre än kommunen", target.RawText);
        Assert.Equal(556m, result.Figures.Single(f => f.Row.StartsWith("Barn", StringComparison.Ordinal) && f.Year == 2014).Value);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("78 79 74", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_labels_over_numbers_is_key_figures_in_parts()
    {
        var result = ExtractText("""
            Personalomsättning 2016			
            Tillsvidareanställda	Börjat	Slutat	Antal
            Förvaltningen	177	104	449
            Chefer	5	4	21
            Månadsavlönade	Börjat	Slutat	Antal
            Förvaltningen	344	304	515,5
            """);

        Assert.Equal(9, result.Figures.Count);
        Assert.Equal(104m, result.Figures.Single(f => f.Table == "Personalomsättning 2016 – Tillsvidareanställda" && f.Row == "Förvaltningen" && f.Column == "Slutat").Value);
        Assert.Equal(515.5m, result.Figures.Single(f => f.Table == "Personalomsättning 2016 – Månadsavlönade" && f.Column == "Antal").Value);
    }

    [Fact]
    public void Cells_holding_HTML_give_plain_text_with_list_items_as_lines()
    {
        var lines = HtmlText.ToLines("<p><b>Uppdrag (8)</b> Införa platser.</p> <ul style=\"list-style-type: none\"> <li>• <i>Aktivitet: Fortsätta</i></li><li>Andra &amp; tredje</li> </ul>");

        Assert.Equal(["Uppdrag (8) Införa platser.", "• Aktivitet: Fortsätta", "• Andra & tredje"], lines);
        Assert.Equal(["• Öka mognaden.", "• Införa verktyg (t ex tal)"], HtmlText.ToLines("<ul style=\"list-style-type: none\"> - Öka mognaden. - Införa verktyg (t ex tal) </ul>"));
        Assert.Equal("Rubrik med fetstil", HtmlText.Clean("**Rubrik** med *fetstil*"));
        Assert.Equal("Fler än >10% och 2 * 3", HtmlText.Clean("Fler än >10% och 2 * 3"));
    }

    [Fact]
    public void Text_from_PDF_has_headings_glued_to_their_paragraphs_and_wrapped_lines_joined()
    {
        var result = ExtractText("""
            Social- och omsorgsnämnden

            Inledning
            Vård och omsorg hör till de största åtagandena som en kommun har och behovet av
            personal växer för varje år som går fram till planperiodens slut.

            Konkurrens om arbetskraften
            Regionalt finns en ökad konkurrens om arbetskraften mellan olika arbetsgivare, både
            kommunala, privata och regionens.
            """);

        Assert.Equal(["Inledning", "Konkurrens om arbetskraften"], result.Passages.Select(p => p.HeadingPath));
        Assert.Equal("Vård och omsorg hör till de största åtagandena som en kommun har och behovet av personal växer för varje år som går fram till planperiodens slut.", result.Passages[0].Text);
        Assert.Null(result.Metadata.Title);
        Assert.Equal("Social- och omsorgsnämnden", result.Metadata.Organisation);
    }

    [Fact]
    public void A_table_broken_into_one_cell_per_line_is_reported_and_no_activity_is_invented()
    {
        var result = ExtractText("""
            Aktivitetsplan verksamhet

            Vad Aktivitet Ansvarig Genomförande

            Samverkan Jobba fram förslag på
            nya arbetssätt

            HR, vuxenutbildning

            2019-2022
            """);

        Assert.Empty(result.Activities);
        Assert.Empty(result.Forecasts);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("Aktivitetsplan verksamhet", problem, StringComparison.Ordinal);
        Assert.Contains(result.Passages, p => p.Text.Contains("Jobba fram förslag", StringComparison.Ordinal));
    }

    [Fact]
    public void Prose_with_bullets_and_question_headings_gives_passages_only()
    {
        var result = ExtractText("""
            Strategi för kompetensförsörjning i socialtjänsten

            Varför en strategi?

            Kommunerna har svårt att rekrytera socionomer och sjuksköterskor, och många använder bemanningsföretag.

            De vanligaste orsakerna är:

            - att sökande saknas,
            - hög arbetsbelastning,
            - behov av snabb tillsättning.
            """);

        Assert.Equal(DocumentKind.Strategy, result.Metadata.Kind);
        Assert.Empty(result.Activities);
        var passage = Assert.Single(result.Passages);
        Assert.Equal("Varför en strategi?", passage.HeadingPath);
        Assert.Contains("- att sökande saknas,\n- hög arbetsbelastning,", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_gives_heading_paths_and_reads_pipe_tables()
    {
        var result = ExtractText("""
            # Verksamhetsplan 2025

            ## Medarbetare

            ### Arbetsmiljö

            Vi mäter sjukfrånvaron varje månad.

            | Nämndmål | Aktivitet | Slutfört | Ansvarig | Status | Kommentar |
            |---|---|:---:|---|---|---|
            | Friska medarbetare | Införa friskvårdstimme | Q2 | HR-chefen | Klart | Alla enheter \| även natt |
            | | Halvera korttidsfrånvaron | Q4 | Direktör, HR-chef | Ej påbörjad | |
            """, "plan.md");

        Assert.Equal(DocumentKind.OperationalPlan, result.Metadata.Kind);
        Assert.Equal(2025, result.Metadata.Year);
        Assert.Equal("Verksamhetsplan 2025 › Medarbetare › Arbetsmiljö", Assert.Single(result.Passages).HeadingPath);
        Assert.Equal(2, result.Activities.Count);
        var first = result.Activities[0];
        Assert.Equal("Medarbetare", first.Perspective);
        Assert.Equal(ActivityStatus.Done, first.Status);
        Assert.Equal("Alla enheter | även natt", first.Comment);
        Assert.Equal([2], first.Deadline.Quarters);
        Assert.Equal(2025, first.Deadline.Year);
        var second = result.Activities[1];
        Assert.Equal("Friska medarbetare", second.Goal);
        Assert.Equal(["Direktör", "HR-chef"], second.Owners);
        Assert.Equal(ActivityStatus.NotStarted, second.Status);
    }

    [Fact]
    public void Latin1_text_is_read_as_such()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes("Uppföljning av åtgärder 2024\n\nÅrets arbete med äldreomsorgen fortsätter enligt planen.\n");
        var result = Extract("latin1.txt", bytes);
        Assert.Equal("Uppföljning av åtgärder 2024", result.Metadata.Title);
    }
}
