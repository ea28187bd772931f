namespace Assistant.Tests.Answering;

/// <summary>
/// A second private check of how far the passage search generalises, written for sections no other check asks about:
/// the plan's sections on workplace learning, the merged administration, the crisis staffing centre, cost reduction,
/// the social work programme's intake, competence requirements for child cases, managers' support functions, the PwC
/// projection, the HME survey and the change programme; SKL's legal position on agencies, its survey, the right use
/// of competence, statistics, attractiveness and health; the audit's team, competence ladder, gender balance and
/// stress training. Swedish and English, some naming the document by a nickname. Each is judged as the blind sets are
/// (the words a right answer must contain, no wrong number); the check holds its floor, measured when it was written.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PassageWordingBTests
{
    /// <summary>The questions: the question, the document that answers, and each group of words of which one must be
    /// in the answer ("|" separates the alternatives).</summary>
    public static readonly (string Question, string Source, string[] Must)[] Questions =
    [
        // The staffing and competence supply plan
        ("Vad säger planen om arbetsplatslärande och e-learning?", "000", ["utbildningsfilmer|Evikom|reflektionstid"]),
        ("Varför slogs de två förvaltningarna ihop till en?", "000", ["sammanhållen styrning|effektivare organisation"]),
        ("What came out of the crisis staffing centre set up during the pandemic?", "000", ["biträde|snabbutbild"]),
        ("Vad innebär direktivet om kostnadsreducering för förvaltningen?", "000", ["vakanspröva|konsulter"]),
        ("Why could competition for newly graduated social workers ease in the region?", "000", ["intaget|antagningstillfällen|antagningsstillfällen"]),
        ("Vad krävs för att få handlägga barn- och ungdomsärenden enligt kompetensplanen?", "000", ["behörig|psykologi|juridik"]),
        ("What kind of support functions do the managers want, according to the plan?", "000", ["controller|avlastning|självständiga"]),
        ("What does PwC's staffing projection say the total increase will cost?", "000", ["72"]),
        ("Vad visade HME-undersökningen 2020 för förvaltningen?", "000", ["förbättringspotential|uppskattning|konflikthantering"]),
        ("What is SOF i tiden about?", "000", ["tillgänglighet|rättssäkerhet|ekonomiska ramar"]),

        // SKL's strategy
        ("Får kommunen lämna över myndighetsutövning inom barn- och ungdomsvården till ett bemanningsföretag enligt SKL?", "002", ["förenligt|Socialstyrelsen"]),
        ("How many municipalities answered SKL's survey on hired staff?", "002", ["201|71"]),
        ("Vad kan den lokala nivån göra för att använda kompetensen rätt enligt SKL?", "002", ["serviceassistent|arbetsorganisationen|introduktionsutbildning"]),
        ("What will SKL do to make statistics on competence needs available?", "002", ["Kolada|statistik"]),
        ("Vad kan kommunerna göra lokalt för att göra välfärdsjobben mer attraktiva enligt SKL?", "002", ["karriärmöjligheter|helhetslösningar|hållbart arbetsliv"]),
        ("Why does SKL say health and sick leave matter if more people are to work more and longer?", "002", ["arbetsmiljö|arbetsvillkor"]),

        // The audit
        ("Vem utförde granskningen av personalförsörjningen i Örebro?", "004", ["KPMG|Helin Lindkvist|Wendin"]),
        ("What is the competence ladder (kompetenstrappa) in Örebro's social services?", "004", ["fortbildning|further training"]),
        ("Hur stor andel av socionomerna på socialförvaltningen i Örebro är män enligt revisionen?", "004", ["15"]),
        ("What does the audit say about stress among the investigators in Örebro?", "004", ["stresshantering|Regionhälsan"]),
    ];

    /// <summary>How many of <see cref="Questions"/> the engine answered right when this check was last raised.</summary>
    private const int Floor = 14;

    [Fact]
    public async Task Passage_questions_about_sections_no_other_check_asks_about_are_answered_from_the_right_section()
    {
        await SeedKnowledge.PassageCheckAsync("Passage wording B", "pwb", Questions, Floor);
    }
}
