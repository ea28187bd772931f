namespace Assistant.Tests.Answering;

/// <summary>
/// A second private check of how far the passage search generalises, written before round 20a changed anything: what,
/// why and how questions in Swedish and English about sections of the seeds no development failure asks about (the
/// plan's trust-based governance, the merged administration, the competence rules for child cases, the cost directive,
/// the crisis staffing centre, young people's values, lifelong learning, the social work programme, work placements;
/// SKL's legal position on agencies and its goal on health; the audit's pay supplement, its follow-up of the added
/// support, its student contacts, its group leaders, its regional cooperation, its new branch office and its
/// introduction programme). Judged as the blind sets are; the check holds its floor.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PassageWordingATests
{
    /// <summary>The questions: the question, the document that answers, and each group of words of which one must be
    /// in the answer ("|" separates the alternatives).</summary>
    public static readonly (string Question, string Source, string[] Must)[] Questions =
    [
        ("Vad innebär tillitsbaserad styrning enligt kompetensförsörjningsplanen?", "000", ["förtroende|erfarenhet|verksamhetsnära"]),
        ("Why were the two administrations merged into one in 2019?", "000", ["sammanhållen|cohesive"]),
        ("Vilken behörighet krävs för att handlägga barn- och ungdomsärenden?", "000", ["psykologi|juridik|socialt arbete"]),
        ("Hur ska förvaltningen spara enligt direktivet om kostnadsreducering?", "000", ["vakanspröva|konsulter"]),
        ("What was the crisis staffing centre set up during the corona crisis?", "000", ["krisbemanningscenter|snabbutbild|biträden"]),
        ("Varför är det svårare att locka unga till vård och omsorg?", "000", ["arbetstider|lön"]),
        ("What does the plan say about lifelong learning?", "000", ["livslånga|parallellt"]),
        ("Vad har hänt med intaget till socionomprogrammet i Linköping?", "000", ["antagningsstillfällen|antagning"]),
        ("Vilka krav ställs på arbetsplatserna när det gäller praktik och arbetsmarknadsåtgärder?", "000", ["handledning|mentorskap|validering"]),
        ("Vad hände när socialförvaltningen i Örebro öppnade en filial i Vivalla?", "004", ["sökande|utökning|tjänster"]),
        ("Vad går förändringsarbetet SOF i tiden ut på?", "000", ["tillgänglighet|rättssäkerhet|flexibilitet"]),
        ("Vad säger SKL om rättsläget när kommuner anlitar bemanningsföretag?", "002", ["rättssäkerhet|integritet|myndighetsutövning"]),
        ("What can the local level do for a gender-equal working life and health, according to SKL?", "002", ["sjukfrånvaro|jämställdhetsintegrera"]),
        ("Varför infördes lönetillägget för socialsekreterare i Örebro?", "004", ["personalomsättning"]),
        ("What did the follow-up of the extra administrative support for social workers show?", "004", ["nöjda|avlastning"]),
        ("Hur försöker socialförvaltningen i Örebro få socionomstudenter att söka sig dit?", "004", ["praktik|aspirant|termin"]),
        ("What do the group leaders in Örebro's social services do?", "004", ["stöd|support"]),
        ("Vad säger revisionen om regional samverkan?", "004", ["nätverk|Regionens"]),
        ("How are newly hired staff introduced in Örebro's social services, according to the audit?", "004", ["introduktionsprogram|kompetenstrappan"]),
        ("Vilken andel av socionomerna i Örebro är män?", "004", ["15"]),
    ];

    /// <summary>How many of <see cref="Questions"/> the engine answered right when this check was last raised.</summary>
    private const int Floor = 15;

    [Fact]
    public async Task Passage_questions_in_new_words_about_unasked_sections_are_answered_from_the_right_section()
    {
        await SeedKnowledge.PassageCheckAsync("Passage wording A", "pa", Questions, Floor);
    }

    [Theory]
    [InlineData("Vad sa cheferna om reflektion i studien om chefers förutsättningar?", "coaching")]
    public async Task A_study_named_by_its_subject_points_at_the_section_not_at_the_sentence_that_says_study(string question, string expected)
    {
        await SeedKnowledge.PassageSaysAsync(question, expected);
    }
}
