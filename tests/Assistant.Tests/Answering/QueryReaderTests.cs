using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Queries;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Tests.Answering;

/// <summary>
/// The scored choice among readings over the real seeds: the reading the evidence favours wins, its rivals are listed with
/// their scores (what `ask --explain` prints), and two readings that score alike become one question back with buttons.
/// </summary>
[Trait("Category", "Integration")]
public sealed class QueryReaderTests
{
    private static readonly DateOnly Today = new(2024, 9, 16);

    private static async Task<(ReadQuestion Read, Answer Answer)> AskAsync(string question)
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var read = QueryReader.Read(QuestionReader.Read(question, Today), knowledge);
        return (read, QueryExecutor.Execute(read, knowledge));
    }

    [Fact]
    public async Task Readings_are_listed_best_first_with_why_the_winner_won()
    {
        var (read, _) = await AskAsync("Hur stort är personalbehovet för socialsekreterare 2025?");
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
        Assert.StartsWith("Forecast ", read.Query.Readings[0], StringComparison.Ordinal);
        Assert.True(read.Query.Readings.Count >= 2);
        Assert.StartsWith("Forecast", read.Query.Decision, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who produced the staffing forecast, and how far ahead does it go?")]
    [InlineData("Vem tog fram prognosen?")]
    [InlineData("When was the Örebro audit report written, and by whom?")]
    public async Task Who_made_a_document_or_how_far_it_reaches_is_about_the_knowledge_not_its_figures(string question)
    {
        var (read, answer) = await AskAsync(question);
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
        Assert.Null(answer.Series);
    }

    [Fact]
    public async Task A_status_asked_about_a_subject_an_activity_is_about_is_that_activity_not_a_key_figure()
    {
        var (read, answer) = await AskAsync("Have we finished the work on offering staff the right to a higher employment rate?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("sysselsättningsgrad", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Klart", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Years_no_forecast_has_that_a_passage_has_are_answered_from_the_text()
    {
        var (read, answer) = await AskAsync("How many people took an assistant nurse exam in 2010 compared to 2015, according to the plan?");
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains("3700", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2500", answer.Text, StringComparison.Ordinal);

        // A forecast question for a year beyond the forecast is still told which years it covers.
        var (beyond, refusal) = await AskAsync("Rekryteringsbehov undersköterskor 2031");
        Assert.Equal(QueryTarget.Forecast, beyond.Query.Target);
        Assert.Contains("2019–2027", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_else_read_the_question_the_words_the_documents_use_are_searched_alone()
    {
        var (read, answer) = await AskAsync("What will the staff increase cost, and how does it compare with the budget frame?");
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains("72", answer.Text, StringComparison.Ordinal);

        var (unknown, notFound) = await AskAsync("Vad kostar ett nytt äldreboende?");
        Assert.Equal(QueryTarget.NotUnderstood, unknown.Query.Target);
        Assert.Equal(AnswerKind.NotFound, notFound.Kind);
    }

    [Fact]
    public async Task A_document_is_named_by_its_organisation_or_its_kind_however_short_the_word()
    {
        var (read, answer) = await AskAsync("When was the Örebro audit report written, and by whom?");
        var audit = Assert.Single(read.Query.Documents);
        Assert.Contains("Granskning", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Strategi för", answer.Text, StringComparison.Ordinal);

        // "kommun" is in every organisation's name: it names none of them.
        var (all, _) = await AskAsync("Vilka dokument kommer från en kommun?");
        Assert.DoesNotContain(audit, all.Query.Documents);
    }

    [Fact]
    public async Task An_activity_asked_by_a_name_no_activity_has_is_said_to_be_missing()
    {
        var (read, answer) = await AskAsync("Är aktiviteten om drönare klar?");
        Assert.Equal(QueryTarget.MissingActivity, read.Query.Target);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Contains("drönare", answer.Text, StringComparison.Ordinal);

        // A name an activity's owner column has is that activity, and one it has no status for is said to be unknown.
        var (owner, unknown) = await AskAsync("Är Evikomp-aktiviteten klar?");
        Assert.Equal(QueryTarget.Activity, owner.Query.Target);
        Assert.Equal(AnswerKind.NotFound, unknown.Kind);
        Assert.Contains("ingen status", unknown.Text, StringComparison.Ordinal);

        // A misspelt compound whose parts an activity has is found ("farmacevt" + "piloten").
        var (status, found) = await AskAsync("status farmacevtpiloten?");
        Assert.Equal(QueryTarget.Activity, status.Query.Target);
        Assert.Contains("Pågår", found.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_and_when_of_one_thing_done_is_one_activity_not_a_list()
    {
        var (read, _) = await AskAsync("När skulle de nya valideringsrutinerna genomföras och vem gör det?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
    }

    [Fact]
    public async Task A_topic_asked_about_that_the_text_mentions_is_answered_from_the_text()
    {
        var (read, answer) = await AskAsync("Is there anything in the plans about full-time work?");
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains("heltid", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Words_that_continue_a_named_owner_are_not_a_topic()
    {
        var (read, _) = await AskAsync("Which activities does the HR and competence supply department own, and are they done?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Empty(read.Query.Topic);
    }

    [Fact]
    public async Task A_bare_subject_an_activity_and_a_passage_cover_alike_is_asked_about_with_both_as_buttons()
    {
        var (read, answer) = await AskAsync("språkkunskaper");
        Assert.Equal(QueryTarget.Choose, read.Query.Target);
        Assert.Equal(AnswerKind.Clarification, answer.Kind);
        Assert.Equal(2, answer.Suggestions.Count);
        Assert.Contains(answer.Suggestions, s => s.StartsWith("Vad står det om språkkunskaper", StringComparison.Ordinal));
        Assert.Contains(answer.Suggestions, s => s.StartsWith("Status för", StringComparison.Ordinal));

        // Each button, asked, reads one way.
        Assert.Equal(QueryTarget.Passage, (await AskAsync(answer.Suggestions.First(s => s.StartsWith("Vad", StringComparison.Ordinal)))).Read.Query.Target);
        Assert.Equal(QueryTarget.Activity, (await AskAsync(answer.Suggestions.First(s => s.StartsWith("Status", StringComparison.Ordinal)))).Read.Query.Target);
    }

    [Fact]
    public async Task A_bare_subject_one_reading_covers_better_is_answered_by_it()
    {
        var (read, _) = await AskAsync("bemanningspool");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
    }

    [Theory]
    [InlineData("Is it late?")]
    [InlineData("är den klar?")]
    [InlineData("what's the status?")]
    [InlineData("vem ansvarar?")]
    [InlineData("ändringen då?")]
    [InlineData("och 2026?")]
    [InlineData("numbers for 2024 pls")]
    [InlineData("hur ser det ut för gruppen?")]
    public async Task A_follow_up_that_names_nothing_asks_what_it_is_about(string question)
    {
        var (read, answer) = await AskAsync(question);
        Assert.Equal(QueryTarget.WhichSubject, read.Query.Target);
        Assert.Equal(AnswerKind.Clarification, answer.Kind);
        Assert.DoesNotMatch(@"\d", answer.Text.Replace("2026", string.Empty, StringComparison.Ordinal).Replace("2024", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Vilka aktiviteter är försenade?")]
    [InlineData("vilka är klara?")]
    [InlineData("Is anything late?")]
    [InlineData("finns det några försenade?")]
    [InlineData("vilka yrkesgrupper finns i prognosen?")]
    [InlineData("sick leave")]
    public async Task A_question_whose_words_name_its_subject_is_not_asked_back(string question)
    {
        var (read, _) = await AskAsync(question);
        Assert.NotEqual(QueryTarget.WhichSubject, read.Query.Target);
    }

    [Theory]
    [InlineData("vilket år toppar rekbehovet för övriga yrkeskat?", "2025", "32")]
    [InlineData("peak year for recruitment of managers?", "2027", "17")]
    public async Task The_year_a_group_peaks_is_answered_with_its_value(string question, string year, string value)
    {
        var (read, answer) = await AskAsync(question);
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
        Assert.Equal(AnswerKind.Figure, answer.Kind);
        Assert.Contains(year, answer.Text, StringComparison.Ordinal);
        Assert.Contains($"**{value}**", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many more care workers do we need in 2024 than in 2023?", "**10**", "777", "787")]
    [InlineData("hur många fler socialsekreterare ska rekryteras 2024 än 2023?", "**6**", "46", "52")]
    public async Task More_in_one_year_than_another_is_the_difference_with_both_values(string question, string difference, string first, string second)
    {
        var (_, answer) = await AskAsync(question);
        Assert.Contains(difference, answer.Text, StringComparison.Ordinal);
        Assert.Contains(first, answer.Text, StringComparison.Ordinal);
        Assert.Contains(second, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sick leave for social secretaries in 2016 (total)?", "8,9", "53,3")]
    [InlineData("sjukfrånvaro totalt 2016", "6,4", "Målvärde")]
    [InlineData("How many permanently employed social secretaries started and how many quit in 2016?", "65", "116")]
    [InlineData("average number of tenured (tv) employees in socialförvaltningen during 2016?", "449", "515")]
    public async Task The_columns_a_key_figure_question_names_narrow_its_rows(string question, string shown, string left)
    {
        var (read, answer) = await AskAsync(question);
        Assert.Equal(QueryTarget.KeyFigure, read.Query.Target);
        Assert.Contains(shown, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(left, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_row_of_two_key_figure_tables_is_named_with_its_table()
    {
        var (_, answer) = await AskAsync("hur många slutade 2016?");
        Assert.Contains("Socialförvaltningen (Personalomsättning 160101-161231 – Tv-anställda)", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Månadsavlönade", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_average_salary_is_no_key_figure()
    {
        var (read, _) = await AskAsync("What's the average salary of a social worker here?");
        Assert.NotEqual(QueryTarget.KeyFigure, read.Query.Target);
    }

    [Theory]
    [InlineData("extern personalomsättning senaste siffran i planen 2021?", "0,62")]
    [InlineData("What was the external staff turnover for the committee in August 2020?", "0,62")]
    [InlineData("Hur mycket väntas personalbehovet för myndighetsutövare öka o vad kostar det", "14 miljoner")]
    public async Task A_year_a_key_figure_lacks_or_a_cost_is_answered_from_the_text(string question, string shown)
    {
        var (read, answer) = await AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains(shown, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_a_key_figure_lacks_that_the_text_only_mentions_is_no_figure_from_the_text()
    {
        var (read, _) = await AskAsync("Vad var sjukfrånvaron 2020?");
        Assert.NotEqual(QueryTarget.Passage, read.Query.Target);
    }
}
