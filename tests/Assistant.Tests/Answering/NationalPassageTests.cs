using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Queries;
using Assistant.Bot.Answering.Understanding;
using Assistant.Bot.Plans;

namespace Assistant.Tests.Answering;

/// <summary>
/// Questions about the national strategy (SKL) and its national figures, over the real seeds: the author and "nationellt"
/// name the document, a number question prefers the sentence whose number is in the unit asked (money, a count of what
/// is named, a percent), and the text's own words (besparing, överlämna, 10 for tio) are searched for the question's.
/// </summary>
[Trait("Category", "Integration")]
public sealed class NationalPassageTests
{
    [Theory]
    [InlineData("Vad skriver SKL om hyrpersonal?")]
    [InlineData("what do SKLs figures say nationally about staffing agencies?")]
    [InlineData("hur ser det ut nationellt med bemanningsföretag?")]
    public async Task The_author_or_nationally_names_the_national_strategy(string question)
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var named = QueryWords.Documents(QuestionReader.Read(question, SeedKnowledge.Today), knowledge);
        Assert.Contains(named, id => knowledge.Documents[id].Kind == DocumentKind.Strategy);
        Assert.DoesNotContain(named, id => knowledge.Documents[id].Kind == DocumentKind.StaffingPlan);
    }

    [Fact]
    public async Task A_heading_that_begins_a_sentence_is_answered_by_the_text_it_introduces()
    {
        await SeedKnowledge.PassageSaysAsync("What reasons do municipalities give for using staffing agencies, according to SKL's survey?", "kvalificerade sökanden", "snabb tillsättning");
    }

    [Theory]
    [InlineData("Varför tar kommunerna in bemanningsföretag?")]
    [InlineData("For what reasons do municipalities use staffing agencies?")]
    public async Task A_why_question_is_answered_by_the_section_headed_by_its_reasons_though_its_bullets_give_no_reason_word(string question)
    {
        await SeedKnowledge.PassageSaysAsync(question, "anhopning av arbetsuppgifter");
    }

    [Theory]
    [InlineData("Vilka mål har SKL:s strategi, finns det nåra?")]
    [InlineData("SKL har nåra mål i sin strategi – vilak är dom?")]
    public async Task A_mistyped_function_word_is_not_searched_as_a_word_of_the_text(string question)
    {
        // "nåra" for "några", "vilak" for "vilka": searched, they matched nothing and the goals were only "nearest".
        var answer = await SeedKnowledge.PassageSaysAsync(question, "Fyra mål visar vägen", "kortsiktiga bemanningslösningar");
        Assert.DoesNotContain("Jag hittar inget", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task How_broadly_a_question_asks_is_not_searched_as_a_word_of_the_text()
    {
        await SeedKnowledge.PassageSaysAsync("Vad säger revisionen överlag om kommunens kompetensförsörjningsplaner?", "sammanhållen");
    }

    [Fact]
    public async Task A_sentence_that_contrasts_comes_with_the_one_it_contrasts()
    {
        await SeedKnowledge.PassageSaysAsync("Fick lönetillägget till socialsekreterarna någon effekt?", "personalomsättningen minskat", "färskvara");
    }

    [Fact]
    public async Task What_is_done_asked_of_a_document_without_activities_is_its_text()
    {
        await SeedKnowledge.PassageSaysAsync("Vad kan den regionala nivån göra enligt SKL?", "nivån kan");
    }

    [Theory]
    [InlineData("Den lokala nivån, mål 1 enligt SKL?")]
    [InlineData("SKL goal 1: what can the local level do?")]
    public async Task A_numbered_goal_asked_is_searched_under_that_goal_only(string question)
    {
        await SeedKnowledge.PassageSaysAsync(question, "handlingsplan");
    }

    [Fact]
    public async Task A_passage_stands_under_the_last_numbered_division_before_it()
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var local = knowledge.Passages.Where(p => p.HeadingPath == "Den lokala nivån kan").OrderBy(p => p.Ordinal).ToList();
        Assert.Equal("mal 1", knowledge.Divisions[local[0].Id]);
        Assert.Equal("mal 4", knowledge.Divisions[local[^1].Id]);
        Assert.Equal("mal 1", Assistant.Bot.Answering.Snapshot.KnowledgeSnapshot.DivisionOf("vad sager malet 1 om", anywhere: true));
        Assert.Null(Assistant.Bot.Answering.Snapshot.KnowledgeSnapshot.DivisionOf("en del 20 % av personalen", anywhere: true));
    }

    [Theory]
    [InlineData("Does Örebro use staffing agencies?")]
    [InlineData("Anlitar man bemanningsföretag i Örebro?")]
    public async Task A_place_named_restricts_the_passages_to_that_place_s_documents(string question)
    {
        await SeedKnowledge.PassageSaysAsync(question, "principbeslut");
    }

    [Theory]
    [InlineData("hur många är anställda i socialtjänsten enligt SKL?")]
    [InlineData("How many people work in social services according to SKR?")]
    public async Task A_source_named_narrows_the_search_without_making_its_answer_less_certain(string question)
    {
        // SKL's sentence with the figure does not repeat "SKL": the name chose the document, it is no word the passage lacks.
        var answer = await SeedKnowledge.PassageSaysAsync(question, "275 600");
        Assert.DoesNotContain("hittar inget som svarar säkert", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("find nothing that answers it for certain", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_abbreviation_is_searched_as_the_word_the_texts_spell_out()
    {
        await SeedKnowledge.PassageSaysAsync("När blir usk en skyddad yrkestitel?", "2025");
    }

    [Theory]
    [InlineData("Vad är problemet med bemanningsföretag enligt SKL?")]
    [InlineData("SKL: varför är hyrpersonal ett problem?")]
    public async Task A_word_s_sibling_counts_as_the_word_in_the_coverage(string question)
    {
        await SeedKnowledge.PassageSaysAsync(question, "kontinuitet");
    }

    [Fact]
    public async Task The_municipality_names_its_document()
    {
        var knowledge = await SeedKnowledge.GetAsync();
        var named = QueryWords.Documents(QuestionReader.Read("Vad skriver man i Örebro om bemanningsföretag?", SeedKnowledge.Today), knowledge);
        Assert.Contains(named, id => knowledge.Documents[id].Kind == DocumentKind.Audit);
        Assert.DoesNotContain(named, id => knowledge.Documents[id].Kind == DocumentKind.StaffingPlan);
    }

    [Theory]
    [InlineData("De vanligaste orsakerna till varför kommunerna använder bemanningsföretag är", true)]
    [InlineData("Mål 1 › Den lokala nivån kan", true)]
    [InlineData("Behov:", true)]
    [InlineData("Varför en strategi?", false)]
    [InlineData("10.4 Chefernas arbetssituation", false)]
    public void A_heading_introduces_its_text_when_it_ends_in_a_verb_or_colon(string heading, bool introduces) =>
        Assert.Equal(introduces, Assistant.Bot.Answering.Answerers.PassageAnswerer.IntroducesText(heading));

    [Fact]
    public async Task A_cost_is_answered_by_the_sentence_with_the_sum_of_money()
    {
        await SeedKnowledge.PassageSaysAsync("Hur mycket kostade bemanningsföretagen kommunerna år 2016 enligt SKL?", "850 miljoner kr");
    }

    [Fact]
    public async Task A_count_of_people_is_answered_by_the_sentence_that_counts_them()
    {
        await SeedKnowledge.PassageSaysAsync("Hur många personer arbetar inom socialtjänst och kommunal hälso- och sjukvård enligt SKL?", "275 600", "Hur möter vi framtida rekryteringsutmaningar");
    }

    [Fact]
    public async Task A_number_word_finds_the_digits_the_text_writes()
    {
        await SeedKnowledge.PassageSaysAsync("Hur många fler anställda behöver välfärden de kommande tio åren, nationellt?", "200 000");
    }

    [Fact]
    public async Task A_share_cited_from_the_strategy_is_not_another_documents_key_figure()
    {
        await SeedKnowledge.PassageSaysAsync("Hur stor andel av kommunerna använde hyrpersonal inom barn- och ungdomsvården enligt SKL:s rapport 2015/2016?", "50 procent");
    }

    [Fact]
    public async Task Savings_in_English_find_the_texts_besparing()
    {
        await SeedKnowledge.PassageSaysAsync("How much could digitalisation save, according to the plan?", "25 och 30 procent");
    }

    [Theory]
    [InlineData("How many municipalities answered the follow-up survey in autumn 2017?", "142 kommuner", "201 kommuner")]
    [InlineData("What was the response rate of the summer 2017 survey on agency staff?", "71 procent", "93 procent")]
    public async Task The_season_named_picks_which_survey(string question, string first, string later)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        var at = answer.Text.IndexOf(first, StringComparison.Ordinal);
        Assert.True(at >= 0, answer.Text);
        var other = answer.Text.IndexOf(later, StringComparison.Ordinal);
        Assert.True(other < 0 || other > at, answer.Text);
    }

    [Fact]
    public async Task Handing_over_authority_is_read_as_the_laws_overlamna()
    {
        await SeedKnowledge.PassageSaysAsync("Kan kommunen lägga ut myndighetsutövning för barn och unga till ett bemanningsföretag?", "förenligt med svensk lag");
    }

    [Theory]
    [InlineData("Can the municipality hand over exercise of authority to a staffing agency?")]
    [InlineData("Is it possible to outsource the exercise of authority to staffing agencies?")]
    public async Task Whether_something_can_be_done_is_asked_of_the_text_in_english_too(string question)
    {
        await SeedKnowledge.PassageSaysAsync(question, "Socialstyrelsen");
    }

    [Fact]
    public async Task A_why_question_prefers_the_section_headed_by_the_reasons_with_a_typo_in_its_word()
    {
        await SeedKnowledge.PassageSaysAsync("Varför använder kommuner bemanningsföretg?", "snabb tillsättning", "kvalificerade sökanden");
    }

    [Theory]
    [InlineData("Vilka risker finns när stora delar av arbetet utförs av inhyrd personal?")]
    [InlineData("Vilka risker finns det med inhyrd personal?")]
    [InlineData("Vilka nackdelar finns med inhyrd personal?")]
    [InlineData("What are the risks of relying on agency staff?")]
    public async Task The_risks_of_something_are_asked_of_the_text(string question)
    {
        await SeedKnowledge.PassageSaysAsync(question, "kvalitet, kontinuitet");
    }

    [Fact]
    public async Task A_salary_supplement_in_english_is_the_texts_lonetillagg()
    {
        await SeedKnowledge.PassageSaysAsync("Why did Örebro bring in a salary supplement for social workers, and what effect did it have?", "2 000 kr", "personalomsättningen minskat");
    }

    [Fact]
    public async Task A_definition_asked_shows_the_sentence_that_defines_it()
    {
        await SeedKnowledge.PassageSaysAsync("What are the priority areas of the cross-department group?", "Prioriterade områden är digitalisering", "breddad rekrytering");
    }
}
