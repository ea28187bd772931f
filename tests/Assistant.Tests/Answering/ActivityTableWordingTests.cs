using Assistant.Bot.Answering.Queries;

namespace Assistant.Tests.Answering;

/// <summary>
/// The plans' activity tables named as people name them, over the real seeds: a table named without quotes
/// ("Aktivitetsplan förvaltningen", "förvaltningens aktivitetsplan", "kompplanen förvaltningen") says where to look, never
/// what the activities are about nor a question about the documents; an owner cell that is a sentence about an owner
/// ("HR samordnar …") is that owner's; one activity asked only by the plan's status word is the rows so marked.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ActivityTableWordingTests
{
    [Theory]
    [InlineData("Vilka aktiviteter står HR för i Aktivitetsplan förvaltningen?")]
    [InlineData("which activities does HR own in the Aktivitetsplan förvaltningen table?")]
    [InlineData("vilka akt har HR i kompplanen förvaltningen")]
    public async Task A_table_named_without_quotes_keeps_its_rows_and_is_no_question_about_the_documents(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.DoesNotContain(read.Query.Topic, t => t.StartsWith("forvaltning", StringComparison.Ordinal) || t.StartsWith("förvaltning", StringComparison.Ordinal));
        Assert.Contains("Aktivitetsplan förvaltningen", answer.Text.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("rehabilitering", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Q2 2024", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_cell_that_is_a_sentence_about_the_owner_is_that_owners()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vilka aktiviteter har HR i Aktivitetsplan förvaltningen?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains("introduktion i yrket", answer.Text, StringComparison.Ordinal);
        Assert.Contains("arbetsträning", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("HR-chef", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vem håller i att minska sjukfrånvaron enligt aktivitetsplanen för förvaltningen?")]
    [InlineData("Vilken aktivitet om sjukfrånvaro finns i Aktivitetsplan förvaltningen och vem har den?")]
    public async Task One_activity_in_a_named_table_is_found_by_its_words_not_the_tables(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("rehabilitering", answer.Text, StringComparison.Ordinal);
        Assert.Contains("HR", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vilken aktivitet står med status Kvarstår?", "hälsofrämjande")]
    [InlineData("Är det någon aktivitet som endast är i Uppstart?", "ledsagning")]
    [InlineData("Which activity is only at Uppstart?", "ledsagning")]
    public async Task One_activity_asked_only_by_the_plans_status_word_is_the_rows_so_marked(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Finns det någon aktivitet med slutförande under andra kvartalet som fortfarande pågår?", "PM3")]
    [InlineData("Finns det någon aktivitet med slutförande i första kvartalet som ännu står som pågående, och vem har den i så fall?", "500")]
    public async Task Whether_an_activity_with_a_status_and_a_quarter_exists_lists_them(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Empty(read.Query.Topic);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_activitys_status_for_the_new_administration_is_no_question_about_the_documents()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Är aktiviteten om krisledning i den nya förvaltningen klar, och vilket kvartal gäller?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("Pågår", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_and_a_time_cited_from_the_follow_up_are_the_activitys()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vem har ansvaret för PM3-arbetet och när ska det vara färdigt enligt uppföljningen?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("Biträdande direktör", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plans_name_with_a_shared_hyphenated_head_names_the_plan_not_a_subject()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vem står som ansvarig för Kompetenstrappan i Personal- och kompetensförsörjningsplanen, och vad går den ut på?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("LMS", answer.Text, StringComparison.Ordinal);
        Assert.Contains("HR", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_word_beside_an_activitys_own_words_still_asks_that_activity()
    {
        var (read, _) = await SeedKnowledge.AskAsync("Har aktiviteten om ledsagning fortfarande status Uppstart?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
    }
}

/// <summary>
/// A forecast figure beside a clause about something the activities are about ("..., har de utrett X?", "hjälper X?",
/// "X, status?"), over the real seeds: the figure and the activities that subject names, each with its status.
/// </summary>
[Trait("Category", "Integration")]
public sealed class FigureWithActivityClauseTests
{
    [Theory]
    [InlineData("rekbehov socialsekreterare 2026, har de utrett bemanningspool?", "51", "bemanningspool")]
    [InlineData("Personalbehovet för usk 2026 – hjälper heltidsarbetet med önskad sysselsättningsgrad?", "806", "sysselsättningsgrad")]
    [InlineData("assistant nurse recruitment need 2027, and have they looked into a staffing pool (bemanningspool)?", "129", "bemanningspool")]
    public async Task A_figure_and_a_clause_about_an_activity_give_both(string question, string figure, string activity)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ForecastAndActivities, read.Query.Target);
        Assert.Contains(figure, answer.Text.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains(activity, answer.Text, StringComparison.Ordinal);
        Assert.Matches("Klar|Done", answer.Text);
    }

    [Fact]
    public async Task A_figure_alone_stays_the_figure()
    {
        var (read, _) = await SeedKnowledge.AskAsync("rekbehov socialsekreterare 2026?");
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
    }
}
