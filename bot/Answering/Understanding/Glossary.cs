using System.Text.RegularExpressions;

namespace Assistant.Bot.Answering.Understanding;

/// <summary>
/// English domain phrases rewritten to the Swedish words the documents use, so an English question finds Swedish key
/// figures and passages ("sick leave" → sjukfrånvaro), and the Swedish abbreviations a manager types ("enl" → enligt).
/// Applied to folded text, whole words only.
/// </summary>
public static partial class Glossary
{
    private static readonly (Regex Pattern, string Swedish)[] Rules =
    [
        // Long-term sick leave is the key figures' "From dag 60" column (sick leave from the 60th day).
        (Rule("long-term sick leave|long term sick leave|longterm sick leave|long-term sickness absence|langtidssjukfranvaro|langtidssjukfranvaron|langtidssjukskrivning|langtidssjukskrivningar|langtidssjukskrivningarna|langtidssjukskrivna"), "sjukfranvaro fran dag"),
        // Short-term sick leave is the plan's "korttidsfrånvaro" ("Korttidsfrånvaro ökade i samband med corona").
        (Rule("short-term sick leave|short term sick leave|short-term sickness absence|short term sickness absence|short-term absence|short term absence|korttidssjukfranvaro|korttidssjukfranvaron|korttidsfranvaron"), "korttidsfranvaro"),
        (Rule("sick leave|sick-leave|sickness absence|sick days|absence due to illness|absence because of illness|illness absence|sickness rate|sickness"), "sjukfranvaro"),
        // Key figures in the words people use for them: "frånvaro pga sjukdom", "sjuktalen", "hur många slutar".
        (Rule("franvaro pga sjukdom|franvaro p g a sjukdom|franvaro pa grund av sjukdom|franvaron pga sjukdom|franvaro vid sjukdom|sjuktalen|sjuktalet|sjuktal"), "sjukfranvaro"),
        (Rule("staff turnover|employee turnover|personnel turnover|turnover|staff churn|attrition|personalrorlighet|personalrorligheten"), "personalomsattning"),
        (Rule("hur manga slutar|hur manga slutade|hur manga som slutar|hur manga som slutade|hur manga har slutat|how many quit|how many resigned"), "hur manga slutat personalomsattning"),
        // "Full-time equivalents" are the key figures' "årsarbetare", before "full time" (heltid) reads half of it.
        (Rule("full-time-equivalent employees|full-time-equivalents|full-time-equivalent|full-time equivalents|full-time equivalent|full time equivalents|full time equivalent|ftes|fte|person-years|person years"), "arsarbetare"),
        (Rule("full time|full-time|fulltime"), "heltid"),
        (Rule("part time|part-time"), "deltid"),
        (Rule("retirements|retirement|pensions|pension"), "pensionsavgangar"),
        // The plan's prose on demography ("befolkningen förväntas växa med 11 %") and its opening section ("Inledning").
        (Rule("(?:the )?population(?: is| will)?(?: expected| projected| forecast)?(?: to)? (?:grow|increase)|population growth|growth of the population"), "befolkningen forvantas vaxa"),
        (Rule("the population|population|inhabitants|residents"), "befolkningen"),
        // "after introduction and mentoring" is an employee's introduction (the later rule's "introduktion"), not the section;
        // so is "intro" after a word that makes it someone's or something done ("trots intro", "nya chefers intro", "bra
        // intro för nyanställda"): chat shorthand for the plans' "introduktion".
        (Rule("introductory text|intro text|introduction section|introductory section|(?<!(?:after|despite|during|their|an|good|better|poor) )introduction(?! of| and| programme| program| for)"
            + @"|(?<!(?:after|despite|during|their|an|good|better|poor|new|trots|efter|under|bra|god|battre|samt|och|med|ny|nya|\w+ers|\w+ares|\w+ernas|\w+arnas|\w+dras|\w+das) )intro(?! for| of| and| program| programme| programmet| av| och| till| med| samt)"), "inledningen"),
        (Rule("retire|retires|retiring|retired"), "ga i pension pensionsavgangar"),
        // The municipal plans' and the audit's prose in English (before the single words they contain).
        (Rule("salary supplements|salary supplement|pay supplements|pay supplement|wage supplement|salary allowance|salary bonus"), "lonetillagg"),
        (Rule("child and youth|child & youth|child youth|children and young people|children and youth|children and adolescents"), "barn och unga"),
        // The key figures' "Barn 0-20 år i kommunen per handläggare" and "... tillsvidareanställda årsarbetare" in English.
        (Rule("children|child"), "barn"),
        (Rule("caseworkers|caseworker|case workers|case worker|case officers|case officer|case handlers|case handler"), "handlaggare"),
        (Rule("case handling|case management|casework|case work|case processing"), "handlaggning"),
        (Rule("competence requirements|competency requirements|skill requirements"), "kompetensbehorighet krav"),
        (Rule("university courses|university course|college courses|college course"), "hogskolekurser"),
        (Rule("courses|course"), "kurser"),
        (Rule("supplementary|supplemental|complementary"), "kompletterande"),
        (Rule("qualification rules|qualification regulations|qualifications|qualification"), "behorighet"),
        // "more permanent usk positions": the activities' and key figures' "fast anställda" (tillsvidareanställda).
        (Rule("permanent positions|permanent posts|permanent jobs|permanent employment|permanently employed|permanent employees|permanent staff|permanent"), "fast anstallda"),
        // "The 2020 employee survey": the texts' "medarbetarundersökning" (the HME survey of the employees), before
        // "employee" alone is read as "medarbetare" and the survey is left a bare "enkät".
        (Rule("employee surveys|employee survey|staff surveys|staff survey|employee engagement survey"), "medarbetarundersokning"),
        (Rule("employees|employee|staff members"), "medarbetare"),
        (Rule("social and care administration|social and care department"), "social- och omsorgsforvaltning"),
        (Rule("formed|created|established|set up"), "skapades"),
        (Rule("merged|merger|mergers|merge|merges|merging|amalgamation"), "sammanslagning"),
        // A particle verb is the texts' noun of it: "förvaltningarna slogs ihop" is "sammanslagningen" of the administrations.
        // (the subject may stand between: "slogs förvaltningarna ihop" is "sammanslagning förvaltningarna")
        (Rule(@"(?:slogs|slog|slagits|slas|sla|slar)\s+((?:\w+\s+){0,3}?)(?:ihop|samman)"), "sammanslagning $1"),
        // The plans' "nya professioner" (new kinds of job), before "new" and "professions" read it word by word.
        (Rule("new professions|new profession|new occupations|new occupational groups|new professional groups|new professional roles|new job roles"), "nya professioner"),
        // "the purpose of", "in the business plan": the text's "syftar", "syftet", "verksamhetsplanen".
        (Rule("purposes|purpose"), "syftet syftar"),
        (Rule("business plans|business plan"), "verksamhetsplanen"),
        // "the new administration": the follow-up's "den nya förvaltningen" (its crisis management, its environmental plan),
        // before "new" reads alone.
        (Rule("the new administration|new administration|the newly formed administration|the new merged administration"), "den nya forvaltningen"),
        (Rule("new"), "ny"),
        (Rule("city audit|city auditors|city auditor|municipal audit|municipal auditors"), "stadsrevisionen"),
        (Rule("want answers|wanted answers|wants answers|want a response|wanted a response|want a reply|wanted a reply|wanted replies|want replies"), "onskar svar"),
        (Rule("stress management"), "stresshantering"),
        // Activity names in English ("the analysis of prevention and health-promoting efforts", "workplace
        // learning", "crisis management", "private providers").
        (Rule("health-promoting|health promoting|health promotion|health-promotion"), "halsoframjande"),
        (Rule("preventive|preventative|prevention|preventing|prevent"), "forebyggande prevention"),
        (Rule("analysis|analyses|analyse|analyze"), "analys"),
        // "evaluating the model for manager follow-up": the follow-up's "Utvärdera och utveckla modellen för uppföljning av
        // chefer" (before "managers" reads as a forecast group).
        (Rule("manager follow-up|manager follow up|managers' follow-up|managers follow-up|follow-up of managers|follow up of managers|following up managers|following up on managers|management follow-up"), "uppfoljning av chefer"),
        (Rule("evaluations|evaluation|evaluating|evaluate|evaluated|evaluates"), "utvardera"),
        (Rule("efforts|effort|interventions"), "insatser"),
        (Rule("workplace learning|work-based learning|work based learning|learning at work"), "arbetsplatslarande"),
        (Rule("crisis management|crisis leadership|crisis command"), "krisledning"),
        (Rule("private providers|private provider|private operators|private operator|private suppliers"), "privata utforare"),
        (Rule("summary"), "sammanfattning"),
        // The audit's and the plans' section words in English: how a review was done and what it covered ("what is the
        // scope of the audit": "Avgränsning", "Granskningen omfattar"; "criteria": "Revisionskriterier"; "who did they
        // interview": "Intervjuer med"), and prose words the texts write in Swedish only ("upphandling", "konkurrens").
        (Rule("scope|delimitation|delimitations"), "avgransning omfattar"),
        (Rule("audit criteria|assessment criteria|criteria|criterion"), "revisionskriterier"),
        (Rule("interviews|interview|interviewed|interviewing"), "intervjuer"),
        (Rule("methodology|methods|method"), "metod"),
        (Rule("background"), "bakgrund"),
        (Rule("procurements|procurement|procure|procured|procuring|public tendering|tendering"), "upphandling"),
        (Rule("competition for|competing for|compete for|competes for|competing with|compete with|competition|competitors|competitor|competing|compete"), "konkurrens"),
        (Rule("important|importance|essential"), "vasentligt viktigt"),
        (Rule("mentorship|mentoring|mentors|mentor"), "mentorskap"),
        (Rule("lonely|loneliness"), "ensam"),
        (Rule("stay on|stays|staying|stay"), "stanna"),
        (Rule("experienced staff|experienced employees|experienced case officers|experienced"), "erfarna"),
        (Rule("internal mobility|internal movement"), "intern rorlighet"),
        (Rule("benefits portal|benefit portal|benefits website"), "formansportalen"),
        (Rule("complex cases|complex case|complex matters"), "komplexa arenden"),
        (Rule("unit managers|unit manager|first-line managers|first-line manager|first line managers|first line manager"), "enhetschefer"),
        (Rule("management team meetings|management team meeting|leadership team meetings|leadership team meeting|management meetings"), "ledningsgruppsmoten"),
        (Rule("management teams|management team|leadership teams|leadership team"), "ledningsgrupp"),
        (Rule("success factors|success factor|keys to success|key to success"), "framgangsfaktorer"),
        (Rule("competence development|competency development|skills development|professional development"), "kompetensutveckling"),
        (Rule("in the county|the county|county-wide|countywide|county"), "lanet"),
        (Rule(@"pay levels|pay level|pay(?!\s*(?:/|formation|setting|supplement))"), "lon"),
        (Rule("over the period|during the period|for the period"), "under perioden"),
        (Rule("strategic development assignments|strategic development assignment|development assignments|development assignment"), "strategiska utvecklingsuppdrag"),
        (Rule("auspices"), "regi"),
        // "the payroll/salary formation process", "wage setting": the follow-up's "lönebildningsprocessen" (before "salary"
        // alone reads as "löner" and the phrase is lost).
        (Rule(@"(?:payroll|salary|wage|pay)(?:\s*/\s*(?:payroll|salary|wage|pay))?\s+(?:formation|setting)\s+process(?:es)?"), "lonebildningsprocessen"),
        (Rule(@"(?:payroll|salary|wage|pay)(?:\s*/\s*(?:payroll|salary|wage|pay))?\s+(?:formation|setting)"), "lonebildning"),
        // Moving some operations out of a building (the audit's "Utlokalisera viss verksamhet från Socialkontoret").
        (Rule(@"(?:moving|move|moved|moves|relocating|relocate|relocated|relocation of)\s+((?:\w+\s+){0,3}?)out\s+of"), "utlokalisera $1 fran"),
        (Rule("relocation|relocating|relocate|relocated|decentralising|decentralizing"), "utlokalisera"),
        (Rule("salaries|salary|wages|wage"), "loner"),
        (Rule("language skills|language requirements"), "sprakkunskaper"),
        // "enough Swedish", "Swedish skills", "speak Swedish": the staff's command of the language, which the plans call
        // språkkunskaper ("kunskaper i svenska").
        (Rule("enough swedish|sufficient swedish|adequate swedish|swedish language skills|swedish skills|swedish proficiency|speak swedish"), "sprakkunskaper"),
        // "Language" alone is any of the plans' språk- words (språkombud, språkstöd, språkkunskaper).
        (Rule("language"), "sprak"),
        (Rule("crisis staffing centre|crisis staffing center|crisis staffing"), "krisbemanning"),
        // The crisis staffing centre's passage in English: the texts call the pandemic "Coronakrisen", those who signed up
        // "anmälningar" and those quickly trained "snabbutbildades digitalt" (before "sign", "training" and "digital" read alone).
        (Rule("covid-19|covid 19|covid19|covid|coronavirus|corona crisis"), "coronakrisen"),
        (Rule("signed up|sign up|sign-ups|signups|signed-up|registered interest|registrations|people applied|who applied|applied"), "anmalningar"),
        (Rule("got trained|were trained|was trained|been trained|trained digitally|trained quickly|quickly trained|trained"), "snabbutbildades"),
        (Rule("digitally"), "digitalt"),
        (Rule("staffing pool|staff pool|staffing agency pool"), "bemanningspool"),
        // An activity's name as another manager says it ("the 500 labour market places", "the staffing pool
        // investigation": uppdrag 8 "500 nya arbetsmarknadsplatser", uppdrag 44 "Utredda förutsättningar ..."), and the
        // labour market of other compounds.
        (Rule("labour market places|labor market places|labour-market places|labor-market places|labour market positions|labour market placements|labor market placements|labour-market placements|labor-market placements|labour-market positions|labour market jobs|job placements|work placements"), "arbetsmarknadsplatser"),
        (Rule("labour market|labor market|labour-market|labor-market"), "arbetsmarknad"),
        (Rule("investigations|investigation|inquiry|inquiries"), "utredning"),
        (Rule("short-term stay|short term stay|respite care|short-term care"), "korttidsvistelse"),
        (Rule("guidelines|guideline"), "riktlinjer"),
        (Rule("working conditions"), "arbetsvillkor"),
        // "good working conditions" is the plans' "goda arbetsvillkor".
        // Not in a greeting or a pleasantry ("Good morning!", "good-bye", "good question"): the help reads those in English.
        (Rule(@"good(?!-|\s+(?:morning|afternoon|evening|night|day|bye|luck|job|question|idea)\b)"), "goda"),
        (Rule("work environment"), "arbetsmiljo"),
        // The follow-up's "digital infrastruktur" (its own word, before "digital" reads as "digitalisering").
        (Rule("digital infrastructure"), "digital infrastruktur"),
        (Rule("infrastructure"), "infrastruktur"),
        (Rule("digitalisation|digitalization|digital"), "digitalisering"),
        // "quality-assuring the systematic work environment work": the follow-up's "Kvalitetssäkra".
        (Rule("quality-assuring|quality assuring|quality-assure|quality assure|quality-assured|quality assured|quality-assurance|quality assurance|quality-assures|quality assures"), "kvalitetssakra"),
        (Rule("further education|continuing education|further training"), "vidareutbildning"),
        // The follow-up's "lägsta utbildningsnivå" (uppdrag 14, nämndsuppdrag 29), before "education" reads alone.
        (Rule("minimum education level|minimum level of education|minimum educational level|lowest education level|lowest level of education|lowest educational level|minimum qualification level|minimum education requirement"), "lagsta utbildningsniva"),
        (Rule("training|education"), "utbildning"),
        // The plan by its English name before the phrase inside it.
        (Rule("competence supply plan|competence plan|competency plan|skills plan|skills supply plan|comp plan|comp-plan|comp supply plan"), "kompetensforsorjningsplanen"),
        (Rule("competence supply|skills supply|staff supply"), "kompetensforsorjning"),
        (Rule("employee engagement|staff engagement|engagement index|employee engagement index|engagement"), "hme"),
        (Rule("dementia"), "demens"),
        (Rule("employment rate|degree of employment|average employment level"), "sysselsattningsgrad"),
        (Rule("nursing homes|nursing home|care homes|care home"), "vardboende"),
        (Rule("home care"), "hemtjanst"),
        (Rule("interpreters|interpreter"), "tolk"),
        (Rule("welfare crime|welfare fraud"), "valfardsbrott"),
        (Rule("welfare technology|welfare technologies|welfare tech"), "valfardsteknik"),
        (Rule("workplace learning|workplace-based learning|work-based learning|learning at work"), "arbetsplatslarande"),
        (Rule("civil defence|civil defense|civil preparedness"), "civil beredskap"),
        (Rule("environmental plan|environment plan"), "miljoplan"),
        (Rule("escort|accompaniment"), "ledsagning"),
        (Rule("wage setting|pay setting|salary setting"), "lonebildning"),
        (Rule("pharmacists|pharmacist"), "farmaceut"),
        (Rule("implementation|implementing|implement|introduction of|roll-out|rollout"), "implementering"),
        (Rule("rolling out|roll out|rolled out"), "breddinfora"),
        (Rule("introductions|introduction|induction|onboarding|intro"), "introduktion"),
        // The national strategy's words ("De vanligaste orsakerna", "en besparing på", "svarsfrekvensen", "sommaren", "hösten").
        (Rule("most common|commonest|most frequent|most usual"), "vanligaste"),
        (Rule("savings|saving|save|saves|saved"), "besparing"),
        (Rule("response rate|response rates|response frequency"), "svarsfrekvens"),
        (Rule("summertime|summer"), "sommaren"),
        (Rule("autumn"), "hosten"),
        // "Får man lägga ut myndighetsutövning på ...": the law's word is "överlämna" (hand over).
        (Rule("lagga ut|lagger ut|lagt ut|outsource|outsources|outsourced|outsourcing|contract out|hand over"), "overlamna"),
        // The plans' words for a group's work in English ("the priority areas of the cross-department group on new
        // ways to secure staff": "Prioriterade områden", "Förvaltningsgemensam ... samverkansgrupp 'Nya vägar till
        // kompetensförsörjning'"), and what a measure did ("why did Örebro introduce ..., and did it work": "införde",
        // "vilka effekter denna löneökning gett"). Before "common|joint|shared" and "new".
        (Rule("priority areas|priority area|prioritised areas|prioritized areas|priorities|focus areas"), "prioriterade omraden"),
        (Rule("cross-department|cross-departmental|cross department|interdepartmental|inter-departmental|cross-administration|joint department|joint departmental"), "forvaltningsgemensam"),
        (Rule("new ways|new paths|new routes|new avenues"), "nya vagar"),
        (Rule("secure staff|securing staff|secure staffing|securing staffing|secure personnel|secure the workforce"), "kompetensforsorjning"),
        (Rule("did it work|did that work|has it worked|had it worked|does it work|did it help|was it effective|has it been effective|effects|effect"), "effekter"),
        // "What are the risks of ...": the texts' "risken öka för brister", "risk för".
        (Rule("risks"), "risk"),
        (Rule("disadvantages|disadvantage|drawbacks|drawback|downsides|downside"), "nackdelar"),
        (Rule("advantages|advantage|benefits|upsides"), "fordelar"),
        (Rule("common|joint|shared"), "gemensam"),
        (Rule("external funding|external financing|external grants"), "extern finansiering"),
        (Rule("revising|revise"), "revidering"),
        // "Hard to recruit": the texts' "svårigheter att rekrytera", "svårt att rekrytera" (a judgement, not a forecast figure).
        (Rule("hard to recruit|difficult to recruit|hard-to-recruit|hard to fill|difficult to fill|difficulties recruiting|difficulty recruiting|difficulties in recruiting|difficulty in recruiting|struggle to recruit|struggling to recruit"), "svarigheter att rekrytera"),
        // "Will it get easier to recruit ...": the texts' "lättare att rekrytera" (the same judgement, the other way).
        (Rule("easier to recruit|easier to hire|easier to fill"), "lattare att rekrytera"),
        (Rule("recruitment strategies|recruitment strategy"), "rekryteringsstrategier"),
        (Rule("trust-based management|trust based management|trust-based governance|trust based governance"), "tillitsbaserad styrning"),
        (Rule("trust-based|trust based"), "tillitsbaserad"),
        (Rule("pilot projects|pilot project|pilot scheme|trial project"), "forsoksprojekt"),
        (Rule("eligibility requirements|eligibility rules|eligibility|qualification requirements"), "behorighet"),
        (Rule("parental leave|parental leaves"), "foraldraledighet"),
        // A role, a title and a state the plans and the audit name in Swedish ("socialchefen", "skyddad yrkestitel",
        // "dokumenterad"), before "social services" reads half of the role.
        (Rule("head of social services|head of the social services|director of social services|social services director|social services manager|chief social officer"), "socialchefen"),
        (Rule("protected professional titles|protected professional title|protected occupational title|protected job title|protected titles|protected title"), "skyddad yrkestitel"),
        (Rule("documented|written down"), "dokumenterad"),
        (Rule("social services administration|social services department|social welfare administration"), "socialforvaltningen"),
        (Rule("social services|social service"), "socialtjanst"),
        (Rule("municipal health care|municipal healthcare"), "kommunal halso- och sjukvard"),
        (Rule("health care|healthcare|health and medical care"), "halso- och sjukvard"),
        // "staff from staffing agencies": the text's "personal från bemanningsföretag" (the staff word alone reads a measure).
        (Rule("staff from staffing agencies|staff from staffing agency|staff from staffing companies|staff from agencies|personnel from staffing agencies"), "personal fran bemanningsforetag"),
        (Rule("temporary agency staff|agency staff|hired staff|staffing agencies|staffing agency|temp agencies"), "bemanningsforetag"),
        (Rule("surveys|survey|questionnaire"), "enkat"),
        (Rule("studies|study"), "studie"),
        (Rule("conditions for|conditions"), "forutsattningar"),
        (Rule("managers"), "chefer"),
        (Rule("recommendations|recommendation|recommended|recommends|recommend"), "rekommenderar"),
        (Rule("budget frame|budget framework|financial frame"), "ram"),
        // What something costs: the texts state "kostnaden ... 72 miljoner kronor", whatever verb the question uses.
        // "cost cuts – what about vacancies and consultants?": the plan's "kostnadsreducering", "vakanspröva tjänster",
        // "minska antalet konsulter" (before "cost" alone reads the amount).
        (Rule("cost cuts|cost cut|cost cutting|cost-cutting|cost reductions|cost reduction|cutting costs|cut costs|reduce costs|reducing costs"), "kostnadsreducering"),
        (Rule("vacancies|vacancy|vacant posts|vacant positions|vacant jobs"), "vakans"),
        (Rule("consultants|consultant|consultancy|consultancies"), "konsulter"),
        (Rule("costs|cost|costing|kostar|kostade|kosta|spend|spends|spent|spending|expenditure"), "kostnad"),
        (Rule("mnkr|mkr|msek"), "miljoner kronor"),
        (Rule("millions|million"), "miljoner"),
        // The texts' social workers: "socialsekreterare" (the forecast group) and "socionomer" (their degree).
        (Rule("social secretaries|social secretary|social workers|social worker"), "socialsekreterare"),
        (Rule("mental health|mental illness|mental ill-health"), "psykisk ohalsa"),
        (Rule("career model|career path|career ladder"), "karriarmodell"),
        (Rule("validation routines|validation routine|validation procedures|validation procedure"), "valideringsrutiner"),
        (Rule("validation"), "validering"),
        // Ordinary words of the plans' prose an English question uses (after the phrases above that contain them).
        (Rule("staff increase|staffing increase|increase in staff|increase in staffing|staff growth"), "personalokning"),
        (Rule("pilots|pilot"), "pilot forsok"),
        (Rule("trials|trial"), "forsok"),
        (Rule("assistant nurses|assistant nurse|nursing assistants|nursing assistant"), "underskoterskor"),
        (Rule("graduates|graduate|graduated|graduating"), "examineras"),
        (Rule("examinations|examination|exams|exam|degrees|degree|diplomas|diploma"), "examen"),
        // "examina" is the plural of "examen" ("undersköterskeexamina"): the texts write the singular.
        (Rule(@"(\w*)examina"), "$1examen"),
        (Rule("goals|goal|objectives|objective"), "mal"),
        (Rule("strategies|strategy"), "strategi"),
        (Rule("stable|stability"), "stabil"),
        (Rule("people|persons"), "personer"),
        (Rule("work in|works in|working in"), "arbetar i"),
        (Rule("municipalities"), "kommuner"),
        (Rule("municipality"), "kommun"),
        (Rule("responded|respondents|answered|replied"), "svarade"),
        (Rule("young|younger"), "unga"),
        (Rule("because of|due to|reasons|reason|causes|cause"), "orsak"),
        (Rule("challenges|challenge"), "utmaningar"),
        (Rule("cooperation groups|cooperation group|collaboration groups|collaboration group|co-operation group"), "samverkansgrupp"),
        (Rule("collaboration|cooperation|co-operation"), "samverkan"),
        (Rule("supervision"), "handledning tillsyn"),
        (Rule("internships|internship|work placements|work placement"), "praktik"),
        (Rule("heavy workload|workload|work load"), "arbetsbelastning"),
        (Rule("careers|career"), "karriar"),
        (Rule("elderly care|elder care|care of the elderly"), "aldreomsorg"),
        // "Få tag i usk": to get hold of staff is to recruit them.
        (Rule("fa tag i|fa tag pa|fatt tag i|fatt tag pa|far tag i|far tag pa"), "rekrytera"),
        // "Why did short-term sick leave go up?": a change said with a particle is the change word the texts' synonyms know.
        (Rule("go up|goes up|went up|gone up|going up"), "increase"),
        (Rule("go down|goes down|went down|gone down|going down"), "decrease"),
        // "How did the pandemic speed up ...": the plan's "Pandemin", "Coronapandemin ... har påskyndat införandet".
        (Rule("the pandemic|pandemics|pandemic|covid pandemic|corona pandemic"), "pandemin"),
        (Rule("sped up|speeded up|speed up|speeds up|speeding up|accelerated|accelerate|accelerates|hastened|hasten"), "paskyndat"),
        (Rule("disabilities|disability"), "funktionsnedsattning"),
        (Rule("newly arrived|new arrivals"), "nyanlanda"),
        (Rule("gender equality"), "jamstalldhet"),
        (Rule("universities|university"), "universitet"),
        (Rule("students|student"), "studenter"),
        (Rule("retention|retain"), "behalla"),
        (Rule("attractiveness|attractive"), "attraktiv"),
        (Rule("employers|employer"), "arbetsgivare"),
        (Rule("welfare"), "valfard"),
        (Rule("refugees|refugee"), "flykting"),
        (Rule("three"), "tre"),
        (Rule("four"), "fyra"),
        (Rule("five"), "fem"),
        // activities
        (Rule("offering|offers|offered|offer"), "erbjuda"),
        (Rule("higher"), "hogre"),
        (Rule("the right to|right to"), "ratten till"),
        (Rule("continued from|continues from|continuing from|carried over from|carried forward from"), "fortsatter fran"),
        (Rule("friendly"), "vanlig"),
        // The plans' prose: directives, solutions, the committee, money.
        (Rule("directives|directive|instructions|instruction"), "direktiv"),
        (Rule("solutions|solution"), "losningar"),
        (Rule("committees|committee"), "namnden"),
        // What EU money is called in the plans ("extern finansiering (t.ex. EU-bidrag)"), before "funding" alone.
        (Rule("eu funding|eu funds|eu grants|eu grant|eu money|eu financing|eu-funding|eu-funds|eu-grants"), "eu-bidrag extern finansiering"),
        (Rule("money|funds|funding"), "kronor"),
        // "what does that mean for ...": what something amounts to (innebär), not an average.
        (Rule("does that mean|does this mean|does it mean|do they mean|would that mean|would this mean|that means|this means|it means"), "innebar"),
        (Rule("contract follow-up|contract follow up|follow-up of contracts|follow up of contracts|contract monitoring|monitoring of contracts"), "avtalsuppfoljning"),
        (Rule("provider contracts|provider contract|supplier contracts|supplier contract|contractor agreements"), "utforaravtal"),
        (Rule("contracts|contract|agreements|agreement"), "avtal"),
        (Rule("competitive"), "konkurrenskraftiga"),
        (Rule("cutting|cut|cuts|reducing|reduce|reduced|reduction|lowering"), "minska"),
        (Rule("number of"), "antalet"),
        (Rule("routines|routine|procedures|procedure"), "rutiner"),
        (Rule("within the framework of|in the framework of|within the scope of"), "inom ramen for"),
        (Rule("framework"), "ramen"),
        (Rule("requirements|requirement|demands"), "krav"),
        (Rule("reshaping|reshape|reshaped|redesigning|redesign|reforming|reform"), "omforma"),
        (Rule("professions|profession"), "professioner"),
        (Rule("exit interviews|exit interview|leaving interviews"), "avgangssamtal"),
        // Swedish abbreviations a manager types: "enl planen", "hur mkt".
        (Rule("enl"), "enligt"),
        (Rule("mkt|mycke"), "mycket"),
        // A month abbreviated before its year ("i aug 2020", "sept 2019"): the month as the texts write it.
        (Rule(@"aug(?=\.?\s+(?:19|20)\d\d\b)"), "augusti"),
        (Rule(@"(?:sept|sep)(?=\.?\s+(?:19|20)\d\d\b)"), "september"),
        (Rule(@"(?:okt|oct)(?=\.?\s+(?:19|20)\d\d\b)"), "oktober"),
        (Rule(@"nov(?=\.?\s+(?:19|20)\d\d\b)"), "november"),
        (Rule(@"dec(?=\.?\s+(?:19|20)\d\d\b)"), "december"),
        (Rule(@"jan(?=\.?\s+(?:19|20)\d\d\b)"), "januari"),
        (Rule(@"feb(?=\.?\s+(?:19|20)\d\d\b)"), "februari"),
        (Rule(@"apr(?=\.?\s+(?:19|20)\d\d\b)"), "april"),
        // The activity plans' headings in English ("under keeping and developing staff", "broadened recruitment").
        (Rule("keeping and developing|keep and develop|retaining and developing|retain and develop|retention and development"), "behalla och utveckla"),
        // "Why is it hard to keep experienced staff?": the plan's heading "Behålla erfaren kompetens".
        (Rule("keeping|keep"), "behalla"),
        (Rule("experienced"), "erfaren"),
        // "the ... process development", "developing X": the activity tables' verb "Utveckla" (their titles begin with it).
        // Not a compound's head ("competence development" is the texts' "kompetensutveckling", read by its first word).
        (Rule("(?<!(?:competence|competency|skills|skill|staff|professional|career|leadership|management|personal|business|organisational|organizational) )(?:development|developing|develop|develops|developed)"), "utveckla"),
        (Rule("permanently employed|permanent employees|permanent staff|permanently hired|permanent positions|permanent position|permanent posts|permanent jobs|permanent employment|permanent contracts|permanent"), "fast anstallda"),
        (Rule("tighter|stricter|tightened|sharpened"), "skarpt"),
        (Rule("broadened recruitment|broader recruitment|broadening recruitment|widened recruitment|widening recruitment"), "breddad rekrytering"),
        // The activity plans' vocabulary in English, and the abbreviations of owners' titles.
        (Rule("bitr"), "bitradande"),
        (Rule("working-time models|working time models|working hours models|working-hours models"), "arbetstidsmodeller"),
        (Rule("working-time|working time|working hours|working-hours"), "arbetstid"),
        // "the model for manager follow-up": the follow-up's "modellen" (after the compound models above).
        (Rule("models|model"), "modell"),
        (Rule("scheduling|rostering|rosters|roster|rotas|rota"), "schemalaggning"),
        (Rule("influence|say over|a say in"), "inflytande"),
        (Rule("assignments"), "uppdragen"),
        (Rule("assignment"), "uppdraget"),
        (Rule("staff per manager|employees per manager|staff per boss|employees per boss"), "medarbetare per chef"),
        (Rule("managers' admin|managers admin|managers' administration|managers administration|administration for managers|admin for managers"), "chefers administration"),
        (Rule("in-house|in house|own management"), "egenregi"),
        (Rule("review of the current situation|review of the current state|review of the current|review of current"), "genomlysning av nulaget"),
        (Rule("health organisation|health organization|healthcare organisation|healthcare organization|health care organisation|health care organization"), "halso sjukvardsorganisation"),
        // The activity tables' words in English (their titles and follow-up comments): co-determination (MBL),
        // signing an agreement, an application, a working group's meetings, the chain from planning to delivery.
        (Rule("co-determination act|co-determination|codetermination|co determination"), "mbl samverkan"),
        (Rule("signing|signed|sign"), "teckna"),
        (Rule("applications|application|applying"), "ansokan"),
        (Rule("working groups|working group|work groups|work group|task force"), "arbetsgrupp"),
        (Rule("meetings"), "moten"),
        (Rule("sustainable working life|sustainable work life|sustainable working lives|sustainable working careers"), "hallbart arbetsliv"),
        (Rule("sustainability|sustainable"), "hallbar"),
        (Rule("vertical"), "vertikal"),
        (Rule("integration|integrating|integrate"), "integrering"),
        (Rule("chain"), "kedjan"),
        (Rule("planning"), "planering"),
        (Rule("local authority|local authorities"), "kommun"),
        (Rule("exercise of authority|authority exercise|public authority|authority|authorities"), "myndighetsutovning"),
        (Rule("service delivery|delivery"), "utforande"),
        (Rule("environmental|environment"), "miljo"),
        (Rule("competences|competencies|competence|competency"), "kompetens"),
        (Rule("qualification rules|qualification regulations|qualification|qualifications"), "behorighetsreglering"),
        (Rule("children and young people|children and youth|child and youth|children and adolescents"), "barn och unga"),
        (Rule("case handling|casework|case work|case processing|case management"), "handlaggning"),
        // The activity tables' verbs and objects in English ("making sure staff have the language skills", "the
        // follow-up of payments in Treserva").
        (Rule("making sure|make sure|makes sure|ensuring|ensure|ensures"), "sakerstalla"),
        (Rule("payments|payment|disbursements|disbursement|payouts|payout"), "utbetalningar"),
        // "the administration's activities" (förvaltningens), after the rules whose phrases hold the word.
        (Rule("administration's|administrations|administration s"), "forvaltningens"),
    ];

    /// <summary>
    /// Acronyms that only their capitals tell apart from an ordinary word once folded: "PA" (personliga assistenter) is
    /// "på" without its ring. Applied to the question as written, before folding, whole words and exact case only.
    /// </summary>
    public static string Acronyms(string text) =>
        text.Contains("PA", StringComparison.Ordinal) ? PersonalAssistants().Replace(text, "personliga assistenter") : text;

    [GeneratedRegex(@"(?<![\p{L}\p{N}])PA(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalAssistants();

    /// <summary>Every word the rules write: real Swedish words, never a typo of another word (see <see cref="PhraseMatcher"/>).</summary>
    public static bool Writes(string token) => Written.Contains(token);

    private static readonly HashSet<string> Written = [.. Rules.SelectMany(r => r.Swedish.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.All(char.IsLetter))];

    /// <summary>
    /// A word's siblings: the related words the texts use to say the same thing, searched beside it in the plans' text
    /// (not read as more of the question). A cost is stated in kronor ("motsvarande 14 miljoner kronor"). Keyed by the
    /// beginning of the folded word. (Socialsekreterare and socionomer are not siblings here: the texts use them apart,
    /// "socionomer" for the degree and the share of men, and searching both found the wrong sections.)
    /// </summary>
    private static readonly (string Stem, string[] Siblings)[] SiblingWords =
    [
        ("kostnad", ["kronor"]),
        // "Hur mycket kan man spara": the text states "en besparing på"; "hur många svarade": "201 kommuner har besvarat".
        ("spara", ["besparing"]),
        ("svarade", ["besvarat"]),
        // "lönetillägget för socialsekreterare med delegation": the audit writes "som uppbar delegering".
        ("delegation", ["delegering"]),

        // "Svårast att rekrytera": the texts say where "den största svårigheten" is.
        ("svarast", ["svarigheten"]),
        ("svarare", ["svarigheten"]),
    ];

    /// <summary>
    /// Words the texts say in other words, searched beside them and counted as the same word (a passage needs one of
    /// them, not all): "varför är bemanningsföretag ett problem": the texts name the problem as a risk or a shortcoming
    /// ("kan risken öka för brister i kvalitet, kontinuitet").
    /// </summary>
    private static readonly (string Stem, string[] Synonyms)[] SynonymWords =
    [
        ("problem", ["risk", "brister"]),
        // "Vad gör vi ihop med länet?": what is done together is the texts' "samverkan", "tillsammans", "gemensamt".
        ("ihop", ["samverkan", "tillsammans", "gemensamt"]),
        // "Why did short-term sick leave increase?": the texts say "ökade", "ökar", "ökning" (and "minskade" ...).
        ("increas", ["ökade", "ökar", "ökning"]),
        ("decreas", ["minskade", "minskar", "minskning"]),
        ("nackdel", ["risk", "brister"]),
        // "Varför är bemanningsföretag dåligt?": what is bad about it the texts name as a risk or a shortcoming, as a drawback.
        ("dalig", ["risk", "brister"]),
        // "Blir det enklare att rekrytera socionomer?": the texts judge it "lättare".
        ("enklare", ["lättare"]),
        // "Varför blir det svårare att få tag i usk?": the texts name the difficulty as a shortage ("en brist på undersköterskor").
        ("svarare", ["brist"]),
        ("enklast", ["lättast"]),
        // A survey is an "undersökning" or an "enkät": "medarbetarenkäten" is the texts' "HME-undersökningen".
        ("medarbetarenkat", ["undersökning"]),
        ("medarbetarundersokning", ["undersökning"]),
        // "Har vi testat X nånstans?", "har någon provat X": what was tried the texts call a trial or a pilot
        // ("ett försöksprojekt med tillitsbaserad organisering").
        ("testa", ["försöksprojekt", "pilotprojekt", "pilot"]),
        ("provat", ["försöksprojekt", "pilotprojekt", "pilot"]),
        ("provade", ["försöksprojekt", "pilotprojekt", "pilot"]),
    ];

    /// <summary>The synonyms of a folded word (see <see cref="SynonymWords"/>), none for most words.</summary>
    public static IReadOnlyList<string> Synonyms(string folded) =>
        SynonymWords.FirstOrDefault(s => folded.StartsWith(s.Stem, StringComparison.Ordinal)).Synonyms ?? [];

    /// <summary>
    /// Abbreviations people write for what the texts spell out ("usk" is "undersköterska", "ssk" "sjuksköterska"):
    /// whole words only, searched in the passages instead of the abbreviation (the texts seldom write it, so it would
    /// only lower what a passage covers).
    /// </summary>
    private static readonly Dictionary<string, string[]> Abbreviations = new(StringComparer.Ordinal)
    {
        ["usk"] = ["undersköterskor"],
        ["uskar"] = ["undersköterskor"],
        ["ssk"] = ["sjuksköterskor"],
        ["socsek"] = ["socialsekreterare"],
        ["socsekr"] = ["socialsekreterare"],
        ["bistandshandl"] = ["biståndshandläggare"],
        // "socionomprogrammet på LiU": the plan writes "Linköpings Universitet".
        ["liu"] = ["Linköpings", "universitet"],
    };

    /// <summary>
    /// English words the glossary leaves alone (they are parts of phrases it does translate, "care worker", "hard to
    /// recruit") searched in the plans' text by the Swedish words it uses for them: "young people" are "unga", "care" is
    /// "vård och omsorg", "hard to attract" is "svårt att locka". Whole words only ("career" is no "care").
    /// </summary>
    private static readonly Dictionary<string, string[]> EnglishSiblings = new(StringComparer.Ordinal)
    {
        ["care"] = ["vård", "omsorg"],
        ["young"] = ["unga"],
        ["younger"] = ["unga"],
        ["hard"] = ["svår"],
        ["harder"] = ["svår"],
        ["difficult"] = ["svår"],
        // "Will it get easier to recruit social workers?": the texts' "lättare att rekrytera".
        ["survey"] = ["undersökning", "enkät"],
        ["surveys"] = ["undersökning", "enkät"],
        ["easy"] = ["lätt"],
        ["easier"] = ["lättare"],
        ["easiest"] = ["lättast"],
        ["attract"] = ["locka", "attrahera"],
        ["attracting"] = ["locka", "attrahera"],
        // "why do new staff leave?": the plan says many choose not to stay ("väljer många att inte stanna kvar") or quit ("sluta").
        ["leave"] = ["sluta", "stanna"],
        ["leaving"] = ["sluta", "stanna"],
        ["quit"] = ["sluta"],
        ["despite"] = ["trots"],
    };

    /// <summary>
    /// Number words the texts also write in digits: "de kommande tio åren" and "de närmaste 10 åren" (whole words only;
    /// the small ones, "fem", "tre", would find every table's digits).
    /// </summary>
    private static readonly Dictionary<string, string[]> NumberWords = new(StringComparer.Ordinal)
    {
        ["tio"] = ["10"],
        ["ten"] = ["10"],
        ["tolv"] = ["12"],
        ["femton"] = ["15"],
        ["tjugo"] = ["20"],
    };

    /// <summary>What a folded abbreviation stands for ("usk": "undersköterskor"), or null for a word that is none.</summary>
    public static IReadOnlyList<string>? SpelledOut(string folded) => Abbreviations.GetValueOrDefault(folded);

    /// <summary>The siblings of a folded word (see <see cref="SiblingWords"/>, <see cref="EnglishSiblings"/>,
    /// <see cref="NumberWords"/>, <see cref="SynonymWords"/>), none for most words.</summary>
    public static IReadOnlyList<string> Siblings(string folded)
    {
        if (EnglishSiblings.TryGetValue(folded, out var english))
        {
            return english;
        }

        if (NumberWords.TryGetValue(folded, out var digits))
        {
            return digits;
        }

        foreach (var (stem, siblings) in SiblingWords)
        {
            // A compound on the stem with the joining s ("kostnadsreducering") names a subject of its own, not the amount.
            if (folded.StartsWith(stem, StringComparison.Ordinal) && !(folded.Length > stem.Length + 3 && folded[stem.Length] == 's'))
            {
                return siblings;
            }
        }

        return Synonyms(folded);
    }

    /// <summary>The folded text with English domain phrases replaced by their Swedish (folded) words.</summary>
    public static string Apply(string folded)
    {
        for (var i = 0; i < Rules.Length; i++)
        {
            // A rule's regex runs only when the text has one of its words: most questions have none of most rules'.
            if (Literals[i] is { } words && !words.Any(w => folded.Contains(w, StringComparison.Ordinal)))
            {
                continue;
            }

            folded = Rules[i].Pattern.Replace(folded, Rules[i].Swedish);
        }

        return folded;
    }

    /// <summary>Each rule's alternatives as plain text, or null for a rule whose pattern is more than plain alternatives.</summary>
    private static readonly string[]?[] Literals = [.. Rules.Select(r => LiteralsOf(r.Pattern.ToString()))];

    private static string[]? LiteralsOf(string pattern)
    {
        const string Start = @"\b(?:";
        const string End = @")\b";
        if (!pattern.StartsWith(Start, StringComparison.Ordinal) || !pattern.EndsWith(End, StringComparison.Ordinal))
        {
            return null;
        }

        var alternatives = pattern[Start.Length..^End.Length].Split('|');
        return alternatives.Any(a => a.Length == 0 || a.IndexOfAny(['\\', '.', '^', '$', '*', '+', '?', '(', ')', '[', ']', '{', '}', '#']) >= 0) ? null : alternatives;
    }

    private static Regex Rule(string alternatives) =>
        new(@"\b(?:" + alternatives + @")\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
