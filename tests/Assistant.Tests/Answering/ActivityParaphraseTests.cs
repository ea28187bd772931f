using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Queries;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Tests.Answering;

/// <summary>
/// Activities asked in other words over the real seeds: in English (the glossary's activity vocabulary), by what their
/// follow-up comment says, by a heading of an activity plan, and by an owner asked of a subject a key figure shares.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ActivityParaphraseTests
{
    [Fact]
    public void The_activity_tables_english_words_are_read_as_their_swedish_ones()
    {
        var folded = Glossary.Apply(TextFold.Fold("the vertical integration of planning, authority and delivery"));
        Assert.Contains("vertikal", folded, StringComparison.Ordinal);
        Assert.Contains("integrering", folded, StringComparison.Ordinal);
        Assert.Contains("planering", folded, StringComparison.Ordinal);
        Assert.Contains("myndighetsutovning", folded, StringComparison.Ordinal);
        Assert.Contains("utforande", folded, StringComparison.Ordinal);
        // The local authority is the municipality, not the exercise of authority.
        Assert.Contains("kommun", Glossary.Apply("what does the local authority do"), StringComparison.Ordinal);
        Assert.DoesNotContain("myndighetsutovning", Glossary.Apply("what does the local authority do"), StringComparison.Ordinal);
        // The plan by its English name is the document, not "kompetensförsörjning" and a stray "plan".
        Assert.Contains("kompetensforsorjningsplanen", Glossary.Apply("in the competence supply plan"), StringComparison.Ordinal);
        Assert.Contains("eu-bidrag", Glossary.Apply("did they get eu funding"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who signs the co-determination agreement, and when?", "höst")]
    [InlineData("Is the joint environmental plan finished?", "Biträdande")]
    [InlineData("What does the follow-up say about the working group on welfare crime?", "två möten")]
    [InlineData("Has the application for EU funding been sent?", "sept")]
    public async Task An_activity_asked_in_english_is_found_with_its_owner_status_and_comment(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Är PM3 färdigt nu?", "Pågår")]
    [InlineData("has the PM3 work been finished?", "In progress")]
    public async Task A_status_asked_of_an_activity_by_its_short_code_is_that_activitys_not_a_list_of_every_done_one(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("PM3", answer.Text, StringComparison.Ordinal);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_whose_comment_has_every_word_asked_answers_above_a_passage_that_has_fewer()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("välfärdsbrott och avtalsuppföljning: hur många möten har arbetsgruppen hunnit ha?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("två möten", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_is_under_a_heading_of_an_activity_plan_lists_its_activities()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vilka punkter står under Hållbart arbetsliv i aktivitetsplanen?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains("Handledning", answer.Text, StringComparison.Ordinal);
        Assert.Contains("sjukfrånvaro", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_asked_of_a_key_figures_subject_is_the_activitys_with_its_whole_description()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vem ansvarar för att minska sjukfrånvaron?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("HR", answer.Text, StringComparison.Ordinal);
        // The title is the description's first sentence; the second says what else is done.
        Assert.Contains("10%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_compound_that_names_a_subject_of_its_own_finds_the_activities_filed_under_it()
    {
        // "personalomsättning" starts like "personal" but is the turnover the plan files activities under.
        var (read, answer) = await SeedKnowledge.AskAsync("Rekryteringsbehovet beror på personalomsättningen: vad gör vi åt den?");
        Assert.Equal(QueryTarget.ForecastAndActivities, read.Query.Target);
        Assert.Contains("avgångar", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_heading_of_the_activity_plan_named_in_a_link_question_brings_its_activities()
    {
        // "Breddad rekrytering" is only the heading (the perspective column) of its rows, not in their text.
        var (read, answer) = await SeedKnowledge.AskAsync("Assistant nurses' recruitment need: which activities concern broadened recruitment?");
        Assert.Equal(QueryTarget.ForecastAndActivities, read.Query.Target);
        Assert.Contains("13 tjänster", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_cited_from_a_follow_up_whose_activity_row_has_every_word_is_that_activitys()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vad står det i uppföljningen om ansökan till ESF?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("sept", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_heading_asked_in_english_lists_its_activities()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Which items come under sustainable working life in the activity plan?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains("Handledning", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_named_by_its_years_follow_up_with_an_owner_asked_is_an_activity_not_a_key_figure()
    {
        // "2024 års": the year's, naming the follow-up; a key figure has no owner.
        var (read, answer) = await SeedKnowledge.AskAsync("Vem är ansvarig för introduktionen i 2024 års uppföljning?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("introduktion", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A proper name ("BEATA", "Treserva") or the plan's own word in brackets weighs most: not a question back between it and
    // an activity that only shares "införandet".
    [InlineData("Hur ligger vi till med införandet av BEATA?", "2025")]
    [InlineData("Has the follow-up of payments in Treserva been completed?", "Ekonomichef")]
    [InlineData("Status of the pilot that adds a pharmacist (farmaceut) to the health care organisation?", "Förarbete")]
    [InlineData("Who makes sure that employees have the language skills they need?", "HR och kompetensförsörjning")]
    [InlineData("How is the work on permanent positions for assistant nurses going?", "11-timmars")]
    public async Task An_activity_named_by_a_rare_word_is_answered_rather_than_asked_about(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Equal(AnswerKind.Activity, answer.Kind);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Where the work stands asked after its subject, and an off-topic word ("schemaläggning") an activity is about.
    [InlineData("Krisledningen i nya förvaltningen, var står arbetet?", "maj")]
    [InlineData("schemaläggning och arbetstidsmodeller för lägre sjukfrånvaro – vad händer med det?", "beräkningar")]
    public async Task A_status_asked_after_the_subject_is_the_activitys(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_asked_of_an_activity_that_names_a_group_is_the_activitys_not_a_link()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Hur ligger vi till med att öka andelen fast anställda undersköterskor?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("11-timmars", answer.Text, StringComparison.Ordinal);

        // A group's recruitment, named by no activity's own words, is still the need and what is done about it.
        var (link, _) = await SeedKnowledge.AskAsync("Hur går det med rekryteringen av undersköterskor?");
        Assert.Equal(QueryTarget.ForecastAndActivities, link.Query.Target);

        // A figure asked beside the activity's words keeps the need and its activities.
        var (both, answer2) = await SeedKnowledge.AskAsync("Hur många socialsekreterare behövs 2026 enligt personalbehovet, och hur går det med den nya behörighetsregleringen?");
        Assert.Equal(QueryTarget.ForecastAndActivities, both.Query.Target);
        Assert.Contains("291", answer2.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_joined_to_a_word_names_the_activity_that_has_them_together()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vad innebär 500-uppdraget?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Equal(AnswerKind.Activity, answer.Kind);
        Assert.Contains("13 tjänster", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vem ansvarar för de 500 nya arbetsmarknadsplatserna?")]
    // "new" is "ny", which neither row has ("nya"): the rows cover the question alike, and are one assignment.
    [InlineData("Have the 500 new labour market places been completed? Who has it?")]
    public async Task One_assignment_followed_up_in_two_rows_answers_with_both(string question)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(AnswerKind.Activity, answer.Kind);
        Assert.Contains("Direktören", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Myndighet och Kvalité", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_named_in_English_with_good_and_finish_is_its_status_and_owner()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Did we finish the good working conditions plan? Who was responsible?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("HR-chef", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Klart", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_answer_names_the_forecast_of_a_group_its_text_names_and_no_other()
    {
        var (_, carers) = await SeedKnowledge.AskAsync("Hur ligger vi till med att öka andelen fast anställda undersköterskor?");
        Assert.Contains("Prognosen: rekryteringsbehov för Vårdare/undersköterska/assistent 2024: 124.", carers.Text, StringComparison.Ordinal);

        // "övriga kommuner i Östergötland" is no occupation group: no "Övriga yrkeskategorier" figure under it.
        var (_, other) = await SeedKnowledge.AskAsync("När ska den evidensbaserade kompetensutvecklingen enligt SOL/HSL genomföras?");
        Assert.Equal(AnswerKind.Activity, other.Kind);
        Assert.Contains("2020", other.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Prognosen", other.Text, StringComparison.Ordinal);
    }

    [Theory]
    // An activity named as another manager would: its subject in English ("labour market places", "the staffing pool
    // investigation") and its owner asked with "kör" ("vem kör ...").
    [InlineData("status on the 500 labour market places?", "arbetsmarknadsplatser")]
    [InlineData("when is the staffing pool investigation due?", "Q2")]
    [InlineData("vem kör behörighetsreglering för barn och unga?", "Avdelningschef")]
    public async Task An_activity_named_in_a_new_managers_words_is_found(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // What is late, asked without "inte klara" and of "the activity plan": the list of overdue activities, with the
    // followed-up rows (a status, not Klart) before the rows never followed up.
    [InlineData("vad ligger efter just nu?")]
    [InlineData("which activities are behind schedule")]
    [InlineData("what's late in the activity plan?")]
    [InlineData("what's overdue in the action plan?")]
    public async Task Overdue_activities_asked_in_other_words_list_the_followed_up_ones_first(string question)
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.True(read.Query.Overdue);
        Assert.NotNull(knowledge);
        Assert.All(answer.ActivityIds.Take(5), id => Assert.NotNull(knowledge!.ActivitiesById[id].Status));
        Assert.Contains("PM3", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Two statuses each counted ("hur många är klara och hur många pågår?"): a count per status, not a total with "()".
    [InlineData("hur många aktiviteter är klara och hur många pågår?", "Klart: **34**", "Pågår: **22**")]
    [InlineData("how many activities are done and how many are in progress?", "Done: **34**", "In progress: **22**")]
    public async Task Two_statuses_counted_give_a_count_per_status(string question, string first, string second)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains(first, answer.Text, StringComparison.Ordinal);
        Assert.Contains(second, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("()", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A status and nothing else named lists the activities with it ("vad är klart?" was not understood, "vad pågår
    // just nu?" answered from a passage).
    [InlineData("vad pågår just nu?", "**22** aktiviteter")]
    [InlineData("what's still in progress?", "**22** activities")]
    [InlineData("vad är klart?", "**34** aktiviteter")]
    [InlineData("vad är inte påbörjat än?", "Inga aktiviteter")]
    public async Task A_status_and_nothing_else_named_lists_the_activities_with_it(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A problem or subject with what has been done or whether it is handled ("vad har gjorts", "what's being done", "is
    // it handled", "on schedule") is the activities about it with their status, not a key figure, a passage or a refusal.
    [InlineData("sjukfrånvaron – vad har gjorts?", "friskfaktorer")]
    [InlineData("staff turnover – is it handled?", "introduktion")]
    [InlineData("personalomsättningen: what are we doing, is it on schedule?", "introduktion")]
    [InlineData("språkkunskaper hos personalen – hanteras det?", "språkkunskaper")]
    // A group named as part of the subject, with no figure asked, is the subject: the activities about managers first.
    [InlineData("chefernas förutsättningar – what has been done?", "medarbetare per chef")]
    public async Task What_has_been_done_about_a_subject_is_its_activities_with_status(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ForecastAndActivities, read.Query.Target);
        Assert.NotEmpty(read.Query.Topic);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Personalbehov för", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A name the asker puts in brackets, after a measure stated as the setting, is the activity asked about.
    [InlineData("The recruitment need is big – is the pool (bemanningspool) going anywhere?", "Done")]
    [InlineData("Rekryteringsbehovet är stort – hur går det med idén om en pool (bemanningspool)?", "Klart")]
    public async Task A_name_in_brackets_after_a_stated_need_is_the_activity_asked_about(string question, string status)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("bemanningspool", answer.Text, StringComparison.Ordinal);
        Assert.Contains(status, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_named_with_no_group_in_a_link_is_one_short_line_of_the_total()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Rekryteringsbehovet – vad gör vi åt heltid och hur går det?");
        Assert.Equal(QueryTarget.ForecastAndActivities, read.Query.Target);
        Assert.Contains("Rekryteringsbehov för Totalt enligt prognosen: 2024: 246", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2019", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does ÖVF own?", "professionsdelning")]
    [InlineData("vilka aktiviteter ligger på ekonomichefen?", "Treserva")]
    [InlineData("vad ansvarar HR-chefen för?", "lönebildning")]
    [InlineData("Vilka aktiviteter i aktivitetsplanen för förvaltningen i kompetensförsörjningsplanen har HR?", "Kompetenstrappan")]
    public async Task What_an_owner_owns_or_is_responsible_for_is_that_owners_activities(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.DoesNotContain(read.Query.Topic, t => t is "ligger" or "own");
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_asked_alone_counts_only_the_activities_no_one_else_owns()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("hur många aktiviteter har ekonomichefen ensam?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains("Treserva", answer.Text, StringComparison.Ordinal);
        // The model for following up managers is shared with the HR-chef.
        Assert.DoesNotContain("uppföljning av chefer", answer.Text, StringComparison.Ordinal);
        Assert.Contains("**4**", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hur många aktiviteter har ekonomichefen, ensam eller tillsammans med andra?")]
    [InlineData("how many activities does the Ekonomichef own, alone or jointly?")]
    [InlineData("hur många aktiviteter har ekonomichefen, själv eller ihop med någon?")]
    public async Task An_owner_asked_alone_or_jointly_counts_every_activity_the_owner_shares_in(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Empty(read.Query.Topic);
        // Four alone and the model for following up managers, shared with the HR-chef.
        Assert.Contains("5", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(ensam)", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(sole owner)", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("har vi kommit nånstans med den digitala infrastrukturen?", "Klart")]
    [InlineData("have we got anywhere with the digital infrastructure?", "Done")]
    public async Task Asking_whether_the_work_got_anywhere_is_its_status(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_got_going_is_not_started_or_starting_up()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("vad har inte kommit igång än?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains("ledsagning", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quarter_bound_lists_the_activities_due_by_then()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("vilka aktiviteter skulle vara klara senast Q2 men pågår fortfarande?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains("500", answer.Text, StringComparison.Ordinal); // due Q1
        Assert.Contains("PM3", answer.Text, StringComparison.Ordinal); // due Q2
    }

    [Fact]
    public async Task A_request_to_make_a_schedule_of_some_kind_is_declined()
    {
        var (read, _) = await SeedKnowledge.AskAsync("kan du lägga upp ett veckoschema åt oss?");
        Assert.Equal(QueryTarget.OffTopic, read.Query.Target);
    }

    [Theory]
    [InlineData("is the dementia-friendly municipality work on track?", "In progress")]
    [InlineData("är den digitala infrastrukturen på plats?", "Klart")]
    [InlineData("Who is in charge of the model for following up managers (uppföljning av chefer)?", "Ekonomichef")]
    [InlineData("Status för 500-uppdraget, ansvarig HR?", "13")]
    [InlineData("utredningen om arbetstidsmodeller med nattpass och helg, var står vi?", "Pågår")]
    public async Task How_one_activity_goes_or_who_owns_it_answers_with_that_activity(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // "har det utretts?": whether the work was done is its status.
    [InlineData("Har man utrett att anställa folk utan utbildning som får utbilda sig till undersköterska på arbetstid?", "Klart")]
    // The follow-up's "lönebildningsprocessen" asked in English, its verb "Utveckla" as a noun.
    [InlineData("Who is responsible for the wage formation process development?", "HR-chef")]
    [InlineData("When was the developing of the salary setting process due?", "Q1")]
    // "moving ... out of" is the audit's "Utlokalisera ... från"; the activity table named says where, not what.
    [InlineData("What is the status of relocating operations out of the Socialkontoret in the audit's activity table?", "2015")]
    public async Task An_activity_asked_in_other_words_is_found(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_abbreviation_narrows_a_list_to_the_activities_about_that_group()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("vilka aktiviteter i uppföljningen handlar om usk?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains("fast anställda", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Treserva", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hur många aktiviteter står i tabellen 'Aktivitetsplan förvaltningen'?", "**16** aktiviteter i tabellen ”Aktivitetsplan förvaltningen”")]
    [InlineData("How many activities does the table “Aktivitetsplan verksamhet” hold?", "**8** activities in the table “Aktivitetsplan verksamhet”")]
    public async Task A_table_of_a_plan_named_in_quotes_is_counted_on_its_own(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_named_in_quotes_that_holds_no_activity_gets_the_tables_there_are_and_no_list()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("vilka aktiviteter finns i tabellen 'Aktivitetsplan ledningsgruppen'?");
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Contains("ingen aktivitetstabell som heter ”Aktivitetsplan ledningsgruppen”", answer.Text, StringComparison.Ordinal);
        Assert.Contains("”Aktivitetsplan verksamhet” (8)", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.ActivityIds);
        Assert.Contains(answer.Suggestions, s => s.Contains("Aktivitetsplan förvaltningen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hur många aktiviteter har kompetensplanen?", "24")]
    [InlineData("vad säger kompetensplanen om heltid?", "heltid")]
    public async Task The_competence_plan_by_its_short_name_is_the_staffing_plan(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains("Kompetensförsörjningsplan 2021", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Granskning", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(read.Query.Documents);
    }
}
