using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Answerers;
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
    [Fact]
    public async Task Readings_are_listed_best_first_with_why_the_winner_won()
    {
        var (read, _) = await SeedKnowledge.AskAsync("Hur stort är personalbehovet för socialsekreterare 2025?");
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
        Assert.StartsWith("Forecast ", read.Query.Readings[0], StringComparison.Ordinal);
        Assert.True(read.Query.Readings.Count >= 2);
        Assert.StartsWith("Forecast", read.Query.Decision, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How does Linköping plan to use welfare technology?")]
    [InlineData("what do they plan to do with välfärdsteknik in Linköping?")]
    public async Task Plan_to_as_a_verb_names_no_document(string question)
    {
        // "plan to" is what the municipality means to do, asked of the text; not which documents are loaded.
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains("välfärdsteknik", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("How many socialsekreterare/biståndsbedömare do we need in 2027 according to the forecast?", "294")]
    [InlineData("Hur många undersköterskor behövs 2027 enligt prognosen?", "815")]
    [InlineData("rekryteringsbehov ledning 2025 enligt framskrivningen", "16")]
    public async Task A_figure_cited_from_the_forecast_is_the_forecast_s_not_a_passage_or_a_link(string question, string figure)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
        Assert.Contains($"**{figure}**", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_cell_that_says_more_than_its_word_is_shown_with_it()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("Vilken status har utlokaliseringen av verksamhet från Socialkontoret?");
        Assert.Contains("Pågår (Fortsätter från 2015)", answer.Text, StringComparison.Ordinal);
        var (_, done) = await SeedKnowledge.AskAsync("Vilken status har krisledningen i den nya förvaltningen?");
        Assert.DoesNotContain("(Pågår", done.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("personalbehov usk 2025 och aktiviteter för att minska sjukfrånvaron", "796")]
    [InlineData("Recruitment need for assistant nurses in 2024, and what measures to reduce turnover?", "124")]
    public async Task A_change_word_in_a_purpose_clause_is_not_a_change_asked_of_the_figure(string question, string figure)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryOperation.Value, read.Query.Operation);
        Assert.Contains($"**{figure}**", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Apart from managers, which groups does the audit say are hard to keep?")]
    [InlineData("Vilka yrkesgrupper utom ledning tar SKL:s strategi upp?")]
    [InlineData("Hur många socialsekreterare behövs enligt granskningen?")]
    public async Task A_question_naming_only_documents_without_a_forecast_is_not_answered_from_the_forecast(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.NotEmpty(read.Query.Documents);
        Assert.DoesNotContain(read.Query.Target, new[] { QueryTarget.Forecast, QueryTarget.ForecastAndActivities, QueryTarget.ForecastGroups });
    }

    [Theory]
    [InlineData("Vad gör vi åt behovet av biståndsbedömare, och går det enligt plan?")]
    [InlineData("What are we doing about the recruitment need for managers?")]
    public async Task A_need_s_activities_are_the_forecast_s_municipality_s_own(string question)
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ForecastAndActivities, read.Query.Target);
        Assert.NotEmpty(answer.ActivityIds);
        var municipality = knowledge.Documents[knowledge.ForecastTables[0].DocumentId].Municipality;
        Assert.All(answer.ActivityIds, id => Assert.Equal(municipality, knowledge.Documents[knowledge.ActivitiesById[id].DocumentId].Municipality));
    }

    [Fact]
    public async Task A_key_figure_change_between_two_years_is_stated_in_percentage_points()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("hur mycket ändrades sjukfrånvaron från 2014 till 2015, procentenheter?");
        Assert.Equal(QueryTarget.KeyFigure, read.Query.Target);
        Assert.Contains("+0,7 procentenheter", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Started_and_left_in_English_name_the_turnover_columns()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("How many permanent (tv-anställda) employees started and how many left the social services administration in 2016?");
        Assert.Equal(QueryTarget.KeyFigure, read.Query.Target);
        Assert.Contains("Slutat", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Börjat", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff totalt personalbehov 2021 vs 2024", QueryOperation.Difference)]
    [InlineData("hur många fler anställda behövs totalt 2027 jmf med 2019", QueryOperation.Difference)]
    [InlineData("If you add up the total recruitment need for every year 2021-2027, what do you get?", QueryOperation.Sum)]
    [InlineData("lägg ihop rekryteringsbehovet totalt 2021-2027", QueryOperation.Sum)]
    public async Task Abbreviated_differences_and_adding_up_are_read_as_such(string question, QueryOperation operation)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
        Assert.Equal(operation, read.Query.Operation);
    }

    [Theory]
    [InlineData("Who produced the staffing forecast, and how far ahead does it go?")]
    [InlineData("Vem tog fram prognosen?")]
    [InlineData("When was the Örebro audit report written, and by whom?")]
    public async Task Who_made_a_document_or_how_far_it_reaches_is_about_the_knowledge_not_its_figures(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
        Assert.Null(answer.Series);
    }

    [Theory]
    // Which documents the assistant answers from is the list of them, not an activity or a passage that has "svar".
    [InlineData("vilka dokument kan du svara utifrån?", "Strategi för en stabil")]
    [InlineData("what documents are you able to answer from?", "Granskning av hur")]
    // How far a document reaches, asked with "sträcker sig"/"extend", is the forecast's last year, not a measure asked back.
    [InlineData("fram till vilket år sträcker sig prognosen?", "2027")]
    [InlineData("which year does the forecast extend to?", "2027")]
    public async Task Which_documents_are_answered_and_how_far_they_reach_are_about_the_knowledge(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Null(answer.Series);
    }

    [Theory]
    // A document's year, the origin of its figures and what it is about are the document's, not its figures or text.
    [InlineData("From which year is the audit?", "2016")]
    [InlineData("vilket år är granskningen från?", "2016")]
    [InlineData("Var kommer prognosens siffror ifrån?", "PwC")]
    [InlineData("What is the source of the forecast figures?", "PwC")]
    [InlineData("vad handlar SKL-strategin om?", "Fyra mål visar vägen")]
    [InlineData("What is the audit about?", "Sammanfattning")]
    public async Task A_document_s_year_origin_and_subject_are_about_the_knowledge(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Who made a document: the organisation its metadata names and the people its text says did the work.
    [InlineData("Vem skrev revisionsrapporten?")]
    [InlineData("Who conducted the Örebro audit?")]
    public async Task Who_made_a_document_names_the_people_its_text_names(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
        Assert.Contains("KPMG", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Karin Helin Lindkvist", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_asked_about_a_subject_an_activity_is_about_is_that_activity_not_a_key_figure()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Have we finished the work on offering staff the right to a higher employment rate?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("sysselsättningsgrad", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Klart", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Years_no_forecast_has_that_a_passage_has_are_answered_from_the_text()
    {
        await SeedKnowledge.PassageSaysAsync("How many people took an assistant nurse exam in 2010 compared to 2015, according to the plan?", "3700", "2500");

        // A forecast question for a year beyond the forecast is still told which years it covers.
        var (beyond, refusal) = await SeedKnowledge.AskAsync("Rekryteringsbehov undersköterskor 2031");
        Assert.Equal(QueryTarget.Forecast, beyond.Query.Target);
        Assert.Contains("2019–2027", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_else_read_the_question_the_words_the_documents_use_are_searched_alone()
    {
        await SeedKnowledge.PassageSaysAsync("What will the staff increase cost, and how does it compare with the budget frame?", "72");

        var (unknown, notFound) = await SeedKnowledge.AskAsync("Vad kostar ett nytt äldreboende?");
        Assert.Equal(QueryTarget.NotUnderstood, unknown.Query.Target);
        Assert.Equal(AnswerKind.NotFound, notFound.Kind);
    }

    [Fact]
    public async Task A_document_is_named_by_its_organisation_or_its_kind_however_short_the_word()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("When was the Örebro audit report written, and by whom?");
        var audit = Assert.Single(read.Query.Documents);
        Assert.Contains("Granskning", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Strategi för", answer.Text, StringComparison.Ordinal);

        // "kommun" is in every organisation's name: it names none of them.
        var (all, _) = await SeedKnowledge.AskAsync("Vilka dokument kommer från en kommun?");
        Assert.DoesNotContain(audit, all.Query.Documents);
    }

    [Fact]
    public async Task An_activity_asked_by_a_name_no_activity_has_is_said_to_be_missing()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Är aktiviteten om drönare klar?");
        Assert.Equal(QueryTarget.MissingActivity, read.Query.Target);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Contains("drönare", answer.Text, StringComparison.Ordinal);

        // A name an activity's owner column has is that activity, and one it has no status for is said to be unknown.
        var (owner, unknown) = await SeedKnowledge.AskAsync("Är Evikomp-aktiviteten klar?");
        Assert.Equal(QueryTarget.Activity, owner.Query.Target);
        Assert.Equal(AnswerKind.NotFound, unknown.Kind);
        Assert.Contains("ingen status", unknown.Text, StringComparison.Ordinal);

        // A misspelt compound whose parts an activity has is found ("farmacevt" + "piloten").
        var (status, found) = await SeedKnowledge.AskAsync("status farmacevtpiloten?");
        Assert.Equal(QueryTarget.Activity, status.Query.Target);
        Assert.Contains("Pågår", found.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_and_when_of_one_thing_done_is_one_activity_not_a_list()
    {
        var (read, _) = await SeedKnowledge.AskAsync("När skulle de nya valideringsrutinerna genomföras och vem gör det?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
    }

    [Fact]
    public async Task A_topic_asked_about_that_the_text_mentions_is_answered_from_the_text()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Is there anything in the plans about full-time work?");
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains("heltid", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Words_that_continue_a_named_owner_are_not_a_topic()
    {
        var (read, _) = await SeedKnowledge.AskAsync("Which activities does the HR and competence supply department own, and are they done?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Empty(read.Query.Topic);
    }

    [Fact]
    public async Task A_bare_subject_an_activity_and_a_passage_cover_alike_is_asked_about_with_both_as_buttons()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("språkkunskaper");
        Assert.Equal(QueryTarget.Choose, read.Query.Target);
        Assert.Equal(AnswerKind.Clarification, answer.Kind);
        Assert.Equal(2, answer.Suggestions.Count);
        Assert.Contains(answer.Suggestions, s => s.StartsWith("Vad står det om språkkunskaper", StringComparison.Ordinal));
        Assert.Contains(answer.Suggestions, s => s.StartsWith("Status för", StringComparison.Ordinal));

        // Each button, asked, reads one way.
        Assert.Equal(QueryTarget.Passage, (await SeedKnowledge.AskAsync(answer.Suggestions.First(s => s.StartsWith("Vad", StringComparison.Ordinal)))).Read.Query.Target);
        Assert.Equal(QueryTarget.Activity, (await SeedKnowledge.AskAsync(answer.Suggestions.First(s => s.StartsWith("Status", StringComparison.Ordinal)))).Read.Query.Target);
    }

    [Fact]
    public async Task A_bare_subject_one_reading_covers_better_is_answered_by_it()
    {
        var (read, _) = await SeedKnowledge.AskAsync("bemanningspool");
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
        var (read, answer) = await SeedKnowledge.AskAsync(question);
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
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.NotEqual(QueryTarget.WhichSubject, read.Query.Target);
    }

    [Theory]
    [InlineData("vilket år toppar rekbehovet för övriga yrkeskat?", "2025", "32")]
    [InlineData("peak year for recruitment of managers?", "2027", "17")]
    public async Task The_year_a_group_peaks_is_answered_with_its_value(string question, string year, string value)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
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
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Contains(difference, answer.Text, StringComparison.Ordinal);
        Assert.Contains(first, answer.Text, StringComparison.Ordinal);
        Assert.Contains(second, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // The plans' vocabulary in English: working-time models, scheduling, influence; the managers' administration.
    [InlineData("who is responsible for the assignment on working-time models and scheduling influence?", "ÖVF")]
    [InlineData("Who is responsible for cutting managers' admin and the number of staff per manager?", "Direktören")]
    // "agreement" is "avtal", a word of its own, not a typo of "antal" (a count).
    [InlineData("Is the MBL collaboration agreement done? who's responsible?", "Direktören")]
    // "hur ligger vi till" asks for a status; "usk" and "andelen" do not make it a forecast.
    [InlineData("öka andelen fast anställda usk – hur ligger vi till?", "Klart")]
    // "sköter" asks who; "enkät" typed with its ä is stemmed like the plan's "Enkät".
    [InlineData("vem sköter enkät och avgångssamtal?", "HR")]
    // "in-house" is the plans' "egen regi"; the health organisation their "hälso- och sjukvårdsorganisation".
    [InlineData("Who runs the pilot that adds a pharmacist to the in-house health organisation, and what is its status?", "Avd-c VB")]
    // "piloten" is stemmed "pilot", the plan's "pilot" "pilo": the same word.
    [InlineData("vem ansvarar för farmaceut-piloten?", "Avd-c VB")]
    // English particles ("get more people into", "carried out") are no subject words that lower the match.
    [InlineData("Who is responsible for the cooperation group to get more people into education and work, and when is it carried out?", "2019")]
    // "review of the current ..." is the plan's "genomlysning av nuläget".
    [InlineData("What problem was noted for the review of the current digital infrastructure?", "Wifi")]
    public async Task An_activity_named_in_other_words_is_found(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Equal(AnswerKind.Activity, answer.Kind);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_abbreviated_bitr_is_the_deputy()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("vad har bitr direktör för aktiviteter som pågår?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Equal(["Biträdande direktör"], read.Query.Owners);
        Assert.Empty(read.Query.Topic);
        Assert.Contains("BEATA", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kompetens- och karriärmodellen för usk/ssk – hur långt har de kommit")]
    [InlineData("hur långt har man kommit med bemanningspoolen?")]
    public void How_far_they_have_come_asks_for_a_status(string question) =>
        Assert.True(QuestionReader.Read(question, SeedKnowledge.Today).Has(Cue.StatusWord));

    [Fact]
    public async Task A_status_answer_says_who_owns_the_activity()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("bemanningspoolen med fasta anställningar – är utredningen klar?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("Status: ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Ansvarig: ", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vad har direktören som fortfarande pågår?")]
    [InlineData("what does the director have that is still ongoing?")]
    public async Task An_owner_with_a_status_and_no_activity_named_lists_that_owners_activities(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.True(read.Query.Target == QueryTarget.ActivityList, string.Join(" | ", read.Query.Readings));
        Assert.Equal(["Direktör"], read.Query.Owners);
        Assert.Equal([Assistant.Bot.Plans.ActivityStatus.InProgress], read.Query.Statuses);
    }

    [Theory]
    [InlineData("Sick leave for social secretaries in 2016 (total)?", "8,9", "53,3")]
    [InlineData("sjukfrånvaro totalt 2016", "6,4", "Målvärde")]
    [InlineData("How many permanently employed social secretaries started and how many quit in 2016?", "65", "116")]
    [InlineData("average number of tenured (tv) employees in socialförvaltningen during 2016?", "449", "515")]
    public async Task The_columns_a_key_figure_question_names_narrow_its_rows(string question, string shown, string left)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.KeyFigure, read.Query.Target);
        Assert.Contains(shown, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(left, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many permanently employed social workers left in 2016?", "Slutat: 40", "Slutat: 101")]
    [InlineData("monthly paid social workers who started in 2016?", "Börjat: 116", "65")]
    [InlineData("hur många socialsekreterare slutade 2016?", "Slutat: 101", "Börjat")]
    public async Task A_turnover_column_and_a_group_name_the_key_figure(string question, string shown, string notShown)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.KeyFigure, read.Query.Target);
        Assert.Contains(shown, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(notShown, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_figure_cited_by_a_subject_a_title_shares_is_still_the_tables()
    {
        // "social services" is a word of the SKL strategy's title, not a name of that document: the audit's figure answers.
        var (read, answer) = await SeedKnowledge.AskAsync("What was the sick leave percentage in 2014 according to the social services indicators?");
        Assert.Equal(QueryTarget.KeyFigure, read.Query.Target);
        Assert.Contains("3,9", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_percent_with_a_footnote_mark_is_a_percent_the_text_states()
    {
        // "mellan 0,72 och 3,39² procent av de totala lönekostnaderna": the footnote mark stands between number and unit.
        var (_, answer) = await SeedKnowledge.AskAsync("According to SKL, what share of total wage costs was hired staff in 2016?");
        Assert.Contains("3,39", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_row_of_two_key_figure_tables_is_named_with_its_table()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("hur många slutade 2016?");
        Assert.Contains("Socialförvaltningen (Personalomsättning 160101-161231 – Tv-anställda)", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Månadsavlönade", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_average_salary_is_no_key_figure()
    {
        var (read, _) = await SeedKnowledge.AskAsync("What's the average salary of a social worker here?");
        Assert.NotEqual(QueryTarget.KeyFigure, read.Query.Target);
    }

    [Theory]
    [InlineData("extern personalomsättning senaste siffran i planen 2021?", "0,62")]
    [InlineData("What was the external staff turnover for the committee in August 2020?", "0,62")]
    [InlineData("Hur mycket väntas personalbehovet för myndighetsutövare öka o vad kostar det", "14 miljoner")]
    public async Task A_year_a_key_figure_lacks_or_a_cost_is_answered_from_the_text(string question, string shown)
    {
        await SeedKnowledge.PassageSaysAsync(question, shown);
    }

    [Theory]
    [InlineData("Är den klar?")]
    [InlineData("Is it late?")]
    [InlineData("vem ansvarar?")]
    [InlineData("hur ser det ut för gruppen?")]
    [InlineData("ändringen då?")]
    [InlineData("numbers for 2024 pls")]
    [InlineData("vad säger siffrorna?")]
    [InlineData("vad blir siffrorna?")]
    [InlineData("what are the figures?")]
    [InlineData("Har den blivit klar?")]
    public async Task A_question_that_names_nothing_to_answer_about_is_asked_back_with_no_data(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.WhichSubject, read.Query.Target);
        Assert.Equal(AnswerKind.Clarification, answer.Kind);
        Assert.Empty(answer.ActivityIds);
        Assert.Empty(AnswerChecks.NonYearNumbers(answer.Text, question));
    }

    [Theory]
    [InlineData("Vilka aktiviteter är försenade?")]
    [InlineData("Finns det några aktiviteter som är försenade?")]
    [InlineData("Är det något som är försenat?")]
    [InlineData("Hur går det med rekryteringen av undersköterskor?")]
    [InlineData("Är bemanningspoolen klar?")]
    public async Task A_question_with_a_subject_or_a_list_is_not_asked_back(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.NotEqual(QueryTarget.WhichSubject, read.Query.Target);
    }

    [Theory]
    [InlineData("kan du lägga in mig på fredagens pass i schemat")]
    [InlineData("book a meeting with the director next tuesday at 10")]
    [InlineData("what's the bitcoin price today")]
    public async Task A_request_the_assistant_does_not_do_is_declined(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.OffTopic, read.Query.Target);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
    }

    [Fact]
    public async Task A_forecast_named_inside_a_compound_is_about_the_knowledge_and_its_maker()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("vem har gjort personalframskrivningsanalysen?");
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
        Assert.Contains("PwC", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Strategi för", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_a_named_follow_up_says_about_a_need_links_the_forecast_to_that_plans_activities()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("management staffing need 2027, and what does the 2024 follow-up say about fewer staff per manager?");
        Assert.Equal(QueryTarget.ForecastAndActivities, read.Query.Target);
        Assert.Contains("69", answer.Text, StringComparison.Ordinal);
        var knowledge = await SeedKnowledge.GetAsync();
        var followUps = knowledge.Documents.Values.Where(d => d.Kind == Assistant.Bot.Plans.DocumentKind.FollowUp).Select(d => d.Id).ToHashSet();
        Assert.NotEmpty(answer.ActivityIds);
        Assert.All(answer.ActivityIds, id => Assert.Contains(knowledge.ActivitiesById[id].DocumentId, followUps));
    }

    [Fact]
    public async Task An_abbreviated_recruitment_need_is_the_recruitment_need()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("rekbehov usk 2024 och vad gör vi åt det?");
        Assert.Equal(QueryTarget.ForecastAndActivities, read.Query.Target);
        Assert.Contains("124", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("787", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_amount_of_money_asked_of_an_activity_that_states_none_is_said_to_be_missing_with_no_figure()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("What is the budget for the BEATA implementation?");
        Assert.Equal(QueryTarget.NoAmount, read.Query.Target);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Contains("budget", answer.Text, StringComparison.Ordinal);
        Assert.Empty(AnswerChecks.NonYearNumbers(answer.Text, "What is the budget for the BEATA implementation?"));

        // The same activity asked for its status is answered.
        var (status, _) = await SeedKnowledge.AskAsync("What is the status of the BEATA implementation?");
        Assert.Equal(QueryTarget.Activity, status.Query.Target);
    }

    [Fact]
    public async Task An_amount_the_text_states_is_answered_from_the_text_and_one_it_does_not_is_said_to_be_missing()
    {
        var (stated, answer) = await SeedKnowledge.AskAsync("Hur mycket kostar det att anställa 23 myndighetsutövare?");
        Assert.Equal(QueryTarget.Passage, stated.Query.Target);
        Assert.Contains("14 miljoner", answer.Text, StringComparison.Ordinal);

        var (forecast, salary) = await SeedKnowledge.AskAsync("What's the average salary of a social worker here?");
        Assert.Equal(QueryTarget.NoAmount, forecast.Query.Target);
        Assert.Empty(AnswerChecks.NonYearNumbers(salary.Text, "What's the average salary of a social worker here?"));
    }

    [Theory]
    [InlineData("Personalomsättningen är för hög – vilka åtgärder har vi och hur går de?", "introduktion")]
    [InlineData("Sick leave is rising, what are we doing about it and is it on track?", "friskfaktorer")]
    [InlineData("Språkkraven på medarbetarna, vad görs och hur går det?", "språkkunskaper")]
    // A reason named as the premise ("the main reason"), with no "why", is the problem the link is about.
    [InlineData("High sick leave is the main reason people quit – what's being done, and is it on track?", "friskfaktorer")]
    public async Task What_is_done_about_a_problem_and_how_it_goes_lists_the_activities_about_it_with_status(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ForecastAndActivities, read.Query.Target);
        Assert.NotEmpty(read.Query.Topic);
        Assert.Equal(AnswerKind.ActivityList, answer.Kind);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Text.Contains("Pågår", StringComparison.Ordinal) || answer.Text.Contains("Klart", StringComparison.Ordinal), answer.Text);
        // No occupation group or measure is named: no forecast figure beside the activities.
        Assert.DoesNotContain("rognos", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("forecast", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task What_is_done_about_a_problem_shows_the_sub_activity_about_it()
    {
        // Uppdrag 42's line shows its first sub-activity (introduktion); the one about sick leave is added.
        var (_, answer) = await SeedKnowledge.AskAsync("Vad gör vi åt den höga sjukfrånvaron, och hur ligger vi till?");
        Assert.Contains("sänka sjukfrånvaro", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_is_done_about_a_subject_with_no_progress_asked_stays_a_list()
    {
        var (read, _) = await SeedKnowledge.AskAsync("vad gör vi kring språk?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
    }

    [Fact]
    public async Task A_shortage_of_a_group_the_forecast_lacks_is_a_link_that_says_so()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vad gör vi åt bristen på sjuksköterskor?");
        Assert.Equal(QueryTarget.ForecastAndActivities, read.Query.Target);
        Assert.Contains("ingen egen grupp för sjuksköterskor", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vilka källor bygger du på?")]
    [InlineData("Vilka organisationer kommer dokumenten från?")]
    public async Task Which_sources_or_organisations_the_knowledge_comes_from_is_about_the_knowledge(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
    }

    [Theory]
    [InlineData("Kan du skriva en sammanfattning av planen?")]
    [InlineData("Avsluta aktiviteten om bemanningspoolen")]
    public async Task A_command_in_the_infinitive_or_to_close_an_activity_is_declined(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.OffTopic, read.Query.Target);
    }

    [Fact]
    public async Task An_activity_named_by_its_short_label_is_the_one_meant_not_one_that_mentions_the_word()
    {
        // "Lönebildning" is one row's "Vad" label; another activity only mentions "riktlinje för lönebildning".
        var (read, answer) = await SeedKnowledge.AskAsync("Vad innebär aktiviteten om lönebildning i förvaltningens aktivitetsplan?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("myndighetsutövande", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_asked_of_one_measure_is_quoted_without_the_other_measure_s_figure()
    {
        var answer = await SeedKnowledge.PassageSaysAsync("Med hur många procent beräknas det totala personalbehovet öka 2020-2027 enligt texten?", "10 %");
        Assert.DoesNotContain("17 %", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cost_is_answered_by_the_sentence_that_states_it_in_kronor()
    {
        await SeedKnowledge.PassageSaysAsync("Hur mycket väntas personalbehovet för myndighetsutövare öka o vad kostar det", "14 miljoner kronor");
    }

    [Fact]
    public async Task A_key_figure_whose_table_lacks_the_year_asked_yields_to_the_text_that_states_it()
    {
        await SeedKnowledge.PassageSaysAsync("What was the external staff turnover for the committee in August 2020?", "0,62");
    }

    [Fact]
    public async Task A_time_asked_with_no_year_is_answered_from_the_text_not_a_key_figure()
    {
        await SeedKnowledge.PassageSaysAsync("When did the social committee decide to make the salary supplement for social workers permanent?", "2015");
    }

    [Theory]
    [InlineData("Vad rekommenderar revisorerna personalkontoret att göra?", "bemanningsstrategi")]
    [InlineData("Vad rekommenderar revisorerna nämnderna när det gäller cheferna?", "kartl")]
    [InlineData("studien om chefers förutsättningar 2019 - vad kom fram?", "Styr- och ledningsstöd")]
    [InlineData("varför är rekryteringsbehovet så stort?", "personalomsättning")]
    [InlineData("vad menas med tillitsbaserad styrning i planen?", "förtroende")]
    public async Task What_a_review_recommends_or_found_is_answered_from_its_text(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("studien om chefers förutsättningar 2019 - vad kom fram?", true)]
    [InlineData("vad kom granskningen fram till?", true)]
    [InlineData("kom det fram fler förslag under året?", false)]
    public void What_came_out_of_a_study_is_asked_as_a_finding(string question, bool finding) =>
        Assert.Equal(finding, PassageAnswerer.AsksFinding(QuestionReader.Read(question, SeedKnowledge.Today)));

    [Fact]
    public void Cost_words_and_social_secretaries_are_read_as_the_texts_words_and_a_cost_is_searched_in_kronor_too()
    {
        Assert.Contains("kostnad", Glossary.Apply("how much did the municipalities spend on staffing agencies"), StringComparison.Ordinal);
        Assert.Contains("kostnad", Glossary.Apply("vad kostade det"), StringComparison.Ordinal);
        Assert.Contains("valfardsteknik", Glossary.Apply("what does the plan say about welfare technology"), StringComparison.Ordinal);
        Assert.Contains("arbetsplatslarande", Glossary.Apply("how will workplace learning work"), StringComparison.Ordinal);
        Assert.Contains("socialsekreterare", Glossary.Apply("what salary supplement did social secretaries get"), StringComparison.Ordinal);
        Assert.Contains("kronor", Glossary.Siblings("kostnaden"));
        Assert.Empty(Glossary.Siblings("personalbehov"));
    }

    [Fact]
    public void English_words_the_glossary_leaves_alone_are_searched_by_the_texts_swedish_words_whole_words_only()
    {
        Assert.Contains("omsorg", Glossary.Siblings("care"));
        Assert.Contains("unga", Glossary.Siblings("young"));
        Assert.Contains("locka", Glossary.Siblings("attract"));
        Assert.Contains("svår", Glossary.Siblings("harder"));
        Assert.Empty(Glossary.Siblings("career"));
    }

    [Theory]
    [InlineData("Why is care work harder to attract younger staff to, according to the plan?", "lön")]
    [InlineData("varför har sjukfrånvaron ökat bland yngre medarbetare?", "psykisk")]
    public async Task A_why_question_is_answered_by_the_sentence_with_the_reason(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_year_a_key_figure_lacks_that_the_text_only_mentions_is_no_figure_from_the_text()
    {
        var (read, _) = await SeedKnowledge.AskAsync("Vad var sjukfrånvaron 2020?");
        Assert.NotEqual(QueryTarget.Passage, read.Query.Target);
    }

    [Theory]
    [InlineData("How many social workers did we actually hire in 2023?")]
    [InlineData("Hur många undersköterskor anställde vi faktiskt 2022?")]
    [InlineData("How many assistant nurses were recruited in 2021?")]
    public async Task An_outcome_asked_of_the_forecast_is_said_to_be_missing_with_no_figure(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.NoOutcome, read.Query.Target);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.DoesNotMatch(@"\*\*\d", answer.Text);
        Assert.NotEmpty(answer.Suggestions);
    }

    [Theory]
    [InlineData("Hur stort rekryteringsbehov har min hemtjänstenhet 2025?")]
    [InlineData("personalbehov för vår äldreboendegrupp 2027")]
    [InlineData("rb för mitt team 2024")]
    [InlineData("hur många undersköterskor behöver enheten Ekbacken 2026?")]
    [InlineData("What is the recruitment need for our home care unit in 2025?")]
    [InlineData("staffing need per unit 2026")]
    public async Task A_need_asked_for_a_unit_below_the_committee_gives_no_figure(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.NoUnitFigure, read.Query.Target);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.DoesNotMatch(@"\*\*\d", answer.Text);
        Assert.Matches("(hela nämnden|whole committee)", answer.Text);
        Assert.NotEmpty(answer.Suggestions);
    }

    [Theory]
    [InlineData("Hur mycket ökar personalbehovet för usk-gruppen från 2022 till 2026?")]
    [InlineData("Rekryteringsbehov för enhetschefer 2025")]
    [InlineData("What is the recruitment need for unit managers in 2026?")]
    [InlineData("rekbehov per yrkesgrupp 2025")]
    public async Task An_occupation_group_or_unit_managers_are_no_unit_below_the_committee(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.NotEqual(QueryTarget.NoUnitFigure, read.Query.Target);
    }

    [Theory]
    [InlineData("How many social workers were hired in 2016?", "65")]
    [InlineData("Hur många socialsekreterare anställdes 2016?", "65")]
    public async Task Hires_in_a_year_the_turnover_table_has_are_its_started_column(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.KeyFigure, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hur många socialsekreterare behövde vi rekrytera 2023?")]
    [InlineData("How many social workers do we need to hire in 2023?")]
    [InlineData("How many managers must be recruited in 2026?")]
    public async Task A_need_asked_in_the_past_tense_is_still_the_forecast(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
    }

    [Theory]
    [InlineData("Share of women among permanent employees 2014?")]
    [InlineData("Change in sick leave from 2014 to 2015?")]
    public void An_english_noun_that_is_also_a_command_verb_starts_a_question(string question) =>
        Assert.False(QueryWords.IsCommand(QuestionReader.Read(question, SeedKnowledge.Today)));

    [Theory]
    [InlineData("Share the forecast with my boss")]
    [InlineData("Change the status of the BEATA activity to done")]
    public void A_command_verb_with_an_object_is_still_a_command(string question) =>
        Assert.True(QueryWords.IsCommand(QuestionReader.Read(question, SeedKnowledge.Today)));

    [Theory]
    [InlineData("Which status categories are used in the 2024 follow-up?")]
    [InlineData("Vilka statusar används i uppföljningen 2024?")]
    public async Task The_kinds_of_status_a_document_records_are_knowledge(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
        foreach (var status in new[] { "Klart", "Pågår", "Kvarstår", "Uppstart" })
        {
            Assert.Contains(status, answer.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_plan_named_with_verksamhet_is_no_operational_plan_document()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vilka aktiviteter i aktivitetsplan verksamhet ska genomföras 2019–2020?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Empty(read.Query.Documents);
        Assert.Contains("professioner", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_organisations_in_a_group_the_text_names_are_asked_of_the_text_not_of_the_documents()
    {
        await SeedKnowledge.PassageSaysAsync("Vilka förvaltningar ingår i samverkansgruppen för strategisk kompetensförsörjning?", "Leanlink", "Utbildningsförvaltningen");
        // "strategisk" describes the group; it names no strategy document.
        Assert.False(QueryWords.IsAboutKnowledge(QuestionReader.Read("vilka förvaltningar är med i den strategiska arbetsgruppen?", SeedKnowledge.Today)));
        Assert.True(QueryWords.IsAboutKnowledge(QuestionReader.Read("vilka förvaltningar har skrivit dokumenten?", SeedKnowledge.Today)));
    }

    [Theory]
    [InlineData("Which priority areas does the cross-department group have?")]
    [InlineData("Vilka prioriterade områden har den förvaltningsgemensamma gruppen?")]
    public async Task One_group_of_people_asked_about_is_no_list_of_the_forecast_s_groups(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.NotEqual(QueryTarget.ForecastGroups, read.Query.Target);
        Assert.True(QueryWords.AsksForGroups(QuestionReader.Read("Vilka yrkesgrupper finns i prognosen?", SeedKnowledge.Today)));
    }

    [Fact]
    public async Task A_municipality_named_is_not_answered_by_another_municipality_s_activity()
    {
        var (read, _) = await SeedKnowledge.AskAsync("Hur lockar socialförvaltningen i Örebro socionomstudenter?");
        Assert.NotEqual(QueryTarget.Activity, read.Query.Target);
        Assert.NotEqual(QueryTarget.Choose, read.Query.Target);
    }

    [Fact]
    public async Task A_budget_the_text_names_only_by_its_year_is_no_amount_and_is_said_to_be_missing()
    {
        // "Kvarstår från budget 2023 med plan för 2024-2028" names a budget decision; it states no amount.
        var question = "What's the 2025 budget for the elder care administration?";
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.NoAmount, read.Query.Target);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Empty(AnswerChecks.NonYearNumbers(answer.Text, question));
    }

    [Theory]
    [InlineData("vad har avd HR och kompetensförsörjning på sitt bord?", "Avd- HR och kompetensförsörjning")]
    [InlineData("What does the HR and competence supply department have on the table?", "Avd- HR och kompetensförsörjning")]
    [InlineData("vad har avd c ÖVF med Q4 och status?", "Avd- c ÖVF")]
    [InlineData("What does the HR manager have on her plate?", "HR-chef")]
    public async Task What_an_owner_has_is_that_owners_activities(string question, string owner)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Equal([owner], read.Query.Owners);
        Assert.Equal(AnswerKind.ActivityList, answer.Kind);
        Assert.DoesNotContain(read.Query.Topic, t => t is "bord" or "sitt" or "table" or "plate");
    }

    [Fact]
    public async Task An_owners_activities_with_a_quarter_are_those_due_then_with_their_status()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("vad har avd c ÖVF med Q4 och status?");
        Assert.Contains("fast anställda", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Pågår", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Q2 2024", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What strategic areas are in the activity plan for the operations (Aktivitetsplan verksamhet)?")]
    [InlineData("vilka strategiska områden har aktivitetsplanen?")]
    public async Task The_strategic_areas_of_an_activity_plan_are_its_headings(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        foreach (var area in new[] { "Samverkan", "Validera kompetens", "Breddad rekrytering", "Digitalisering" })
        {
            Assert.Contains("- " + area, answer.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_question_back_names_an_assignment_followed_up_in_two_rows_once_without_its_numbering()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("When is the nämndsuppdrag due?");
        Assert.Equal(AnswerKind.Clarification, answer.Kind);
        Assert.Single(answer.Text.Split('\n'), l => l.Contains("digital infrastruktur", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(AnswerChecks.NonYearNumbers(answer.Text, "When is the nämndsuppdrag due?"));
    }

    [Fact]
    public async Task An_audit_is_described_with_the_year_it_audits()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Which municipality's audit report do you have, and from what year?");
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
        Assert.Contains("Örebro", answer.Text, StringComparison.Ordinal);
        Assert.Contains("period 2016", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's the average salary of an assistant nurse?")]
    [InlineData("vad är medellönen för socialsekreterare?")]
    public async Task A_salary_amount_is_no_activity_about_salaries(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.NoAmount, read.Query.Target);
        Assert.Empty(AnswerChecks.NonYearNumbers(answer.Text, question));
    }

    [Theory]
    [InlineData("vilka aktiviteter har genomförande 2020?")]
    [InlineData("Vilka aktiviteter har 2021 som genomförandetid?")]
    public async Task The_plans_implementation_column_is_a_deadline_not_the_status_done(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Empty(read.Query.Statuses);
        Assert.NotEmpty(answer.ActivityIds);
    }

    [Theory]
    [InlineData("vem vann skidskytte-VM i fjol?")]
    [InlineData("Who won the ice hockey championship last year?")]
    public async Task A_question_with_no_word_the_knowledge_has_is_declined_not_answered_from_a_passage_that_shares_its_words_of_time(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.OffTopic, read.Query.Target);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Empty(AnswerChecks.NonYearNumbers(answer.Text, question));
    }

    [Fact]
    public async Task A_count_of_something_no_document_has_is_said_to_be_missing_with_no_figure()
    {
        const string question = "hur många skottskador anmäldes på hemtjänsten förra året?";
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.NotUnderstood, read.Query.Target);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Empty(AnswerChecks.NonYearNumbers(answer.Text, question));
    }

    [Fact]
    public async Task A_salary_named_in_a_compound_is_an_amount_the_documents_do_not_state()
    {
        const string question = "vad är ingångslönen för en socialsekreterare hos oss?";
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.NoAmount, read.Query.Target);
        Assert.Empty(AnswerChecks.NonYearNumbers(answer.Text, question));
    }

    [Theory]
    [InlineData("Vad är personalomsättningen?")]
    [InlineData("What is the staffing need?")]
    public async Task A_key_figure_or_a_measure_named_alone_is_asked_back_with_choices_and_no_figure(string question)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(AnswerKind.Clarification, answer.Kind);
        Assert.InRange(answer.Suggestions.Count, 2, 3);
        Assert.Empty(AnswerChecks.NonYearNumbers(answer.Text, question));
    }

    [Theory]
    [InlineData("personliga assistenter 2025, vad är siffran?", "Rekryteringsbehov för Personlig assistent 2025")]
    [InlineData("What's the figure for administrators in 2026?", "Recruitment need for Administratör 2026")]
    public async Task One_figure_asked_with_the_measure_left_open_is_asked_back_with_both_measures_as_buttons(string question, string button)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(AnswerKind.Clarification, answer.Kind);
        Assert.Contains(button, answer.Suggestions);
        Assert.Equal(2, answer.Suggestions.Count);
        Assert.Empty(AnswerChecks.NonYearNumbers(answer.Text, question));
    }

    [Fact]
    public async Task A_share_asked_of_our_own_organisation_is_never_answered_from_another_municipality_s_text()
    {
        const string question = "hur stor andel av socialsekreterarna jobbar deltid hos oss idag?";
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Empty(AnswerChecks.NonYearNumbers(answer.Text, question));
    }

    [Theory]
    [InlineData("Hur många undersköterskor har sagt upp sig hittills i år?")]
    [InlineData("how many social workers have quit so far this year?")]
    [InlineData("How many open positions are there currently in home care?")]
    public async Task A_count_asked_as_it_stands_now_is_said_to_be_missing_with_no_figure(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.NoCurrentFigure, read.Query.Target);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Empty(AnswerChecks.NonYearNumbers(answer.Text, question));
    }

    [Theory]
    [InlineData("hur många aktiviteter pågår just nu?")]
    [InlineData("hur många usk behöver vi rekrytera just nu, alltså 2024?")]
    [InlineData("how many activities are overdue right now?")]
    public async Task Activities_or_a_need_asked_now_are_no_current_count(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.NotEqual(QueryTarget.NoCurrentFigure, read.Query.Target);
    }

    [Theory]
    [InlineData("personalbehov usk 2020 vs 2026, ökning i procent?", "+7,3 %")]
    [InlineData("rekbehov totalt 2021 vs. 2025 procentuell förändring", "%")]
    public async Task Vs_between_two_years_is_versus_and_names_no_owner(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
        Assert.Empty(read.Query.Owners);
        Assert.Contains(expected, answer.Text);
    }

    [Theory]
    [InlineData("medeltal personalbehov per år för ledning 2019-2027")]
    [InlineData("vad är medeltalet för rekryteringsbehovet av administratörer 2020–2024?")]
    public async Task Medeltal_is_an_average(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryOperation.Average, read.Query.Operation);
        Assert.Contains("Genomsnittligt", answer.Text);
    }

    [Theory]
    [InlineData("Kan du visa mig personalomsättningen?")]
    [InlineData("what's the figure for sick leave")]
    [InlineData("ge mig sjukfrånvaron")]
    public async Task A_key_figure_asked_for_with_no_year_asks_which_year(string question)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(AnswerKind.Clarification, answer.Kind);
    }
}
