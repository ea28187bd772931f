using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Tests.Answering;

/// <summary>
/// Forecast questions in planners' shorthand and wording: "pb"/"rb" for the two measures, a table named by its title
/// (which lists both measures), "hur stort" as a size (not the largest), "skiljer sig" between two groups, the forecast's
/// last year named in words, the plan's own stated change when no years are asked, and counts the forecast does not hold.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ForecastShorthandTests
{
    private static async Task<(ForecastTable Table, ForecastMeasure Staffing, ForecastMeasure Recruitment)> TableAsync()
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var table = knowledge.ForecastTables[0];
        return (table, table.Measures.First(m => m.Kind == MeasureKind.Staffing), table.Measures.First(m => m.Kind == MeasureKind.Recruitment));
    }

    private static string Group(ForecastTable table, Occupation occupation) => table.Groups.First(g => occupation.IsGroup(TextFold.Fold(g)));

    [Fact]
    public void Pb_and_rb_are_the_staffing_and_the_recruitment_need()
    {
        var staffing = QuestionReader.Read("adm pb 2025", SeedKnowledge.Today);
        Assert.True(staffing.Has(Cue.Staffing));
        Assert.False(staffing.Has(Cue.Recruitment));
        var recruitment = QuestionReader.Read("rb socsek 2026?", SeedKnowledge.Today);
        Assert.True(recruitment.Has(Cue.Recruitment));
        Assert.False(recruitment.Has(Cue.Staffing));
    }

    [Fact]
    public async Task A_group_with_pb_answers_the_staffing_need_alone()
    {
        var (table, staffing, recruitment) = await TableAsync();
        var managers = Group(table, Occupation.Management);
        var (_, answer) = await SeedKnowledge.AskAsync("chefer pb 2025");
        Assert.Equal(AnswerKind.Figure, answer.Kind);
        Assert.Contains($"**{SwedishFormat.Number(table.Value(staffing, managers, 2025)!.Value)}**", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"Rekryteringsbehov för {managers}", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"**{SwedishFormat.Number(table.Value(recruitment, managers, 2025)!.Value)}**", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rb_as_a_share_of_pb_for_one_group_is_their_ratio()
    {
        var (table, staffing, recruitment) = await TableAsync();
        var social = Group(table, Occupation.Social);
        var part = table.Value(recruitment, social, 2026)!.Value;
        var whole = table.Value(staffing, social, 2026)!.Value;
        var (_, answer) = await SeedKnowledge.AskAsync("socsek rb 2026 i procent av socsek pb");
        Assert.Contains(SwedishFormat.Percent(Math.Round(part / whole * 100m, 1)), answer.Text, StringComparison.Ordinal);
        Assert.Contains($"{SwedishFormat.Number(part)} av {SwedishFormat.Number(whole)}", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_named_by_its_title_does_not_ask_both_measures()
    {
        var q = QuestionReader.Read("Vad är personalbehovet för chefer 2025 i tabellen personalbehov och rekryteringsbehov?", SeedKnowledge.Today);
        Assert.True(q.Has(Cue.Staffing));
        Assert.False(q.Has(Cue.Recruitment));

        // The title alone, with no measure named elsewhere, still names both.
        var both = QuestionReader.Read("Vad står i tabellen över personalbehov och rekryteringsbehov för 2025?", SeedKnowledge.Today);
        Assert.True(both.Has(Cue.Staffing) && both.Has(Cue.Recruitment));
    }

    [Fact]
    public async Task Hur_stort_asks_a_size_not_the_largest()
    {
        Assert.False(QuestionReader.Read("hur stort blir rekryteringsbehovet sammanlagt 2025-2027?", SeedKnowledge.Today).Has(Cue.Largest));
        Assert.True(QuestionReader.Read("vilken grupp har störst rekryteringsbehov 2025?", SeedKnowledge.Today).Has(Cue.Largest));

        var (table, _, recruitment) = await TableAsync();
        var sum = new[] { 2025, 2026, 2027 }.Sum(y => table.Value(recruitment, table.TotalGroup!, y)!.Value);
        var (_, answer) = await SeedKnowledge.AskAsync("hur stort blir rekryteringsbehovet sammanlagt 2025-2027?");
        Assert.Contains($"**{SwedishFormat.Number(sum)}**", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_groups_that_differ_in_one_year_give_their_difference()
    {
        var (table, staffing, _) = await TableAsync();
        var admin = table.Value(staffing, Group(table, Occupation.Administrator), 2024)!.Value;
        var assistants = table.Value(staffing, Group(table, Occupation.PersonalAssistant), 2024)!.Value;
        var (_, answer) = await SeedKnowledge.AskAsync("Hur skiljer sig personalbehovet för personliga assistenter från administratörernas 2024?");
        Assert.Contains($"**{SwedishFormat.Number(Math.Abs(assistants - admin))}** fler", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_forecast_year_in_words_is_the_tables_last_year()
    {
        var (table, staffing, _) = await TableAsync();
        var social = Group(table, Occupation.Social);
        var (_, answer) = await SeedKnowledge.AskAsync("Rekryteringsbehovet för socialsekreterare sista året i prognosen?");
        var recruitment = table.Measures.First(m => m.Kind == MeasureKind.Recruitment);
        Assert.Contains($"**{SwedishFormat.Number(table.Value(recruitment, social, table.LastYear)!.Value)}**", answer.Text, StringComparison.Ordinal);
        Assert.Contains(table.LastYear.ToString(System.Globalization.CultureInfo.InvariantCulture), answer.Text, StringComparison.Ordinal);

        var (_, first) = await SeedKnowledge.AskAsync("personalbehovet för socialsekreterare första prognosåret");
        Assert.Contains($"**{SwedishFormat.Number(table.Value(staffing, social, table.FirstYear)!.Value)}**", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_percent_change_with_no_years_quotes_the_plans_stated_change_and_computes_none()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("med hur många procent väntas rekryteringsbehovet totalt öka enligt planen?");
        Assert.Contains("> ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("%", answer.Text.Split("\n\n")[1], StringComparison.Ordinal);
        // The table's values for the plan's span are shown; no change is computed over a span the asker did not choose.
        Assert.DoesNotContain("ökar med **", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_the_forecast_does_not_hold_is_not_answered_from_it()
    {
        var (table, staffing, recruitment) = await TableAsync();
        var social = Group(table, Occupation.Social);
        var (_, answer) = await SeedKnowledge.AskAsync("Hur många procent av dem som går i pension 2021-2026 är chefer?");
        Assert.DoesNotContain("står för", answer.Text, StringComparison.Ordinal);
        var (_, retire) = await SeedKnowledge.AskAsync("andel av pensioneringarna som är socialsekreterare 2020-2027");
        Assert.DoesNotContain("av personalbehov", retire.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("av rekryteringsbehov", retire.Text, StringComparison.Ordinal);

        // A measure named keeps the forecast.
        var (_, need) = await SeedKnowledge.AskAsync("hur stor andel av personalbehovet 2025 är socialsekreterare?");
        var share = table.Value(staffing, social, 2025)!.Value / table.Value(staffing, table.TotalGroup!, 2025)!.Value * 100m;
        Assert.Contains(SwedishFormat.Percent(Math.Round(share, 1)), need.Text, StringComparison.Ordinal);
        _ = recruitment;
    }

    [Fact]
    public void A_change_word_in_the_aim_of_the_work_is_no_change_asked()
    {
        Assert.False(QuestionReader.Read("rekryteringsbehovet 2025, och hur går arbetet med att minska sjukfrånvaron?", SeedKnowledge.Today).Has(Cue.Change));
        Assert.True(QuestionReader.Read("hur mycket ökar rekryteringsbehovet 2025?", SeedKnowledge.Today).Has(Cue.Change));
    }

    [Fact]
    public async Task The_group_with_the_largest_percentage_change_is_ranked_by_percent()
    {
        var (table, staffing, _) = await TableAsync();
        var best = table.OccupationGroups
            .Select(g => (Group: g, Percent: (table.Value(staffing, g, 2027)!.Value - table.Value(staffing, g, 2021)!.Value) / table.Value(staffing, g, 2021)!.Value * 100m))
            .MaxBy(g => g.Percent);
        var (_, answer) = await SeedKnowledge.AskAsync("Vilken yrkesgrupp har störst ökning i procent av personalbehovet 2021-2027, och hur stor är den?");
        Assert.Contains($"**{best.Group}**", answer.Text, StringComparison.Ordinal);
        Assert.Contains($"ca +{SwedishFormat.Number(Math.Round(best.Percent, 0, MidpointRounding.AwayFromZero))} %", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_group_one_by_one_in_a_year_ends_with_the_total_row()
    {
        var (table, _, recruitment) = await TableAsync();
        var (_, answer) = await SeedKnowledge.AskAsync("rekbehov 2026 för varje yrkesgrupp");
        foreach (var group in table.OccupationGroups)
        {
            Assert.Contains($"{group} 2026: **{SwedishFormat.Number(table.Value(recruitment, group, 2026)!.Value)}**", answer.Text, StringComparison.Ordinal);
        }

        Assert.Contains($"{table.TotalGroup} 2026: **{SwedishFormat.Number(table.Value(recruitment, table.TotalGroup!, 2026)!.Value)}**", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_cited_from_the_plan_with_a_year_is_the_tables_figure()
    {
        var (table, staffing, _) = await TableAsync();
        var (read, answer) = await SeedKnowledge.AskAsync("According to the staffing and competence plan, what is the staffing need for social workers in 2026?");
        Assert.Equal(Bot.Answering.Queries.QueryTarget.Forecast, read.Query.Target);
        Assert.Contains($"**{SwedishFormat.Number(table.Value(staffing, Group(table, Occupation.Social), 2026)!.Value)}**", answer.Text, StringComparison.Ordinal);
    }
}
