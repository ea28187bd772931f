namespace Assistant.Tests.Answering;

/// <summary>
/// A fourth private check of how far the passage search and the excerpt generalise, written before round r31j changed
/// anything: what, why and how questions about sections of the seeds no development failure asks about (the plan's
/// full-time norm and procurement, county-wide competence development, complex cases, the administration's staff
/// turnover and its HME results, unit coordinators, welfare technology, covid and digital change, care-near service
/// roles, the trends the administration must meet, the managers' action plan; SKL's reason for a strategy, its time
/// plan, its follow-up data, its goals on attractiveness and on a learning climate; the audit's scope, its method, the
/// share of men among the social workers, what ÖSB says on competence supply). Some are written in chat shorthand
/// without å, ä and ö. Judged as the blind sets are; the check holds its floor.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PassageWordingDTests
{
    /// <summary>The question, the document that answers, and each group of words of which one must be in the answer
    /// ("|" separates the alternatives).</summary>
    public static readonly (string Question, string Source, string[] Must)[] Questions =
    [
        ("Vad säger planen om heltid som norm och vad det betyder för upphandling?", "000", ["heltid", "upphandling|sysselsättningsgrad|organiseras"]),
        ("Which joint efforts in the county are mentioned for competence development?", "000", ["Arbetsshoppen|Future Care|yrkesintroduktion|ledarutvecklingsprogram"]),
        ("varfor ar komplexa arenden en utmaning for forvaltningen", "000", ["erfarna|övervältring|samverkan"]),
        ("Hur har den externa personalomsättningen i förvaltningen utvecklats enligt planen?", "000", ["0,62"]),
        ("What did the 2020 HME survey show for the administration, according to the plan?", "000", ["förbättringspotential|konflikthantering|uppskattning"]),
        ("vad e enhetssamordnare", "000", ["operativt stöd|strategiskt"]),
        ("Vad säger planen om välfärdsteknik i omsorgen?", "000", ["sensorer|videokonferens|trygghet"]),
        ("How did the pandemic change digital development, according to the plan?", "000", ["distansundervisning|beteenden|kliv"]),
        ("vad ar vardnara servicetjanster", "000", ["avlastas|serviceuppgifter|serviceassistent"]),
        ("Vilka trender måste förvaltningen möta för framtidens behov?", "000", ["livslånga|sysselsättningsgrad|lönekonkurrens|nyanländas"]),
        ("What has the administration done after the municipality's review of managers' conditions?", "000", ["handlingsplan"]),
        ("What do the county's 13 municipalities do together on competence supply?", "000", ["gemensam strategi|arbetsplatslärande|utbildningsinsatser"]),
        ("Varför tog SKL fram en strategi över huvud taget?", "002", ["konkret stöd|förstärka|bemanningslösningar"]),
        ("Hur länge ska SKL:s strategiarbete pågå?", "002", ["2021"]),
        ("What does SKL say about workplace culture and innovation?", "002", ["hämmande|två roller|yrkesrollen|ledarskap"]),
        ("vad vill skl gora for att valfardsjobben ska bli attraktiva", "002", ["verktygslådor|Sveriges viktigaste jobb|behålla"]),
        ("Vilka uppgifter kan samlas in för att följa upp SKL-strategin?", "002", ["inhyrd personal|nyrekryteringar"]),
        ("Vilka nämnder omfattar Örebrogranskningen?", "004", ["Socialnämnd öster|Kommunstyrelsen"]),
        ("How was the Örebro audit carried out?", "004", ["intervju|Intervju|Dokumentstudie|dokumentstudie"]),
        ("Hur stor andel av socionomerna i Örebros socialförvaltning är män?", "004", ["15"]),
    ];

    /// <summary>How many of <see cref="Questions"/> the engine answered right when this check was last raised.</summary>
    private const int Floor = 11;

    [Fact]
    public async Task Passage_questions_about_sections_the_dev18_to_dev20_failures_do_not_touch_are_answered()
    {
        await SeedKnowledge.PassageCheckAsync("Passage wording D", "pd", Questions, Floor);
    }

    [Theory]
    [InlineData("Vad gör enhetssamordnare och varför behövs dom?", "operativt stöd")]
    [InlineData("Har förvaltningen provat tillitsbaserad ledning någonstans?", "försöksprojekt")]
    [InlineData("Har någon testat tillitsbaserad styrning? jag ska skriva om det i en rapport", "Leanlink")]
    public async Task A_trial_asked_and_a_spoken_pronoun_or_aside_find_the_section_that_answers(string question, string expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }

    [Theory]
    // "män" folds to the pronoun "man"; written with its "ä" it is the noun, searched like any other word.
    [InlineData("Hur många procent män finns bland förvaltningens socionomer?", "15 procent män")]
    [InlineData("Är andelen män bland socionomerna låg i socialförvaltningen?", "15 procent män")]
    public async Task Men_written_with_its_a_umlaut_is_a_word_to_search(string question, string expected)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vad e professionsanalyser", "renodla")]
    [InlineData("enhetssamordnare – vad är det?", "enhetssamordnare")]
    [InlineData("Förmånsportalen vad e det", "förmånsportalen")]
    [InlineData("enhetssamordnare, vad var det", "enhetssamordnare")]
    public async Task A_thing_named_with_vad_e_or_followed_by_vad_ar_det_asks_what_it_is(string question, string expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }

    [Theory]
    [InlineData("vad är servicenära biträden egentligen?", "avlastning")]
    [InlineData("What are the service assistants (servicenära biträden) meant to do?", "avlastning")]
    [InlineData("servicenära biträden – vad var det?", "snabbutbildades")]
    public async Task A_sentence_that_gives_a_role_its_name_in_quotes_says_what_it_is(string question, string expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }

    [Theory]
    [InlineData("hur ska nya chefers intro bli bättre enligt revisionen?", "introduktion")]
    [InlineData("vad säger planens intro om befolkningen?", "11 %")]
    public async Task Intro_after_a_word_that_makes_it_someones_is_the_staffs_introduction_not_the_opening_section(string question, string expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }

    [Theory]
    [InlineData("Varför är det svårt att locka unga till omsorgen?", "arbetstider")]
    [InlineData("varfor vill inte unga jobba i omsorgen", "yngre")]
    public async Task A_section_headed_by_reasons_for_something_else_does_not_answer_a_why_question(string question, string expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }

    [Theory]
    [InlineData("Hur beskriver revisionen chefernas arbetssituation?", "ansträngd")]
    [InlineData("How does the plan describe the crisis staffing centre?", "600")]
    public async Task How_the_text_describes_a_subject_is_every_sentence_it_says_of_it(string question, string expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }

    [Theory]
    [InlineData("vad tyckte revisorerna om bemanningsstrategin?", "ÖSB 2016")]
    [InlineData("Vad säger revisorerna om kompetensförsörjningsplanen i Örebros socialförvaltning?", "dokumenterad")]
    public async Task The_auditors_named_in_any_form_keep_the_audits_passages(string question, string expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }

    [Theory]
    [InlineData("vad är dåligt med inhyrd personal?", "kontinuitet")]
    public async Task What_is_bad_about_something_is_where_the_text_names_its_risks_and_shortcomings(string question, string expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }
}
