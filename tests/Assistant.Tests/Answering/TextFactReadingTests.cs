using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Queries;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Tests.Answering;

/// <summary>
/// Facts only the documents' text states, asked in words that also name a forecast, a key figure or an activity: what
/// something is, when something was done or decided, what the text says about a subject, what a review concluded, which
/// groups are hard to recruit. Over the real seeds.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TextFactReadingTests
{
    [Theory]
    // A definition: the sentence "X är ..." above the activities whose names use the word.
    [InlineData("Vad är ett strategiskt utvecklingsuppdrag?", "kommunfullmäktige")]
    [InlineData("What are development assignments?", "kommunfullmäktige")]
    // ... also when the sentence that says what it is follows the one that names it ("... projektet ”Breddad
    // kompetensförsörjning”. Uppdraget innebär att ..."): both, not the section's beginning up to the name.
    [InlineData("vad innebär projektet Breddad kompetensförsörjning?", "funktionsnedsättning")]
    // A time the text states, with no year asked: above the forecast and the activities.
    [InlineData("By when did the city auditors want answers?", "30 april 2017")]
    // ... also when a word of it is one letter from a cue ("projektet", "projected"): the typo reading does not count.
    [InlineData("När fattade kommunstyrelsen beslut om projektet breddad kompetensförsörjning?", "8 mars 2016")]
    // What the text says about a subject the whole question finds no passage for (the text writes the university out).
    [InlineData("Vad står det om socionomprogrammet på LiU?", "2023")]
    // A subject raised with no verb ("vad var det med X") asks what the text says of it: the section's sentences on it from
    // the first, not only the ones with the most of its words.
    [InlineData("vad var det med de digitalt snabbutbildade personerna?", "3 dagar")]
    // What a review concluded, with the reviewers between "kom" and "fram till".
    [InlineData("Vad kom granskningen fram till om kompetensförsörjningsplanen?", "Vi kan konstatera")]
    // Which groups are hard to recruit is the text's judgement, not the forecast's list of groups.
    [InlineData("vilka yrkesgrupper är svårast att rekrytera inom socialförvaltningen?", "kuratorer")]
    // Who runs something the text names in every word and an activity only in part.
    [InlineData("Vem står för stresshanteringsutbildningen för utredningsenheterna?", "Regionhälsans")]
    // Whether something is allowed is the text's, even when a word of it names a key figure ("myndighetsutövning").
    [InlineData("Får kommunen anlita bemanningsföretag för myndighetsutövning inom barn- och ungdomsvården?", "förenligt med svensk lag")]
    [InlineData("Is it allowed to hire agency staff for the exercise of public authority?", "förenligt med svensk lag")]
    // Whether it gets easier to recruit a group is the text's judgement, not the group's forecast series.
    [InlineData("Kommer det bli lättare att rekrytera socionomer?", "antagning")]
    // A count a study or survey reports, asked by what it counts (respondents, people employed): the sentence whose
    // number counts that, not one with the question's words and another number.
    [InlineData("Hur många svarade på chefsstudien?", "289")]
    [InlineData("How many answered the 2019 study of managers, and what did it find?", "289")]
    public async Task A_fact_only_the_text_states_is_answered_by_the_sentence_that_states_it(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    // A figure the text states in running prose, asked by what it counts: the passage that states it, not the forecast's
    // per-year values nor a key figure's table of other years.
    [InlineData("Hur många medarbetare väntas gå i pension mellan 2020 och 2027?", "280", new string[0])]
    [InlineData("Vad beräknas hela personalökningen kosta enligt PwC?", "72 miljoner", new string[0])]
    // A rate named with no "how": its percent.
    [InlineData("Svarsfrekvensen i SKL:s kartläggning av bemanningsföretag?", "71 procent", new string[0])]
    // The population's growth, asked in English: the plan's sentence on demography.
    [InlineData("By how much will the population grow up to 2027?", "11 %", new string[0])]
    public async Task A_figure_stated_in_prose_is_answered_by_the_passage_that_states_it(string question, string expected, string[] absent)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        foreach (var other in absent)
        {
            Assert.DoesNotContain(other, answer.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    // Two figures asked ("and the budget cut"): both, from the passage that states them.
    [InlineData("What will the staff increase cost according to PwC, and how large is the cut in the budget frame?", new[] { "72 miljoner", "53 miljoner" }, new string[0])]
    // Two years the forecast lacks, compared and cited from the plan: the text's figure for each, not a need and its activities.
    [InlineData("Hur många tog undersköterskeexamen 2010 jämfört med 2015 enligt planen?", new[] { "3700", "2500" }, new string[0])]
    // Two years named apart, the comparison abbreviated: a figure for each year.
    [InlineData("Hur många tog undersköterskeexamen 2010 jmf med 2015?", new[] { "3700", "2500" }, new string[0])]
    public async Task Two_figures_stated_in_prose_are_answered_by_both_sentences(string question, string[] expected, string[] absent)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        foreach (var text in expected)
        {
            Assert.Contains(text, answer.Text, StringComparison.Ordinal);
        }

        foreach (var other in absent)
        {
            Assert.DoesNotContain(other, answer.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    // A headcount asked, and every sentence with its words counts a part (who retire, who are to be recruited): no figure
    // answers it, said with no figure quoted.
    [InlineData("Hur många medarbetare finns det i nämnden?")]
    [InlineData("How many employees does the committee have?")]
    public async Task A_headcount_no_sentence_states_is_said_to_be_missing(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.DoesNotContain("280", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("449", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A difference of two counts the text states one to a year: computed, with both figures it came from.
    [InlineData("Hur många fler tog undersköterskeexamen 2010 än 2015?")]
    [InlineData("How many fewer nursing assistant exams were taken in 2015 compared with 2010?")]
    public async Task A_difference_of_two_figures_in_prose_is_computed_with_both(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains("**1 200**", answer.Text, StringComparison.Ordinal);
        Assert.Contains("3 700", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2 500", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A fall asked of two years' counts ("hur stor var nedgången", "how big was the drop"): their difference; a range
    // "mellan 2010 och 2015" gives its ends.
    [InlineData("Antalet som tog undersköterskeexamen 2010 och 2015 – hur stor blev minskningen?", "**1 200**")]
    [InlineData("How many took the assistant nurse exam in 2010 and in 2015, and how big was the decrease?", "**1 200**")]
    // ... and in percent: the change over the earlier year's figure ("examina" is the plural of "examen").
    [InlineData("Med hur många procent minskade antalet undersköterskeexamina mellan 2010 och 2015?", "**−32,4 %**")]
    public async Task A_change_of_two_figures_in_prose_is_computed(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Two counts of one unit in one sentence ("ca 40 personer per år ... medan behovet är ca 140 personer per år") and the
    // gap between them asked: the larger less the smaller.
    [InlineData("Hur stor är skillnaden mellan behovet av undersköterskor per år och hur många som examineras i Linköping?", "**100** (140 − 40)")]
    // A part of a whole in one sentence ("1,2 miljoner ... av dessa ... 275 600", "21 000 ..., varav ca 7 600") and its
    // share asked: part over whole, both as the text writes them.
    [InlineData("Hur många personer arbetar i välfärden enligt SKL och hur stor andel av dem finns i socialtjänsten och den kommunala hälso- och sjukvården?", "**23,0 %** (275 600 / 1,2 miljoner)")]
    [InlineData("Antalet anställda har ökat sedan 2012 – hur stor andel av ökningen kom mellan 2015 och 2016?", "**36,2 %** (7 600 / 21 000)")]
    public async Task A_gap_or_share_of_two_figures_in_one_sentence_is_computed(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A count of who take an exam or retire is no forecast measure, though a group is named ("myndighetsutövare",
    // "assistant nurses"): the text's sentence that states the count, not the group's needs nor its activities.
    [InlineData("Hur många av nämndens medarbetare går i pension 2020–2027, och hur många av dem är myndighetsutövare?", new[] { "280", "40" })]
    [InlineData("How many assistant nurses graduate each year in Linköping, compared with the need?", new[] { "40 personer per år", "140 personer per år" })]
    public async Task A_count_of_exams_or_retirements_is_the_texts_not_the_forecasts(string question, string[] expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        foreach (var text in expected)
        {
            Assert.Contains(text, answer.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_amount_cited_from_a_budget_named_by_its_year_is_the_texts()
    {
        // "according to the 2020 budget" names where the cut is decided, not a budget amount asked of the forecast.
        var (read, answer) = await SeedKnowledge.AskAsync("How much were the committee's frames cut according to the 2020 budget?");
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains("53 miljoner", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // The introduction named: its figure for the whole period, not the forecast table's values per year.
    [InlineData("Vad säger inledningen om hur många som totalt behöver rekryteras under perioden?", "449")]
    [InlineData("According to the introduction, how big is the total recruitment need over the period?", "449")]
    public async Task A_figure_asked_of_the_introduction_is_the_introductions(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains("Inledning", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Recommendations asked with no subject of their own (the words left name the audit, whom it addresses, its place or
    // the form of the answer): every recommendation of the section that recommends the most, the summary's, as a list.
    [InlineData("Vilka rekommendationer lämnade granskningen? Lista dem.")]
    [InlineData("vad rekommenderade revisorerna kommunstyrelsen, i punktform?")]
    [InlineData("Vad föreslår revisionen i Örebro att nämnderna ska göra?")]
    [InlineData("Which recommendations did the auditors make?")]
    // "all" says how much is asked, like the Swedish "alla": it is no word the recommendations must have.
    [InlineData("List all of the recommendations the audit made")]
    [InlineData("Show me all recommendations from the audit in a list")]
    // The committees named are whom the recommendations address, not a question about which organisation wrote the audit.
    [InlineData("What did the audit recommend to the committees?")]
    [InlineData("Vad rekommenderade revisionen till socialnämnderna?")]
    public async Task Recommendations_asked_of_an_audit_are_all_its_recommendations_listed(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains("> - Personalkontoret förtydligar", answer.Text, StringComparison.Ordinal);
        Assert.Contains("> - Socialnämnd öster och Socialnämnd väster kartlägger chefernas arbetssituation", answer.Text, StringComparison.Ordinal);
        Assert.Contains("nämnderna fastställer planerade åtgärder", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Why_a_group_is_hard_to_keep_is_the_text_s_reason_not_the_group_s_forecast()
    {
        // "keep" and "experienced" are the plan's "behålla" and "erfaren": the text answers, above the group's figures.
        var (read, answer) = await SeedKnowledge.AskAsync("why is it difficult to keep experienced handläggare?");
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains("erfar", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // What a group the text names is to do ("den", "it": the group) is its section, not the activities that share a word.
    [InlineData("samverkansgruppen för nya vägar, vad gör den och vad prioriteras?")]
    [InlineData("nya vägar-samverkansgruppen: vad ska den göra?")]
    public async Task What_a_named_group_is_to_do_is_its_section_not_our_activities(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains("digitalisering", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recommendation_asked_about_a_subject_is_still_searched_by_the_subject()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vad rekommenderar revisorerna om chefernas arbetssituation?");
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains("kartlägger chefernas arbetssituation", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Personalkontoret förtydligar", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Whether something was there, asked yes or no or as a finding about "a" thing: the sentence that says it is lacking.
    [InlineData("Hade socialförvaltningen i Örebro någon kompetensförsörjningsplan?")]
    [InlineData("Finns det någon kompetensförsörjningsplan för socialförvaltningen i Örebro?")]
    [InlineData("What did the audit find concerning a documented competence supply plan for the social services?")]
    public async Task Whether_a_thing_was_there_is_answered_by_the_sentence_that_says_it_is_lacking(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains("finns ingen dokumenterad kompetensförsörjningsplan", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_named_in_the_genitive_keeps_the_answer_in_that_place_s_document()
    {
        // "Örebros socialförvaltning" names Örebro's audit as "socialförvaltningen i Örebro" does: not Linköping's forecast
        // for the social workers and its activities.
        var (read, answer) = await SeedKnowledge.AskAsync("Vad har Örebros socialförvaltning gjort för att rekrytera socionomer?");
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
        Assert.Contains("Granskning av hur Socialnämnd öster", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A reason asked of a subject the key figures or the forecast also name is the text's reason, not their figures.
    [InlineData("Why did short-term absence increase in 2020?", "corona")]
    // ... and of a merger said with a particle verb ("slogs ... ihop") or in English: the texts' "sammanslagningen".
    [InlineData("Varför slogs de två förvaltningarna ihop?", "sammanhållen")]
    [InlineData("Why were the two administrations merged?", "sammanhållen")]
    // A cause the sentence points back to ("Denna förändring innebär konsekvenser ..."): the sentences before it.
    [InlineData("varför ökar behovet av handledning och mentorskap?", "praktikplatser")]
    // An effect asked ("hur påverkar", "how did X speed up") is the text's, not the forecast of the measure it names.
    [InlineData("hur påverkar Linköpings universitets socionomprogram rekryteringen?", "Socionomprogrammet")]
    [InlineData("How did the pandemic speed up the strategy with new ways?", "påskyndat")]
    // How something works: the way the text states before the sentence that names it ("denna typ av arbetsplatslärande").
    [InlineData("hur fungerar arbetsplatslärandet i projektet Evikom?", "e-learning")]
    // ... and how it is to work ("hur ska/kommer ... fungera", "how will ... work"): the same way, asked of the future.
    [InlineData("hur kommer arbetsplatslärandet inom Evikom att fungera?", "e-learning")]
    [InlineData("Evikom: hur ska lärandet på arbetsplatsen funka?", "utbildningsfilmer")]
    [InlineData("how will workplace learning in the Evikomp project work?", "e-learning")]
    public async Task A_reason_an_effect_or_a_way_asked_is_the_text_s(string question, string expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }

    [Theory]
    // A word the texts use ("länet") is no typo of the status word it is one letter from ("läget").
    [InlineData("vad gör kommunen ihop med länet?", "EVIKOMP")]
    // A programme's name with a definite form the texts index by its stem ("i tiden": "tid").
    [InlineData("SOF i tiden – vad är det?", "förändringsarbete")]
    // The plan's words for cutting costs in English: "kostnadsreducering", "vakanspröva", "konsulter".
    [InlineData("cost reduction – what about consultants?", "konsulter")]
    // A study's title quoted: its year and its subject ("manager") describe it, they ask no forecast figure of Ledning 2019.
    [InlineData("Which development areas did the 2019 manager survey \"Chefskap för välfärdens nya utmaningar\" find?", "helhetsförståelse")]
    // What a named project is about: the sentence after the one that names it says what the assignment means.
    [InlineData("Breddad kompetensförsörjning – vad handlar projektet om?", "funktionsnedsättning")]
    // "exactly", "actually" stress the question; they are no words the text must have.
    [InlineData("what is the Evikomp project actually?", "arbetsplatslärande")]
    // A short answer asked after the question ("? kort", "? short version pls") is searched for nothing.
    [InlineData("vad är Evikomp? kort tack", "arbetsplatslärande")]
    public async Task A_name_in_the_texts_words_finds_its_section(string question, string expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }

    [Fact]
    public async Task A_typo_of_a_status_word_that_no_text_has_is_still_a_status()
    {
        var (read, _) = await SeedKnowledge.AskAsync("stauts för bemanningspoolen?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
    }

    [Theory]
    [InlineData("Vad är personalbehovet för undersköterskor 2023?")]
    [InlineData("vilket år toppar rekbehovet för övriga yrkeskategorier")]
    [InlineData("när toppar rekryteringsbehovet för administratörer")]
    public async Task A_figure_asked_with_what_or_when_is_still_the_forecast_s(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Forecast, read.Query.Target);
    }

    [Theory]
    // What a review criticised is a finding of the text, not the key figures of the committees it names.
    [InlineData("Vad kritiserade revisionen hos socialnämnderna?")]
    [InlineData("vilken kritik fick socialnämnderna i granskningen?")]
    public async Task A_criticism_asked_is_the_text_s_finding_not_a_key_figure(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Passage, read.Query.Target);
    }

    [Theory]
    // A figure still asked of the same words stays a figure.
    [InlineData("personalomsättning myndighetsutövning 2015?", QueryTarget.KeyFigure)]
    [InlineData("Hur stort är rekryteringsbehovet för socionomer 2025?", QueryTarget.Forecast)]
    [InlineData("Hur många chefer behövs 2019?", QueryTarget.Forecast)]
    public async Task A_figure_asked_beside_a_narrative_word_is_still_the_figure(string question, QueryTarget target)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(target, read.Query.Target);
    }

    [Theory]
    [InlineData("Enligt SKL, hur många jobbar i socialtjänsten och den kommunala hälso- och sjukvården?")]
    // The author the search is narrowed to is in every passage left: a sentence that names it ("SKL fick signaler", "SKL
    // genomförde en enkät") is no better for it.
    [InlineData("hur många jobbar i socialtjänst och kommunal hälso- och sjukvård enligt SKL?")]
    [InlineData("hur många är anställda i socialtjänsten enligt SKL?")]
    public async Task A_count_of_people_employed_is_the_stock_not_an_increase(string question)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Contains("275 600", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_percent_asked_of_the_whole_is_not_the_percent_one_group_s_sentence_states()
    {
        // The plan's own sentence (17 %, 2020-2027) or the forecast table's change over its years (+17,4 %, 2019-2027)
        // both answer it; one group's 22 % does not.
        var (_, answer) = await SeedKnowledge.AskAsync("med hur många procent ökar rekryteringsbehovet enligt planen?");
        Assert.True(answer.Text.Contains("17 %", StringComparison.Ordinal) || answer.Text.Contains("+17,4 %", StringComparison.Ordinal), answer.Text);
        Assert.DoesNotContain("22 procent", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A verb the text says as its noun: "föreslogs" is the text's "förslag på minskade ramar"; the amount it states answers.
    [InlineData("Vilka minskade ramar föreslogs i budget 2020?", "53 miljoner")]
    // English "hard to recruit" is the text's "svårigheter att rekrytera": the text's judgement, not the forecast's figures.
    [InlineData("Which professions will municipalities have difficulty recruiting in the coming five years?", "fysioterapeuter")]
    // How easy is the same judgement: "enklare" is the text's "lättare", English "easier to recruit" too, in every outlook form.
    [InlineData("Blir det enklare att rekrytera socionomer?", "lättare också att rekrytera socionomer")]
    [InlineData("Will it get easier to recruit social workers?", "lättare också att rekrytera socionomer")]
    [InlineData("Is it getting easier to hire social workers?", "lättare också att rekrytera socionomer")]
    // What a review found is its findings, not its recommendation, and in every finding sentence that fits.
    [InlineData("Vad kom revisorerna fram till om chefernas arbetssituation?", "mentorskap")]
    [InlineData("Vad kom revisorerna fram till om chefernas arbetssituation?", "administrativt")]
    // ... and what it recommends is the recommendation.
    [InlineData("Vad rekommenderar revisorerna om chefernas arbetssituation?", "kartlägger chefernas")]
    // Criticism is what the text says is lacking.
    [InlineData("Vilken kritik fick socialnämnderna i granskningen?", "ingen dokumenterad")]
    // ... also with no word of what: the named audit's sentences of what is lacking, and of what it found.
    [InlineData("Vad kritiserade revisorerna?", "Dock finns ingen")]
    [InlineData("What did the auditors criticise?", "Dock finns ingen")]
    [InlineData("Vad kom revisorerna fram till?", "Vi kan konstatera")]
    [InlineData("What did the audit find?", "Vi kan konstatera")]
    // A why asked is answered by the sentence that goes on about the decision ("Detta för att minska personalomsättningen").
    [InlineData("Why did Örebro introduce the salary supplement?", "Detta för att minska personalomsättningen")]
    // ... in Swedish too: "infördes" shapes the question, the text says what was decided ("fattades beslut att ge").
    [InlineData("Varför infördes lönetillägget i Örebro?", "Detta för att minska personalomsättningen")]
    [InlineData("varför införde man lönetillägg för socialsekreterarna?", "Detta för att minska personalomsättningen")]
    // A compound asked ("socionomstudenter") is not found in a passage that has only its first part ("socionomer").
    [InlineData("Hur försöker man i Örebro locka socionomstudenter?", "aspirantanställning")]
    [InlineData("Hur lockar Örebro socionomstudenter?", "praktikplats")]
    // "särskilda skäl" is a reason the text gives, as "orsak" and "anledning" are.
    [InlineData("Varför tar Örebro inte in personal från bemanningsföretag?", "principbeslut")]
    // A document named by its kind ("revisionen", "the audit") is where the passage is looked for, as a place is.
    [InlineData("Vad säger revisionen om personalomsättningen bland socialsekreterare?", "lönetillägg")]
    [InlineData("What does the audit say about staff turnover among social secretaries?", "Granskning av hur")]
    // "hur funkar X": how it works is asked of X; "funkar" is no word the text must have.
    [InlineData("Hur funkar kompetenstrappan i Örebro?", "kompetenstrappan")]
    // An opinion asked ("vad tycker X om Y") is what the text reports X means or experiences, not a recommendation.
    [InlineData("vad tycker cheferna om sin arbetssituation i örebro?", "ansträngd arbetssituation")]
    [InlineData("vad tycker socialchefen om lönetillägget?", "färskvara")]
    // What the text says about a subject: all its sentences about it as far as they fit, not the shortest one.
    [InlineData("Vad står det i planen om välfärdsteknik?", "sensorer")]
    // What the text means by a term: the sentence that defines it.
    [InlineData("What does the plan mean by trust-based management?", "erfarenhet")]
    // A year that names what is asked ("the 2020 HME") keeps the passages of that year.
    [InlineData("What were the results of the 2020 HME?", "konflikthantering")]
    // A survey of the employees is the texts' "HME-undersökningen", however the asker names it.
    [InlineData("Vad visade medarbetarenkäten 2020?", "HME-undersökningen 2020")]
    // "employee survey" is one thing, read before "employee" alone is.
    [InlineData("What were the results of the 2020 employee survey?", "konflikthantering")]
    [InlineData("what did the staff survey show", "medarbetarundersökningar")]
    [InlineData("Vad visade 2020 års medarbetarundersökning?", "HME-undersökningen 2020")]
    // Which things a text lists after an introduction, each in a paragraph of its own that begins with its name: the names.
    [InlineData("Vilka utvecklingsområden pekar chefsstudien på?", "Tid för reflektion/coaching")]
    [InlineData("Vilka utvecklingsområden pekar chefsstudien på?", "Stödfunktioner")]
    // What a study found, when it lists its findings under an introduction: the same names.
    [InlineData("What did the study of managers' conditions from 2019 find?", "Stödfunktioner")]
    public async Task A_question_in_other_forms_of_the_text_s_words_is_answered_by_the_sentence_that_has_them(string question, string expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }

    [Fact]
    public async Task Which_things_of_a_kind_are_mentioned_gathers_the_sections_that_name_them()
    {
        // The county's collaborations are named in two sections: each is shown under its heading.
        await SeedKnowledge.PassageSaysAsync("Vilka samarbeten kring kompetensutveckling i länet nämns i planen?", "Evikomp", "Arbetsshoppen", "Kompetensutveckling gemensamt i länet");
    }

    // What a new user asks of the text in words the text does not use, or around a year or a word that other readings
    // would take.
    [Theory]
    // A title, a role and a state the text names in Swedish ("skyddad yrkestitel", "socialchefen", "dokumenterad").
    [InlineData("What does the plan say about the protected professional title for undersköterskor?", "1 januari 2025", "brist")]
    [InlineData("What does the plan say about protected titles for assistant nurses?", "1 januari 2025")]
    [InlineData("Does the head of social services allow staff from staffing agencies?", "principbeslut")]
    [InlineData("Tillåter socialchefen personal från bemanningsföretag?", "principbeslut")]
    // "new professions" is the plans' "nya professioner" (a section), not the word that asks for the forecast's groups.
    [InlineData("What does the plan say about new professions?", "Nya professioner")]
    // Whether something was there, asked of a finding, is where the text says it is lacking.
    [InlineData("What did the audit find about whether the social services had a documented competence supply plan?", "finns ingen dokumenterad")]
    [InlineData("Vad kom granskningen fram till om huruvida socialförvaltningen hade en dokumenterad kompetensförsörjningsplan?", "finns ingen dokumenterad")]
    // A comments section ("10.4 Chefernas arbetssituation › Kommentarer") is about the heading above it, and what a review
    // says is what it found: the sentence that names the managers' workload, though it shares no word with the question.
    [InlineData("What did the audit say about the managers' working situation?", "arbetsbelastningen")]
    [InlineData("Vad kom revisionen fram till om chefernas situation?", "arbetsbelastningen")]
    [InlineData("Vad sa revisorerna om chefernas arbetssituation?", "arbetsbelastningen")]
    // What a thing was made for says what it is ("en kompetenstrappa tagits fram för att tydliggöra ...").
    [InlineData("vad är kompetenstrappan i örebro", "fortbildning")]
    [InlineData("What is the kompetenstrappa in Örebro?", "fortbildning")]
    // The purpose of the activities of a document named by its year: the sentence that says what they are for, not the list.
    [InlineData("What is the purpose of the administration's activities in the 2024 business plan follow-up?", "internbudgeten")]
    [InlineData("Vad är syftet med förvaltningens aktiviteter i verksamhetsplanen 2024?", "internbudgeten")]
    // A year written in a date ("1 juli 2014") is the text's cut-off, not a key figure's year.
    [InlineData("Barn och unga behörighet – vad gäller för dom som anställdes före 1 juli 2014?", "2022", "psykologi")]
    public async Task A_new_user_s_words_for_the_text_find_the_sentence_that_answers(string question, params string[] expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }

    [Theory]
    // "kostnadsreducering" names a directive, not what something costs.
    [InlineData("kostnadsreducering", "vakanspröva")]
    public async Task A_compound_on_kostnads_is_a_subject_not_a_cost(string question, string expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }

    [Theory]
    // What is done about a subject no activity is about, which a section of the text is headed by: that section, not a
    // list of activities that share the question's other words ("förvaltningen").
    [InlineData("kostnadsreducering, vad tänker förvaltningen göra?", "vakanspröva", "konsulter")]
    [InlineData("vad gör vi åt kostnadsreduceringen?", "vakanspröva")]
    public async Task What_is_done_about_a_subject_only_a_section_heads_is_that_section(string question, params string[] expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }

    [Theory]
    // What the text says of the subject its section is headed by is the section as far as it fits, not its best few
    // sentences: the group's purpose and when it reports stand paragraphs apart.
    [InlineData("What does the plan say about the joint strategic group 'Nya vägar till kompetensförsörjning'?", "samverka", "September")]
    [InlineData("Vad står det i planen om samverkansgruppen Nya vägar till kompetensförsörjning?", "Syftet med samverkansgruppen", "September")]
    public async Task What_the_text_says_of_a_section_subject_is_the_section(string question, params string[] expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }

    [Theory]
    // "planen", "the plan": of passages that answer alike, the municipality's own plan's comes first, before the national
    // strategy's list of data to collect.
    [InlineData("Vad säger planen om pensionsavgångar?", "280 medarbetare")]
    [InlineData("What does the plan say about retirements?", "280 medarbetare")]
    public async Task The_plan_asked_is_the_municipality_s_plan_before_a_national_strategy(string question, params string[] expected)
    {
        var answer = await SeedKnowledge.PassageSaysAsync(question, expected);
        Assert.StartsWith("Personal- och Kompetensförsörjningsplan", answer.Sources[0].DocumentTitle, StringComparison.Ordinal);
    }

    // The seeds' section on competition and young people's values is longer than the short window; what it says of
    // generations Y and Z stands in its second half.
    [Theory]
    [InlineData("Vad står det i planen om de yngre generationerna och arbetskraften?")]
    [InlineData("What does the plan say about the younger generations and their values?")]
    public async Task What_the_text_says_of_a_subject_reaches_past_the_short_window(string question)
    {
        await SeedKnowledge.PassageSaysAsync(question, "lojala");
    }

    // A subject the section's heading names with nothing particular asked of it: the section, so its last sentence (the
    // need for supervision and mentors it concludes with) is shown too.
    [Fact]
    public async Task A_subject_its_heading_names_shows_the_section_to_its_conclusion()
    {
        await SeedKnowledge.PassageSaysAsync("Arbetsmarknadsinsatser och praktik, vad innebär det?", "mentorskap");
    }
}
