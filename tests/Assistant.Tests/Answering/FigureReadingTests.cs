using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Answerers;
using Assistant.Bot.Answering.Queries;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Tests.Answering;

/// <summary>
/// Figure readings over the real seeds: the total less the groups left out, one measure as a share of the other, a
/// key-figure row's "Totalt" column unless another is named, and a cell that holds the figures of women and men.
/// </summary>
[Trait("Category", "Integration")]
public sealed class FigureReadingTests
{
    [Fact]
    public void Groups_after_a_word_that_leaves_them_out_are_excluded()
    {
        Assert.Equal([Occupation.Administrator, Occupation.Management], QuestionReader.Read("personalbehov 2024 förutom adm och chefer", SeedKnowledge.Today).Excluded);
        Assert.Equal([Occupation.Management], QuestionReader.Read("recruitment need in 2026 excluding managers", SeedKnowledge.Today).Excluded);
        Assert.Empty(QuestionReader.Read("personalbehovet för usk 2024, utan rekrytering", SeedKnowledge.Today).Excluded);
        Assert.Empty(QuestionReader.Read("hur många usk behövs 2024", SeedKnowledge.Today).Excluded);
    }

    [Fact]
    public async Task A_need_verb_with_no_measure_answers_the_staffing_need_and_offers_the_recruitment_need()
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var table = knowledge.ForecastTables[0];
        var staffing = table.Measures.First(m => m.Kind == Bot.Answering.Snapshot.MeasureKind.Staffing);
        var carers = table.Groups.First(g => Occupation.Care.IsGroup(TextFold.Fold(g)));

        var (_, answer) = await SeedKnowledge.AskAsync("Hur många USK behöver vi 2025?");
        Assert.Equal(AnswerKind.Figure, answer.Kind);
        Assert.Contains($"**{SwedishFormat.Number(table.Value(staffing, carers, 2025)!.Value)}**", answer.Text, StringComparison.Ordinal);
        Assert.Equal([$"Rekryteringsbehov för {carers} 2025"], answer.Suggestions);

        // A measure named is what was asked: no button for the other.
        var (_, named) = await SeedKnowledge.AskAsync("Hur stort är personalbehovet för usk 2025?");
        Assert.Empty(named.Suggestions);
    }

    [Fact]
    public async Task The_total_less_a_group_is_computed_and_shown_with_the_figures_it_came_from()
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var table = knowledge.ForecastTables[0];
        var recruitment = table.Measures.First(m => m.Kind == Bot.Answering.Snapshot.MeasureKind.Recruitment);
        var management = table.Groups.First(g => Occupation.Management.IsGroup(TextFold.Fold(g)));
        var total = table.Value(recruitment, table.TotalGroup!, 2025)!.Value;
        var part = table.Value(recruitment, management, 2025)!.Value;

        var (_, answer) = await SeedKnowledge.AskAsync("rekryteringsbehovet 2025 utom ledningen");
        Assert.Equal(AnswerKind.Figure, answer.Kind);
        Assert.Contains($"**{SwedishFormat.Number(total - part)}**", answer.Text, StringComparison.Ordinal);
        Assert.Contains($"{SwedishFormat.Number(total)} − {management} {SwedishFormat.Number(part)}", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_share_with_a_group_left_out_is_of_the_total_less_that_group()
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var table = knowledge.ForecastTables[0];
        var staffing = table.Measures.First(m => m.Kind == Bot.Answering.Snapshot.MeasureKind.Staffing);
        var social = table.Groups.First(g => Occupation.Social.IsGroup(TextFold.Fold(g)));
        var care = table.Groups.First(g => Occupation.Care.IsGroup(TextFold.Fold(g)));
        var whole = table.Value(staffing, table.TotalGroup!, 2026)!.Value - table.Value(staffing, care, 2026)!.Value;
        var expected = SwedishFormat.Percent(table.Value(staffing, social, 2026)!.Value / whole * 100m);

        var (_, answer) = await SeedKnowledge.AskAsync("socialsekreterarnas andel av personalbehovet 2026 förutom undersköterskor");
        Assert.Contains($"**{expected}**", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ranking_with_a_group_left_out_ranks_the_others()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("vilken yrkesgrupp har störst personalbehov 2025 förutom usk?");
        Assert.DoesNotContain("Vårdare", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_measure_as_a_share_of_the_other_is_their_ratio()
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var table = knowledge.ForecastTables[0];
        var staffing = table.Measures.First(m => m.Kind == Bot.Answering.Snapshot.MeasureKind.Staffing);
        var recruitment = table.Measures.First(m => m.Kind == Bot.Answering.Snapshot.MeasureKind.Recruitment);
        var social = table.Groups.First(g => Occupation.Social.IsGroup(TextFold.Fold(g)));
        var expected = SwedishFormat.Percent(table.Value(recruitment, social, 2025)!.Value / table.Value(staffing, social, 2025)!.Value * 100m);

        var (_, answer) = await SeedKnowledge.AskAsync("hur stor del av personalbehovet för socialsekreterare 2025 är rekryteringsbehov?");
        Assert.Contains($"**{expected}**", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rekryteringsbehovet i förhållande till personalbehovet för socialsekreterare 2024")]
    [InlineData("what is the social workers' recruitment need in relation to their staffing need in 2024, as a percentage?")]
    public async Task One_measure_related_to_the_other_in_words_is_their_ratio(string question)
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var table = knowledge.ForecastTables[0];
        var staffing = table.Measures.First(m => m.Kind == Bot.Answering.Snapshot.MeasureKind.Staffing);
        var recruitment = table.Measures.First(m => m.Kind == Bot.Answering.Snapshot.MeasureKind.Recruitment);
        var social = table.Groups.First(g => Occupation.Social.IsGroup(TextFold.Fold(g)));
        var part = table.Value(recruitment, social, 2024)!.Value;
        var whole = table.Value(staffing, social, 2024)!.Value;

        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Contains($"**{SwedishFormat.Percent(part / whole * 100m)}**", answer.Text, StringComparison.Ordinal);
        Assert.Contains($"{SwedishFormat.Number(part)} ", answer.Text, StringComparison.Ordinal);
        Assert.Contains(SwedishFormat.Number(whole), answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_ending_in_assessors_asks_the_forecast_not_a_finding()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("How many care needs assessors will be needed in 2027?");
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
        Assert.Contains("**294**", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_columns_named_by_verbs_leave_out_the_column_named_only_through_its_table()
    {
        // "månadsavlönade" names the table (and its column "Genomsnittligt antal månadsavlönade"); "började", "slutade" the columns.
        var (_, answer) = await SeedKnowledge.AskAsync("hur många månadsavlönade chefer började och slutade under 2016?");
        Assert.Contains("Börjat: 7", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Slutat: 6", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("22", answer.Text, StringComparison.Ordinal);

        // A column named by that word alone still answers.
        var (_, average) = await SeedKnowledge.AskAsync("hur många månadsavlönade chefer fanns det i snitt 2016?");
        Assert.Contains("22", average.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_whole_administration_is_the_row_named_in_full_not_its_parts()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("långtidssjukfrånvaron från dag 60 i hela socialförvaltningen 2016");
        Assert.Contains("44", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("53,1", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("53,3", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_row_named_by_its_own_word_is_shown_beside_the_first()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("Vad hade socialnämnd öster för HME 2015, och väster?");
        Assert.Contains("79", answer.Text, StringComparison.Ordinal);
        Assert.Contains("74", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_part_compared_with_the_whole_shows_the_row_of_everyone_too()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("personalomsättningen bland tillsvidareanställda inom myndighetsutövning jämfört med totalt");
        Assert.Contains("23 %", answer.Text, StringComparison.Ordinal);
        Assert.Contains("13 %", answer.Text, StringComparison.Ordinal);

        var (_, managers) = await SeedKnowledge.AskAsync("sick leave among managers in 2016 compared to the whole administration");
        Assert.Contains("2,1", managers.Text, StringComparison.Ordinal);
        Assert.Contains("6,4", managers.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("8,9", managers.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_municipality_a_document_comes_from_is_no_word_left_for_the_text()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Genomsnittlig sysselsättningsgrad för Örebros anställda, är det heltid?");
        Assert.Equal(QueryTarget.KeyFigure, read.Query.Target);
        Assert.Contains("98,5", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_share_of_each_measure_is_no_ratio_between_the_measures()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("usk:s andel av personalbehovet och rekryteringsbehovet 2027");
        Assert.Contains("står för", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" är **", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_figure_row_with_a_total_column_answers_the_total_unless_another_column_is_named()
    {
        var (_, total) = await SeedKnowledge.AskAsync("sick leave for managers 2016");
        Assert.Contains("2,1", total.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("53,1", total.Text, StringComparison.Ordinal);
        Assert.Contains("From dag 60", total.Text, StringComparison.Ordinal);

        var (_, named) = await SeedKnowledge.AskAsync("sjukfrånvaro från dag 60 för socialsekreterare 2016");
        Assert.Contains("53,3", named.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("8,9", named.Text, StringComparison.Ordinal);

        var (_, longTerm) = await SeedKnowledge.AskAsync("långtidssjukfrånvaron bland chefer 2016");
        Assert.Contains("53,1", longTerm.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2,1 %", longTerm.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_with_the_figures_of_women_and_men_is_read_into_its_parts()
    {
        Assert.Equal(new GenderSplit(74, 75, 70), GenderSplit.Read("74 K:75 M:70"));
        Assert.Equal(new GenderSplit(null, 74, null), GenderSplit.Read("K:74%"));
        Assert.Null(GenderSplit.Read("K:"));
        Assert.Null(GenderSplit.Read("74"));
        Assert.Null(GenderSplit.Read("Nivå"));
    }

    [Theory]
    [InlineData("HME-index för män 2015", Gender.Men)]
    [InlineData("HME for women in 2015", Gender.Women)]
    [InlineData("HME index for men 2015", Gender.Men)]
    [InlineData("vilket HME-index har man 2015", null)]
    [InlineData("HME-index 2015, men för vilken nämnd?", null)]
    public void The_gender_asked_is_read_from_the_words_as_written(string question, Gender? gender) =>
        Assert.Equal(gender, KeyFigureAnswerer.AskedGender(QuestionReader.Read(question, SeedKnowledge.Today)));

    [Fact]
    public async Task The_figure_of_the_gender_asked_is_given_and_not_the_others()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("HME-index för kvinnor 2015");
        Assert.Contains("**77** (kvinnor)", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("70", answer.Text, StringComparison.Ordinal);

        var (_, plain) = await SeedKnowledge.AskAsync("HME-index för kvinnor i socialnämnd väster 2014");
        Assert.Contains("inte uppdelat", plain.Text, StringComparison.Ordinal);

        var (_, everyone) = await SeedKnowledge.AskAsync("sjukfrånvaro för kvinnor 2015");
        Assert.Contains("inte uppdelat", everyone.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_figure_with_a_group_left_out_is_not_that_groups_figure_but_what_the_table_has()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("sjukfrånvaro 2016 exklusive chefer");
        Assert.StartsWith("Tabellen har inga siffror med den gruppen utelämnad", answer.Text, StringComparison.Ordinal);
        Assert.Contains("**Socialförvaltningen**", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hur många behöver vi rekrytera totalt 2021–2027, alla yrkesgrupper tillsammans?")]
    [InlineData("rekryteringsbehovet för alla yrkesgrupper ihop 2021-2027")]
    [InlineData("Total recruitment need 2021-2027 for all groups together?")]
    public async Task All_groups_together_is_the_total_row_over_the_span_not_a_sum_per_group(string question)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(AnswerKind.Figure, answer.Kind);
        Assert.Contains("1 711", answer.Text, StringComparison.Ordinal);
        Assert.Contains("240", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("838", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("354", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_group_one_by_one_is_still_a_sum_per_group()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("sammanlagt rekryteringsbehov per yrkesgrupp 2021-2027");
        Assert.Contains("838", answer.Text, StringComparison.Ordinal);
        Assert.Contains("354", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hur stor blev nettoökningen av tillsvidareanställda i socialförvaltningen 2016?", "177 − 104 = **+73**")]
    [InlineData("Antal tv-anställda i socialförvaltningen 2016, började minus slutade?", "177 − 104 = **+73**")]
    [InlineData("Hur stor andel av de tillsvidareanställda socialsekreterarna slutade 2016 i förhållande till snittantalet?", "40 / 124,5 = **32,1 %**")]
    [InlineData("Hur stor andel av de tillsvidareanställda cheferna slutade 2016 i förhållande till genomsnittligt antal?", "4 / 21 = **19,0 %**")]
    public async Task Two_columns_of_one_key_figure_row_are_computed_together_as_asked(string question, string expected)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // "fler X än Y" between two columns of one row: the column before "än" less the one after it.
    [InlineData("Tillsvidareanställda chefer i socialförvaltningen 2016: hur många fler började än slutade?", "5 − 4 = **+1**")]
    [InlineData("How many more started than left among the permanent social workers in 2016?", "65 − 40 = **+25**")]
    public async Task More_of_one_column_than_another_is_their_difference(string question, string expected)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Two rows compared and their difference asked: the larger less the smaller, in percentage points for percents.
    [InlineData("Hur stor är skillnaden i sjukfrånvaro mellan socialsekreterarna och hela socialförvaltningen 2016?", "8,9 % − 6,4 % = **2,5 procentenheter**")]
    [InlineData("Sick leave 2016, social workers compared with the whole administration: difference in percentage points?", "8,9 % − 6,4 % = **2,5 percentage points**")]
    public async Task The_difference_between_two_rows_compared_is_computed(string question, string expected)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A direction asked as an amount between two years ("hur mycket upp", "went down by how much") is the key figure's
    // change between them, in percentage points for percents.
    [InlineData("Sjukfrånvaron 2014 och 2015 – hur mycket upp?", "+0,7 procentenheter")]
    [InlineData("Hur mycket gick sjukfrånvaron upp mellan 2013 och 2015?", "+0,6 procentenheter")]
    [InlineData("sick leave 2013 vs 2014: how much down?", "−0,1 percentage points")]
    public async Task A_direction_asked_as_an_amount_between_two_years_is_the_change(string question, string expected)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Up_after_a_verb_that_is_no_amount_is_no_change()
    {
        Assert.False(QuestionReader.Read("vilka aktiviteter följs upp 2024 och 2025?", SeedKnowledge.Today).Has(Cue.Change));
        Assert.False(QuestionReader.Read("hur många aktiviteter följs upp 2024 och 2025?", SeedKnowledge.Today).Has(Cue.Change));
        Assert.True(QuestionReader.Read("personalomsättning 2014 vs 2015, how many points up?", SeedKnowledge.Today).Has(Cue.Change));
        Assert.True(QuestionReader.Read("hur mycket upp gick den 2024 och 2025?", SeedKnowledge.Today).Has(Cue.Change));
        Assert.False(QuestionReader.Read("hur mycket upp gick den?", SeedKnowledge.Today).Has(Cue.Change));
        // Which way, not by how much: no change computed.
        Assert.False(QuestionReader.Read("sjukfrånvaron 2013-2015, gick den upp eller ner?", SeedKnowledge.Today).Has(Cue.Change));
    }

    [Fact]
    public async Task A_net_increase_of_the_row_named_in_full_shows_that_row_alone()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("socialförvaltningens tv-anställda 2016: nettoökning, alltså börjat minus slutat?");
        Assert.Contains("177 − 104 = **+73**", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Socialförvaltningen chefer", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Socialförvaltningen socialsekreterare", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_with_its_form_of_employment_in_brackets_is_that_groups_row()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("how many managers (tv-anställda) left during 2016?");
        Assert.Contains("Socialförvaltningen chefer", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("104", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_figure_named_by_its_acronym_for_everyone_is_the_row_every_other_extends()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("vad låg HME på totalt för hela kommunen 2014?");
        Assert.Equal(AnswerKind.Figure, answer.Kind);
        Assert.Contains("78 (kvinnor 79, män 74)", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("76", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_figure_acronym_with_a_year_its_table_lacks_is_answered_from_the_text()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("vad visade HME 2020 för förvaltningen?");
        Assert.Equal(AnswerKind.Passage, answer.Kind);
    }

    [Fact]
    public void A_cell_of_three_numbers_under_a_label_naming_total_women_and_men_is_read_into_them()
    {
        Assert.Equal(new GenderSplit(78, 79, 74), GenderSplit.Read("78 79 74", "Hållbart medarbetarengagemang för anställda i kommunen, HME – Totalt kvinnor män"));
        Assert.Null(GenderSplit.Read("78 79 74"));
        Assert.Null(GenderSplit.Read("78 79 74", "Antal anställda"));
    }

    [Fact]
    public async Task Years_joined_by_a_plus_are_summed()
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var table = knowledge.ForecastTables[0];
        var recruitment = table.Measures.First(m => m.Kind == Bot.Answering.Snapshot.MeasureKind.Recruitment);
        var sum = table.Value(recruitment, table.TotalGroup!, 2022)!.Value + table.Value(recruitment, table.TotalGroup!, 2023)!.Value;

        var (_, answer) = await SeedKnowledge.AskAsync("rekryteringsbehovet totalt, 2022 + 2023?");
        Assert.Contains($"**{SwedishFormat.Number(sum)}**", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_in_total_over_years_listed_apart_is_their_sum_labelled_by_those_years()
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var table = knowledge.ForecastTables[0];
        var recruitment = table.Measures.First(m => m.Kind == Bot.Answering.Snapshot.MeasureKind.Recruitment);
        var sum = table.Value(recruitment, table.TotalGroup!, 2021)!.Value + table.Value(recruitment, table.TotalGroup!, 2024)!.Value;

        var (_, answer) = await SeedKnowledge.AskAsync("hur många ska vi rekrytera totalt under 2021 och 2024 enligt planen?");
        Assert.Equal(AnswerKind.Figure, answer.Kind);
        Assert.Contains($"2021 och 2024: **{SwedishFormat.Number(sum)}**", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_a_forecast_figure_lands_on_is_the_figure()
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var table = knowledge.ForecastTables[0];
        var staffing = table.Measures.First(m => m.Kind == Bot.Answering.Snapshot.MeasureKind.Staffing);

        var (_, answer) = await SeedKnowledge.AskAsync("overall staffing need in 2025 - what does that come to?");
        Assert.Equal(AnswerKind.Figure, answer.Kind);
        Assert.Contains($"**{SwedishFormat.Number(table.Value(staffing, table.TotalGroup!, 2025)!.Value)}**", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_turnover_in_an_abbreviated_month_against_the_year_before_is_the_plans_sentence()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("personalomsättningen i aug 2020 mot året innan?");
        Assert.Equal(AnswerKind.Passage, answer.Kind);
        Assert.Contains("0,62", answer.Text, StringComparison.Ordinal);
        Assert.Contains("0,78", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_column_computation_of_several_rows_none_named_in_full_is_not_made()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("nettoökning av tillsvidareanställda 2016");
        Assert.DoesNotContain("= **", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How did the number of children aged 0-20 per caseworker change from 2013 to 2015?", "−4")]
    [InlineData("Hur förändrades antalet barn 0-20 år per handläggare från 2013 till 2015?", "−4")]
    public async Task A_key_figure_change_over_a_range_is_between_its_ends(string question, string change)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.KeyFigure, read.Query.Target);
        Assert.Contains("575", answer.Text, StringComparison.Ordinal);
        Assert.Contains("571", answer.Text, StringComparison.Ordinal);
        Assert.Contains(change, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Full_time_equivalents_in_english_are_the_key_figures_arsarbetare()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Share of women among permanent full-time-equivalent employees in Örebro's social services 2014?");
        Assert.Equal(QueryTarget.KeyFigure, read.Query.Target);
        Assert.Equal(AnswerLanguage.English, answer.Language);
        Assert.Contains("**75 %** (women)", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rekryteringsbehov 2023: hur många usk, socialsekreterare och totalt?", new[] { "117", "46", "240" })]
    [InlineData("Recruitment need 2023 for usk, social workers and the total", new[] { "117", "46", "240" })]
    public async Task The_total_listed_beside_groups_is_the_total_row_not_their_sum(string question, string[] figures)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(AnswerKind.Figure, answer.Kind);
        foreach (var figure in figures)
        {
            Assert.Contains($"**{figure}**", answer.Text, StringComparison.Ordinal);
        }

        // "totalt" after the groups with no joining word is not the total row.
        var (_, together) = await SeedKnowledge.AskAsync("Hur många usk och socialsekreterare behöver vi rekrytera totalt 2023?");
        Assert.DoesNotContain("240", together.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("usk personalbehov 2022 och 2023, vad står det?", "768", "777")]
    [InlineData("recruitment need usk 2024 and 2025, what does it say?", "124", "112")]
    public async Task A_forecast_series_closed_by_what_does_it_say_is_its_figures(string question, string first, string second)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
        Assert.Contains($"**{first}**", answer.Text, StringComparison.Ordinal);
        Assert.Contains($"**{second}**", answer.Text, StringComparison.Ordinal);

        // A subject after it is still the text's.
        var (text, _) = await SeedKnowledge.AskAsync("Vad står det om personalbehovet för undersköterskor?");
        Assert.NotEqual(QueryTarget.Forecast, text.Query.Target);
    }

    [Theory]
    // The forecast's table named with a measure ("vad säger tabellen", "enligt tabellen", "what does the table say") is
    // its figures, not the passage that describes the table.
    [InlineData("Rekryteringsbehov usk 2025 – vad säger tabellen?", QueryOperation.Value, "**112**")]
    [InlineData("what does the table say about the total staffing need in 2023?", QueryOperation.Value, "**1 456**")]
    [InlineData("Vilket år är rekryteringsbehovet för usk lägst enligt tabellen?", QueryOperation.Min, "2020: **104**")]
    public async Task The_forecast_table_named_with_a_measure_answers_with_its_figures(string question, QueryOperation operation, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
        Assert.Equal(operation, read.Query.Operation);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A budget named as the occasion of a count ("inför budget", "for the budget") asks the count; a budget asked is none.
    [InlineData("Inför budgeten: hur många socsek behöver vi rekrytera 2025?", "**50**")]
    [InlineData("for the budget, how many assistant nurses must we recruit in 2025?", "**112**")]
    [InlineData("Inför nästa års budget: hur många adm behöver vi 2025?", "**60**")]
    public async Task A_budget_named_as_the_occasion_of_a_count_asks_the_count(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);

        var (asked, _) = await SeedKnowledge.AskAsync("Vad är budgeten för rekrytering av usk 2025?");
        Assert.NotEqual(QueryTarget.Forecast, asked.Query.Target);
    }

    [Theory]
    // "diff", "jmf" between two groups in one year: the groups' difference that year, not each group's change.
    [InlineData("diff mellan socsek och adm rekbehov 2026", "**40**")]
    [InlineData("recruitment need 2026 social workers jmf administrators", "**40**")]
    public async Task An_abbreviated_difference_of_two_groups_in_one_year_is_their_difference(string question, string expected)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2025", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A number to check with no measure named is checked against both: the one that has it answers ("52" is the
    // recruitment need for social secretaries in 2024, "284" their staffing need).
    [InlineData("Vi behöver 52 socialsekreterare 2024, stämmer det?", "Det stämmer med underlaget", "**52**")]
    [InlineData("we need 284 social secretaries in 2024, right?", "That matches the data", "**284**")]
    [InlineData("we need 60 social secretaries in 2024, right?", "That does not match the data", "**284**")]
    public async Task A_number_to_check_is_checked_against_both_measures(string question, string verdict, string expected)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Contains(verdict, answer.Text, StringComparison.Ordinal);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Care_staff_is_the_care_group_not_the_total()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("how many care staff must we recruit in 2025?");
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
        Assert.Contains("Vårdare/undersköterska/assistent", answer.Text, StringComparison.Ordinal);
        Assert.Contains("**112**", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Needing_more_of_a_group_is_its_recruitment_need()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("vi behöver fler usk 2026, hur många?");
        Assert.Contains("Rekryteringsbehov för Vårdare/undersköterska/assistent 2026: **123**", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A need and a year with nothing that says which need of whom is asked back, with no figure.
    [InlineData("hur stort är behovet 2026?")]
    [InlineData("what is the need in 2025?")]
    public async Task A_need_with_no_measure_or_group_is_asked_back(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
        Assert.Equal(AnswerKind.Clarification, answer.Kind);
        Assert.Equal(3, answer.Suggestions.Count);
        Assert.DoesNotContain("**", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A percent stated for checking against a change is checked, to the precision written.
    [InlineData("Percentage growth in total staffing need 2020–2027 – the text says 10 %, is that what the table shows?", "The table does not give 10 % but 8,5 %")]
    [InlineData("ökar personalbehovet totalt med 8,5 procent 2020-2027?", "Det stämmer med tabellen (8,5 %)")]
    public async Task A_percent_stated_for_a_change_is_checked_against_the_table(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains("**120**", answer.Text, StringComparison.Ordinal);
    }
    [Theory]
    // A percent change of the total over a span the plan's text states for the same measure: the plan's sentence first,
    // never dropped, and the table's computation beside it, each named for what it is.
    [InlineData("Med hur stor procent ökar rekryteringsbehovet från 2020 till 2027?", new[] { "17 %", "24,6 %" })]
    [InlineData("by what percentage does the total staffing need grow between 2020 and 2027?", new[] { "10 %", "8,5 %" })]
    [InlineData("personalbehov och rekryteringsbehov, procentuell ökning 2020-2027?", new[] { "10 %", "17 %", "8,5 %", "24,6 %" })]
    public async Task A_percent_change_the_plan_states_in_its_text_is_shown_beside_the_tables(string question, string[] expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
        Assert.All(expected, e => Assert.Contains(e, answer.Text, StringComparison.Ordinal));
        Assert.Contains("Planens text", answer.Text.Replace("The plan's text", "Planens text", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_percent_change_of_one_group_keeps_the_tables_figure_alone()
    {
        // The plan's sentence speaks of the total: a group's change is the table's.
        var (_, answer) = await SeedKnowledge.AskAsync("hur många procent ökar personalbehovet för usk 2020-2027?");
        Assert.DoesNotContain("10 %", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Planens text", answer.Text, StringComparison.Ordinal);
    }
}
