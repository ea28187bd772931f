using Assistant.Bot.Answering.Queries;

namespace Assistant.Tests.Answering;

/// <summary>
/// Activities, lists, counts and links asked in the asker's words over the real seeds: a heading with a status or an
/// owner, two statuses together, the asker's occasion beside a status, a count that names no neighbouring figure, an
/// activity named in English, a deadline range as the plan wrote it, and a need stated in the question with what is done.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ActivityListWordingTests
{
        [Theory]
    [InlineData("finns det nåt kring kompetensutveckling som pågår?")]
    [InlineData("finns något om rekrytering som inte är klart")]
    public async Task Whether_anything_with_a_status_exists_lists_the_activities_with_it(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.NotEmpty(read.Query.Statuses);
    }

    [Fact]
    public async Task A_status_asked_under_a_goal_heading_lists_that_headings_activities_with_the_status()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Under hållbar kompetensförsörjning – vad pågår just nu?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains("farmaceut", answer.Text, StringComparison.Ordinal);
        Assert.Contains("500", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Klart", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_under_a_heading_lists_the_owners_activities_there()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vilket arbete har Avd Myndighet och Kvalité under säkra kompetensförsörjningen i äldreomsorgen?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains("sysselsättningskrav", answer.Text, StringComparison.Ordinal);
        Assert.Contains("arbetsmarknadsprogram", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vilka aktiviteter ansvarar HR-chefen för (inte biträdande)?")]
    [InlineData("Vilka aktiviteter har HR-chefen, inte den biträdande?")]
    public async Task An_owner_word_ruled_out_lists_the_other_owners_activities(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Equal(["HR-chef"], read.Query.Owners);
        Assert.Empty(read.Query.Topic);
        Assert.Contains("lönebildning", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vad gör ekonomichefen och hr-chefen tillsammans?")]
    [InlineData("which activities do the HR manager and the finance manager own jointly?")]
    public async Task Two_owners_named_together_list_only_what_they_own_jointly(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains("uppföljning av chefer", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("lönebildning", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_statuses_named_together_list_the_activities_with_either()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vad är i uppstart eller kvarstår enligt uppföljningen? Måste veta inför nämnden.");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Empty(read.Query.Topic);
        Assert.Contains("ledsagning", answer.Text, StringComparison.Ordinal);
        Assert.Contains("hälsofrämjande", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vilka aktiviteter är varken klara eller pågående just nu?", "NotStarted,StartingUp,Remains", "Pågår")]
    [InlineData("Show me the activities that are not Klart and not Pågår", "NotStarted,StartingUp,Remains", "In progress")]
    [InlineData("Which activities are neither complete nor under way?", "NotStarted,StartingUp,Remains", "Done")]
    [InlineData("Vilka aktiviteter pågår inte?", "NotStarted,StartingUp,Remains,Done", "Pågår")]
    [InlineData("Lista allt utom det som är klart", "NotStarted,StartingUp,InProgress,Remains", "Klart")]
    [InlineData("Vilka aktiviteter pågår eller kvarstår?", "InProgress,Remains", "Klart")]
    public async Task A_status_named_to_be_left_out_lists_the_other_statuses(string question, string statuses, string leftOut)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Equal(statuses.Split(',').Order(), read.Query.Statuses.Select(s => s.ToString()).Order());
        Assert.DoesNotContain(leftOut, answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which activities have Q3 as their completion quarter?")]
    [InlineData("List the activities with a completion date in Q3")]
    [InlineData("Vilka aktiviteter har slutförandekvartal Q3?")]
    public async Task A_completion_quarter_names_the_deadline_not_the_status_done(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Empty(read.Query.Statuses);
        Assert.Equal([3], read.Query.Quarters);
        Assert.Matches(@"^\*{0,2}9\*{0,2} ", answer.Text);
    }

    [Fact]
    public async Task A_count_of_an_owners_activities_names_no_rows_beyond_those_shown()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Hur många aktiviteter har direktören ansvar för?");
        Assert.Equal(QueryOperation.Count, read.Query.Operation);
        Assert.Contains("**12**", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("uppdrag 13", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deadline_range_is_shown_as_the_plan_wrote_it()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("BEATA – till när ska införandet vara klart enligt uppföljningen?");
        Assert.Contains("2025/2026", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who owns the evaluation of the model for manager follow-up?", "Ekonomichef")]
    [InlineData("Is the environmental plan for the new administration finished?", "Biträdande direktör")]
    [InlineData("Is the task of making undersköterska the minimum education level finished?", "lägsta utbildningsnivå")]
    [InlineData("The analysis of preventive and health-promoting work: where does it stand?", "Remains")]
    public async Task An_activity_named_in_english_is_that_activity(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whether_a_plan_named_as_an_activity_has_been_made_is_its_status_not_the_documents()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Är planen för goda arbetsvillkor och konkurrenskraftiga löner framtagen än?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("Klart", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_need_stated_with_its_year_and_what_is_done_is_the_need_with_its_activities()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vi behöver 17 nya i ledningen 2027 – vad görs för chefers förutsättningar, är det klart?");
        Assert.Equal(QueryTarget.ForecastAndActivities, read.Query.Target);
        Assert.Contains("17", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Klart", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_recruitment_of_a_group_in_a_compound_asks_its_recruitment_need()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Chefsrekryteringen 2025: hur många chefer och vad görs för deras förutsättningar?");
        Assert.Equal(QueryTarget.ForecastAndActivities, read.Query.Target);
        Assert.Contains("Rekryteringsbehov för Ledning 2025", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("67", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_named_by_the_plans_own_word_counts_only_the_rows_marked_so()
    {
        // The audit's "Fortsätter från 2015" reads as under way, but it is not the follow-up's cell "Pågår".
        var (read, answer) = await SeedKnowledge.AskAsync("Räkna aktiviteterna som står med statusen Pågår");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains("17", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Utlokalisera", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_statuses_named_by_the_plans_words_keep_both()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("Lista det som har status Uppstart eller Kvarstår");
        Assert.Contains("ledsagning", answer.Text, StringComparison.Ordinal);
        Assert.Contains("hälsofrämjande", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negation_before_a_shorthand_copula_leaves_the_status_out()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("q1-saker som inte e färdiga?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.DoesNotContain(Assistant.Bot.Plans.ActivityStatus.Done, read.Query.Statuses);
        Assert.Contains("arbetsmarknadsplatser", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_carries_an_activity_out_asks_its_owner_not_whether_it_is_done()
    {
        var (read, _) = await SeedKnowledge.AskAsync("Vem genomför projektet om arbetsplatslärande?");
        Assert.Empty(read.Query.Statuses);
    }

    [Fact]
    public async Task A_lists_heading_names_only_the_topic_words_its_activities_have()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Sick leave keeps climbing – which activities are meant to tackle it?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        var heading = answer.Text.Split('\n')[0];
        Assert.Contains("sjukfrånvaro", heading, StringComparison.Ordinal);
        Assert.DoesNotContain("climbing", heading, StringComparison.Ordinal);
        Assert.DoesNotContain("tackle", heading, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_in_capitals_the_plans_have_is_asked_about_not_declined()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("By when should BEATA be rolled out?");
        Assert.NotEqual(QueryTarget.OffTopic, read.Query.Target);
        Assert.Contains("2025/2026", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_asked_of_two_matching_rows_with_the_same_status_is_answered()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("Har man infört undersköterska som lägsta utbildningsnivå, är det klart?");
        Assert.Equal(Assistant.Bot.Answering.AnswerKind.Activity, answer.Kind);
        Assert.Contains("Klart", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_assignment_number_two_rows_share_is_still_asked_back()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("Hur går det med uppdrag nr 42?");
        Assert.Equal(Assistant.Bot.Answering.AnswerKind.Clarification, answer.Kind);
    }

    [Fact]
    public async Task A_headings_word_joined_to_activities_lists_that_heading()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vilka ekonomiaktiviteter är avklarade?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains("under Ekonomi", answer.Text, StringComparison.Ordinal);
        Assert.Contains("färdplan", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_word_joined_to_activities_is_still_a_topic()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("Finns det några språkaktiviteter?");
        Assert.DoesNotContain(" under ", answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }
}
