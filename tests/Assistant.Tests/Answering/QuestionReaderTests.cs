using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Tests.Answering;

public sealed class QuestionReaderTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static QuestionUnderstanding Read(string text) => QuestionReader.Read(text, Today);

    [Theory]
    [InlineData("rekrytering 2019-2021", 2019, 2021)]
    [InlineData("från 2021 till 2027", 2021, 2027)]
    [InlineData("mellan 2020 och 2025", 2020, 2025)]
    [InlineData("from 2022 to 2024", 2022, 2024)]
    [InlineData("between 2019 and 2023", 2019, 2023)]
    [InlineData("åren 2023–2026", 2023, 2026)]
    public void Ranges_are_read_in_both_languages(string text, int from, int to)
    {
        var years = Read(text).Years;
        Assert.True(years.IsRange);
        Assert.Equal((from, to), (years.From!.Value, years.To!.Value));
    }

    [Theory]
    [InlineData("i år", 2026)]
    [InlineData("nästa år", 2027)]
    [InlineData("förra året", 2025)]
    [InlineData("i fjol", 2025)]
    [InlineData("this year", 2026)]
    [InlineData("next year", 2027)]
    [InlineData("last year", 2025)]
    [InlineData("om två år", 2028)]
    [InlineData("nasta ar", 2027)]
    public void Relative_years_count_from_today(string text, int year) => Assert.Equal([year], Read("behov " + text).Years.Years);

    [Fact]
    public void Two_years_without_a_range_word_are_two_years()
    {
        var years = Read("personalbehov 2020 och 2025").Years;
        Assert.False(years.IsRange);
        Assert.Equal([2020, 2025], years.Years);
    }

    [Theory]
    [InlineData("Vad är rekryteringsbehovet för undersköterskor?", AnswerLanguage.Swedish)]
    [InlineData("What is the recruitment need for assistant nurses?", AnswerLanguage.English)]
    [InlineData("hur många usk behövs", AnswerLanguage.Swedish)]
    [InlineData("how many social workers", AnswerLanguage.English)]
    public void Language_is_told_from_the_words(string text, AnswerLanguage language) => Assert.Equal(language, Read(text).Language);

    [Fact]
    public void A_tie_goes_to_the_clients_locale() =>
        Assert.Equal(AnswerLanguage.English, QuestionReader.Read("USK 2025", Today, "en-US").Language);

    [Theory]
    [InlineData("undersköterskor")]
    [InlineData("Undersköterskorna")]
    [InlineData("USK")]
    [InlineData("underskoterskor")]
    [InlineData("underskötrskor")]
    [InlineData("vårdbiträden")]
    [InlineData("assistant nurses")]
    [InlineData("care workers")]
    public void Care_staff_is_recognised_inflected_abbreviated_misspelt_and_in_English(string word) =>
        Assert.Equal([Occupation.Care], Read($"personalbehov {word} 2025").Occupations);

    [Fact]
    public void Assistant_nurse_is_not_also_a_nurse()
    {
        var q = Read("recruitment need for assistant nurses");
        Assert.Equal([Occupation.Care], q.Occupations);
        Assert.Empty(q.OtherOccupations);
    }

    [Fact]
    public void Nurses_have_no_group_of_their_own() =>
        Assert.Equal("sjuksköterskor", Assert.Single(Read("rekryteringsbehov sjuksköterskor 2025").OtherOccupations).Swedish);

    [Theory]
    [InlineData("rekryteringsbehov för skolsköterskor 2023", "skolsköterskor")]
    [InlineData("Percent change in recruitment need for dental secretaries from 2020 to 2021?", "secretaries")]
    [InlineData("How many janitors do we need in 2025?", "janitors")]
    public void An_occupation_the_lexicon_does_not_know_is_named_as_one(string question, string word) =>
        Assert.Equal(word, Assert.Single(Read(question).OtherOccupations).Swedish);

    [Theory]
    [InlineData("personalbehov vårdare/undersköterska/assistent 2025")]
    [InlineData("hur många medarbetare behövs 2025?")]
    [InlineData("rekryteringsbehov socialsekreterare 2023")]
    public void A_group_the_lexicon_knows_or_plain_staff_names_no_unknown_occupation(string question) =>
        Assert.Empty(Read(question).OtherOccupations);

    [Fact]
    public void Personal_assistant_is_one_group_not_staffing() =>
        Assert.Equal([Occupation.PersonalAssistant], Read("personliga assistenter 2024").Occupations);

    [Theory]
    [InlineData("Hur många ska vi rekrytera 2025?", Cue.Recruitment)]
    [InlineData("how many will we need in 2025", Cue.NeedVerb)]
    [InlineData("personalbehovet 2025", Cue.Staffing)]
    [InlineData("Hur många aktiviteter kvarstår?", Cue.Remains)]
    [InlineData("Vilka aktiviteter ligger efter?", Cue.Overdue)]
    [InlineData("Vilka aktiviteter är inte klara?", Cue.NotDone)]
    public void Cues_are_found(string text, Cue cue) => Assert.Contains(cue, Read(text).Cues);

    [Fact]
    public void Not_done_is_not_also_done() => Assert.DoesNotContain(Cue.Done, Read("Vilka aktiviteter är inte klara?").Cues);

    [Theory]
    [InlineData("Vilka aktiviteter ska vara klara Q2?", 2)]
    [InlineData("aktiviteter i tredje kvartalet", 3)]
    [InlineData("activities due in the fourth quarter", 4)]
    [InlineData("kvartal 1", 1)]
    public void Quarters_are_read(string text, int quarter) => Assert.Equal([quarter], Read(text).Quarters);

    [Fact]
    public void A_stated_number_is_a_claim_but_years_and_codes_are_not()
    {
        Assert.Equal([500m], Read("jag vet att det är 500 för USK 2025, bekräfta").ClaimedNumbers);
        Assert.Empty(Read("Status för PM3 och FAS2 i Q2 2024").ClaimedNumbers);
    }

    [Theory]
    [InlineData("vårdare/usk rekbehov 2024", Cue.Recruitment)]
    [InlineData("rek.behov usk 2024", Cue.Recruitment)]
    [InlineData("rekr.behov socialsekreterare 2020", Cue.Recruitment)]
    [InlineData("rekr behov ledning 2023", Cue.Recruitment)]
    [InlineData("ssk rek 2027?", Cue.Recruitment)]
    [InlineData("rek ledning 2025 och akt", Cue.Recruitment)]
    [InlineData("pers.behov usk 2025", Cue.Staffing)]
    [InlineData("persbehov usk 2025", Cue.Staffing)]
    [InlineData("vilket år toppar rekbehovet för usk?", Cue.Largest)]
    [InlineData("peak year for recruitment of managers", Cue.Largest)]
    [InlineData("ändringen då?", Cue.Change)]
    public void Abbreviated_measures_and_other_words_for_a_peak_or_a_change_are_cues(string text, Cue cue) => Assert.Contains(cue, Read(text).Cues);

    [Theory]
    [InlineData("adm personalbehov 2019", "admin")]
    [InlineData("how many admins do we need to recruit in 2025", "admin")]
    [InlineData("summa rekryteringsbehov socsek 2022", "social")]
    [InlineData("soc sekr rekryteringsbehov 2022", "social")]
    [InlineData("biståndshandl. personalbehov 2024", "social")]
    [InlineData("Sick leave for social secretaries in 2016", "social")]
    [InlineData("personalbehov pers ass 2024", "pa")]
    [InlineData("personalbehov PA 2024", "pa")]
    [InlineData("rekbehov övr. yrken 2025", "other")]
    [InlineData("rekbehov övriga yrkeskat 2025", "other")]
    [InlineData("rekryteringsbehov chefer 2021", "management")]
    public void Abbreviated_groups_are_read(string text, string key) =>
        Assert.Equal(key, Assert.Single(Read(text).Occupations).Key);

    [Fact]
    public void Pa_in_lower_case_is_the_word_på_not_personal_assistants() =>
        Assert.Empty(Read("hur många aktiviteter är på gång 2024").Occupations);

    [Theory]
    [InlineData("how many more care workers do we need in 2024 than in 2023?")]
    [InlineData("hur många fler usk behövs 2025 än 2024?")]
    public void More_in_one_year_than_in_another_is_a_change(string text) => Assert.Contains(Cue.Change, Read(text).Cues);

    [Fact]
    public void More_of_one_group_than_another_in_one_year_is_no_change_over_years() =>
        Assert.DoesNotContain(Cue.Change, Read("hur många fler usk än socialsekreterare behövs 2025?").Cues);

    [Fact]
    public void A_word_the_glossary_writes_is_not_read_as_a_typo_of_a_cue()
    {
        // "agreement" → "avtal", one letter from "antal" (how many): a word, not a typo.
        Assert.DoesNotContain(Cue.HowMany, Read("Is the collaboration agreement done?").Cues);
        Assert.Contains(Cue.HowMany, Read("antal aktiviteter").Cues);
    }

    [Theory]
    [InlineData("Har planen nåra mål för sjukfrånvaron?")]
    [InlineData("vad gör vi för vård nära hemmet?")]
    public void A_question_word_does_not_inflect_so_a_word_one_letter_longer_is_not_it(string text)
    {
        // "nåra" (for "några") and "nära" fold to "nara": not "när" + "a", which would ask a deadline.
        Assert.DoesNotContain(Cue.When, Read(text).Cues);
        Assert.Contains(Cue.When, Read("när ska planen vara klar?").Cues);
    }

    [Theory]
    [InlineData("öka andelen fast anställda – hur ligger vi till?")]
    [InlineData("how are we doing with the staffing pool?")]
    public void How_are_we_doing_asks_for_a_status(string text) => Assert.Contains(Cue.StatusWord, Read(text).Cues);

    [Theory]
    [InlineData("Hur ligger översynen av scheman till?", "oversynen")]
    [InlineData("hur långt har arbetet med heltid som norm kommit?", "heltid")]
    [InlineData("Where does the pilot project stand?", "forsoksprojekt")]
    [InlineData("Var står kartläggningen av språkkrav?", "kartlaggningen")]
    public void A_status_phrase_with_its_subject_inside_asks_the_status_of_that_subject(string text, string subject)
    {
        var q = Read(text);
        Assert.Contains(Cue.StatusWord, q.Cues);
        // The words between the phrase's parts stay the subject, free for the activities to match.
        Assert.Contains(subject, q.FreeTokens);
        Assert.DoesNotContain("till", q.FreeTokens);
    }

    [Theory]
    [InlineData("Var står det om språkkrav i planen?")]
    [InlineData("var står något skrivet om mentorskap?")]
    [InlineData("Hur ligger det ekonomiska läget?")]
    public void Where_a_text_says_something_or_a_phrase_left_open_asks_no_status_around_a_subject(string text)
    {
        var q = Read(text);
        Assert.DoesNotContain(q.Hits, h => h.Entry.Cue == Cue.StatusWord && h.Entry.Words is ["var", "star"] or ["hur", "ligger"]);
    }

    [Fact]
    public void A_folded_word_is_found_as_the_asker_wrote_it()
    {
        var forms = TextFold.WrittenForms("Vad står det om Evikomp och språk, och om språk igen?");
        Assert.Equal("språk", forms["sprak"]);
        Assert.Equal("Evikomp", forms["evikomp"]);
        Assert.Equal(["vad", "star", "det", "om", "evikomp", "och", "sprak", "igen"], forms.Keys);
        Assert.Equal(["a", "b2", "c"], TextFold.Tokens("A-b2/c."));
    }
    [Theory]
    [InlineData("vilka aktiviteter skulle vara klara senast Q3?", new[] { 1, 2, 3 })]
    [InlineData("aktiviteter med slutdatum före Q3 som pågår", new[] { 1, 2 })]
    [InlineData("activities due in Q3 or earlier", new[] { 1, 2, 3 })]
    [InlineData("aktiviteter i Q2 eller tidigare", new[] { 1, 2 })]
    [InlineData("aktiviteter som ska vara klara Q3", new[] { 3 })]
    [InlineData("which ones were supposed to be finished by Q3 and are not?", new[] { 1, 2, 3 })]
    [InlineData("anything that should be complete by Q2?", new[] { 1, 2 })]
    public void A_quarter_bound_reads_every_quarter_up_to_it(string text, int[] quarters) => Assert.Equal(quarters, Read(text).Quarters);

    [Theory]
    [InlineData("do our carers speak Swedish well enough?")]
    [InlineData("is there sufficient Swedish among the night staff?")]
    [InlineData("what about the staff's Swedish skills?")]
    public void Staff_command_of_swedish_is_read_as_the_plans_language_skills(string text) =>
        Assert.Contains("sprakkunskaper", Glossary.Apply(TextFold.Fold(text)), StringComparison.Ordinal);

    [Fact]
    public void A_gloss_of_several_words_replaces_the_english_phrase_before_it_and_a_qualifier_in_brackets_is_no_gloss()
    {
        Assert.Equal("Who is in charge of the model for (uppföljning av chefer)?",
            QuestionReader.WithoutGlossedPhrase("Who is in charge of the model for following up managers (uppföljning av chefer)?"));
        Assert.Equal("How many does the HR-chef own (alone)?", QuestionReader.WithoutGlossedPhrase("How many does the HR-chef own (alone)?"));
        // A negation in brackets rules something out and names nothing.
        Assert.Equal("Which tasks does the director own (not biträdande)?", QuestionReader.WithoutGlossedPhrase("Which tasks does the director own (not biträdande)?"));
        Assert.Equal("What is on the director's desk (inte den biträdande)?", QuestionReader.WithoutGlossedPhrase("What is on the director's desk (inte den biträdande)?"));
        // A Swedish question's bracket after its first words glosses nothing.
        Assert.Equal("Kompetenstrappan (lärplattform) – status?", QuestionReader.WithoutGlossedPhrase("Kompetenstrappan (lärplattform) – status?", afterEnglishWordOnly: true));
    }

    [Theory]
    [InlineData("how many care workers (permanently employed) left in 2016?")]
    [InlineData("how many managers (tv-anställda) began in 2016?")]
    public void A_form_of_employment_in_brackets_after_a_group_narrows_it_and_is_no_gloss(string text)
    {
        Assert.Equal(text, QuestionReader.WithoutGlossedPhrase(text));
        Assert.Contains(Read(text).Occupations, o => !o.IsTotal);
    }

    [Theory]
    [InlineData("sjukfrånvaron i dec 2019?", "december")]
    [InlineData("turnover in aug. 2020", "augusti")]
    public void A_month_abbreviated_before_its_year_is_the_month_written_out(string text, string month) =>
        Assert.Contains(month, TextFold.Tokens(Glossary.Apply(TextFold.Fold(text))));

    [Fact]
    public void A_month_abbreviation_without_a_year_is_left_alone() =>
        Assert.DoesNotContain("augusti", Glossary.Apply(TextFold.Fold("vad betyder aug i tabellen?")), StringComparison.Ordinal);

    [Theory]
    [InlineData("recruitment need summed over 2024-2026")]
    [InlineData("the recruitment need 2022 to 2025, totalled")]
    public void Summed_and_totalled_ask_for_a_sum(string text) => Assert.True(Read(text).Has(Cue.Sum));

    [Fact]
    public void The_plans_prose_on_population_and_its_introduction_is_read_in_swedish()
    {
        Assert.Contains("befolkningen forvantas vaxa", Glossary.Apply("how much will the population grow"), StringComparison.Ordinal);
        Assert.Contains("befolkningen", Glossary.Apply("what share of the inhabitants are old"), StringComparison.Ordinal);
        Assert.Contains("inledningen", Glossary.Apply("according to the intro text"), StringComparison.Ordinal);
        Assert.True(Assistant.Bot.Answering.Answerers.PassageAnswerer.NamesIntroduction(Read("Enligt planens inledning, hur många går i pension?")));
        Assert.False(Assistant.Bot.Answering.Answerers.PassageAnswerer.NamesIntroduction(Read("Hur många går i pension?")));
        Assert.True(Assistant.Bot.Answering.Answerers.PassageAnswerer.IsIntroduction("Inledning"));
        Assert.True(Assistant.Bot.Answering.Answerers.PassageAnswerer.IsIntroduction("1. Inledning › Bakgrund"));
        Assert.False(Assistant.Bot.Answering.Answerers.PassageAnswerer.IsIntroduction("Chefers förutsättningar"));
    }

    [Theory]
    [InlineData("what did the review cover, what was its scope?", "avgransning")]
    [InlineData("which criteria were used to judge the committees?", "revisionskriterier")]
    [InlineData("who did the reviewers interview?", "intervjuer")]
    [InlineData("is there anything on public tendering of home care?", "upphandling")]
    [InlineData("who do we compete with for nurses?", "konkurrens")]
    [InlineData("what do unit managers say they lack?", "enhetschefer")]
    [InlineData("are the management team meetings useful?", "ledningsgruppsmoten")]
    [InlineData("what are the success factors for new technology?", "framgangsfaktorer")]
    [InlineData("what do the municipalities of the county do together?", "lanet")]
    [InlineData("is pay the only thing that matters?", "lon")]
    [InlineData("why do experienced colleagues not stay?", "stanna")]
    public void The_words_of_a_reports_sections_and_the_plans_prose_are_read_in_swedish(string text, string swedish) =>
        Assert.Contains(swedish, TextFold.Tokens(Glossary.Apply(TextFold.Fold(text))));

    [Theory]
    [InlineData("during the covid-19 outbreak, how many people registered interest?", "coronakrisen")]
    [InlineData("how many volunteers signed up for the crisis staffing centre?", "anmalningar")]
    [InlineData("how many of the applicants were trained quickly online?", "snabbutbildades")]
    [InlineData("how many were trained digitally in the pandemic?", "digitalt")]
    public void The_crisis_staffing_centres_words_are_read_as_the_plans_swedish(string text, string swedish) =>
        Assert.Contains(swedish, TextFold.Tokens(Glossary.Apply(TextFold.Fold(text))));

    [Fact]
    public void Signing_an_agreement_still_reads_as_teckna_when_nobody_signed_up() =>
        Assert.Contains("teckna", TextFold.Tokens(Glossary.Apply(TextFold.Fold("has the agreement been signed yet?"))));

    [Fact]
    public void An_employees_introduction_is_no_introduction_section_and_pay_setting_stays_wage_setting()
    {
        Assert.Contains("introduktion", Glossary.Apply("many quit after introduction and mentoring"), StringComparison.Ordinal);
        Assert.DoesNotContain("inledningen", Glossary.Apply("many quit after introduction and mentoring"), StringComparison.Ordinal);
        Assert.Contains("inledningen", Glossary.Apply("what does the introduction say about retirements"), StringComparison.Ordinal);
        Assert.Contains("lonebildning", Glossary.Apply("how does pay setting work"), StringComparison.Ordinal);
    }

    [Fact]
    public void As_regards_is_no_period_a_document_covers()
    {
        Assert.False(Assistant.Bot.Answering.Queries.QueryWords.IsAboutKnowledge(Read("Vad föreslår revisionen när det gäller chefernas introduktion?")));
        Assert.True(Assistant.Bot.Answering.Queries.QueryWords.IsAboutKnowledge(Read("Vilken period gäller granskningen?")));
    }

    [Theory]
    [InlineData("hur många aktivitetr har vi?")]
    [InlineData("vilka aktivitetr är klara?")]
    public void A_typo_as_near_to_singular_and_plural_is_read_by_its_typed_ending(string text)
    {
        var q = Read(text);
        Assert.Contains(Cue.Activities, q.Cues);
        Assert.DoesNotContain(Cue.Activity, q.Cues);
    }

    [Theory]
    [InlineData("chefsrekryteringen 2026, hur många?")]
    [InlineData("hur går sjuksköterskerekryteringen 2025?")]
    public void A_compound_ending_in_recruitment_asks_the_recruitment_need(string text) =>
        Assert.Contains(Cue.Recruitment, Read(text).Cues);
}

