namespace Assistant.Bot.Answering.Understanding;

/// <summary>One phrase of the lexicon and what it means: a cue, an occupation group, or an occupation without a forecast.</summary>
public sealed record LexiconEntry(IReadOnlyList<string> Words, Cue? Cue = null, Occupation? Occupation = null, OtherOccupation? Other = null);

/// <summary>
/// The words of the domain in Swedish and English. Phrases are written as people write them and folded on load;
/// inflections and typos are handled by <see cref="WordMatch"/>, so only the base forms and irregular ones are listed.
/// </summary>
public static class Lexicon
{
    public static readonly IReadOnlyList<LexiconEntry> Entries = Build();

    private static List<LexiconEntry> Build()
    {
        var entries = new List<LexiconEntry>();
        void Cues(Cue cue, params string[] phrases) => entries.AddRange(phrases.Select(p => new LexiconEntry(TextFold.Tokens(p), Cue: cue)));
        void Glossed(Cue cue, params string[] phrases) =>
            entries.AddRange(phrases.Select(p => Glossary.Apply(TextFold.Fold(p))).Distinct(StringComparer.Ordinal).Select(f => new LexiconEntry(TextFold.Tokens(f), Cue: cue)));
        void Occ(Occupation occupation, params string[] phrases) => entries.AddRange(phrases.Select(p => new LexiconEntry(TextFold.Tokens(p), Occupation: occupation)));
        void Other(string swedish, string english, params string[] phrases) =>
            entries.AddRange(phrases.Select(p => new LexiconEntry(TextFold.Tokens(p), Other: new OtherOccupation(swedish, english))));

        Cues(Cue.Greeting, "hej", "hejsan", "hallå", "tjena", "tjenare", "tja", "god morgon", "god dag", "godmorgon", "hi", "hello", "hey", "good morning", "good afternoon", "hiya");
        Cues(Cue.Help, "hjälp", "help", "vad kan du", "what can you do", "vad kan jag fråga", "what can i ask", "exempel", "examples", "instruktioner", "hur funkar du", "how do you work");
        Cues(Cue.Staffing, "personalbehov", "bemanningsbehov", "personalbehovet", "staffing", "staffing need", "staff need", "staffing needs", "headcount", "number of employees", "antal anställda", "persbehov", "pers behov", "pers behovet", "personal behov",
            // "pb": the short form planners write for personalbehov ("usk pb 2024", "rekbehov i procent av pb").
            "pb");
        Cues(Cue.StaffWord, "employees", "employee", "anställda", "medarbetare", "personalstyrka", "staff", "personal", "workforce", "employed", "finns", "arbetar", "jobbar", "there be", "there are", "work");
        Cues(Cue.Recruitment, "rekryteringsbehov", "rekryteringsbehovet", "rekrytera", "rekryteras", "rekryterar", "rekryterade", "rekrytering", "rekryteringen", "rekryteringar", "nyrekrytera", "nyrekryteringar", "anställa", "anställas", "nyanställa", "nyanställningar", "nyanställda", "anställningar", "recruit", "recruits", "recruited", "recruiting", "recruitment", "hire", "hires", "hired", "hiring", "employ",
            // Abbreviations people type: "rekbehov", "rek.behov", "rekr.behov", "rekr behov".
            "rekbehov", "rek behov", "rek behovet",
            // "rek" alone: the shortest form managers type ("usk rek 2026").
            "rek", "rekrbehov", "rekr behov", "rekr behovet", "rekr", "rekryt", "rekryt behov", "rekryteringsbeh", "nyrekr",
            // "rb": the short form beside "pb" ("pb och rb för ledning 2025").
            "rb");
        Cues(Cue.NeedNoun, "behov", "behovet", "behoven");
        Cues(Cue.NeedVerb, "behöver", "behövs", "behövas", "behövde", "need", "needs", "needed", "require", "required", "requires");
        Cues(Cue.Forecast, "prognos", "prognosen", "prognoser", "forecast", "forecasts", "projection", "projected");
        Cues(Cue.Change, "ökar", "öka", "ökning", "ökningen", "ökat", "ökade", "minskar", "minska", "minskning", "minskningen", "minskat", "förändring", "förändringen", "förändras", "förändrats", "ändring", "ändringen", "ändrats", "ändrat", "skillnad", "skillnaden", "växer", "jämför", "jämfört", "jämförelse",
            // Abbreviations people type for a difference or a comparison: "diff 2021 vs 2024", "2027 jmf med 2019".
            "diff", "differens", "differensen", "jmf", "jfr",
            // "hur skiljer sig X från Y", "how does X differ from Y": a difference asked as a verb.
            "skiljer sig", "skiljer", "skilde sig", "differ", "differs", "differed",
            "ändrades", "ändras", "förändrades", "procentenheter", "procentenhet", "percentage points", "percentage point", "increase", "increases", "increased", "decrease", "decreases", "change", "changes", "changed", "grow", "grows", "growth", "difference", "rise", "rises", "drop", "drops", "compare", "compared", "go up", "go down");
        Cues(Cue.Percent, "procent", "procentuell", "procentuellt", "procentuella", "percent", "percentage", "per cent");
        Cues(Cue.Sum, "sammanlagt", "sammantaget", "summa", "summan", "tillsammans", "ackumulerat", "sum", "in total", "altogether", "combined", "cumulative", "all together", "i summa", "plus",
            // Asking to add values up: "add up the total ... for every year", "lägg ihop rekryteringsbehovet 2021–2027".
            "add up", "adding up", "added up", "summed", "summed up", "sum up", "summing", "summing up", "totalled", "totaled", "totalling", "totaling", "summera", "summerar", "summerat", "summerade", "lägg ihop", "lägger ihop", "lagt ihop", "totalsumma", "totalsumman");
        Cues(Cue.Share, "andel", "andelen", "share", "proportion", "hur stor del", "procent av", "percent of", "per cent of", "percentage of", "procentandel", "procentandelen", "procentandelar");
        Cues(Cue.Average, "genomsnitt", "genomsnittet", "genomsnittlig", "genomsnittligt", "snitt", "snittet", "medel", "medelvärde",
            // "medeltal rekryteringsbehov per år": the mean by its other Swedish name.
            "medeltal", "medeltalet", "average", "mean");
        Cues(Cue.Largest, "störst", "största", "flest", "högst", "högsta", "mest", "largest", "biggest", "most", "highest", "greatest", "toppar", "toppade", "peak", "peaks", "peaked", "peaking", "max", "maximum");
        Cues(Cue.Smallest, "minst", "minsta", "färst", "lägst", "lägsta", "smallest", "fewest", "lowest", "least", "minimum");
        Cues(Cue.Series, "serie", "serien", "tidsserie", "utveckling", "utvecklingen", "per år", "varje år", "år för år", "över tid", "alla år", "alla åren", "trend", "trenden", "series", "over time", "each year", "per year", "every year", "year by year", "all years", "over the years", "diagram", "graf", "chart");
        Cues(Cue.Activity, "aktivitet", "aktiviteten", "activity", "åtgärd", "åtgärden", "uppdraget", "task", "åtagande", "åtagandet", "commitment");
        Cues(Cue.Activities, "aktiviteter", "aktiviteterna", "activities",
            // "vilka akt har HR?": the short form people type in chat.
            "akt", "activity plan", "activity plans", "action plan", "action plans", "åtgärder", "åtgärderna", "uppdragen", "tasks", "åtaganden", "åtagandena", "commitments", "undertakings");
        Cues(Cue.Which, "vilka", "which");
        Cues(Cue.HowMany, "hur många", "how many", "antal", "antalet", "number of", "count");
        Cues(Cue.ListVerb, "lista", "visa", "list", "show", "ge mig", "give me");
        Cues(Cue.StatusWord, "status", "statusen", "läge", "läget", "hur går det", "how is", "progress", "state", "hur går arbetet", "hur har det gått", "vad hände med", "vad har hänt med", "what happened to", "what happened with", "hur ligger vi till", "hur ligger det till", "hur ligger den till", "hur långt har vi kommit", "hur långt har ni kommit", "hur långt har de kommit", "hur långt har dom kommit", "hur långt har man kommit", "hur långt har det kommit", "hur långt har den kommit", "hur långt har arbetet kommit", "how far have they come", "how far has it come", "how are we doing", "how far along", "where do we stand", "where are we with",
            // "Krisledningen – var står vi med den?", "X – vad har hänt?": where the work stands, asked after its subject.
            // "har vi kommit nånstans med X?", "have we got anywhere with X?": whether the work has moved is its status.
            "kommit nånstans", "kommit någonstans", "kommit någon vart", "kommit nån vart", "got anywhere", "gotten anywhere", "made any progress",
            "var står vi", "var står ni", "var står arbetet", "var står den", "where does it stand", "where does that stand", "where does this stand", "where do things stand", "where is it at", "vad har hänt", "vad händer med", "how is it going", "what is happening with",
            // "X, har det utretts?", "has it been done?": whether the work was carried out is its status.
            "har det utretts", "har den utretts", "har det gjorts", "har den gjorts", "har det genomförts", "har den genomförts", "har man utrett", "har ni utrett",
            "has it been done", "has it been investigated", "has it been carried out", "was it investigated", "was it done", "was it carried out");
        Cues(Cue.Owner, "vem", "vilka ansvarar", "ansvarar", "ansvarig", "ansvariga", "ansvarige", "ansvaret", "ägare", "who", "owner", "owns", "responsible", "in charge", "sköter", "sköts", "håller i", "har ansvar", "har ansvaret", "has responsibility",
            // "vem genomför ...?": who carries it out, not the status Genomfört (which "genomför" would read as, inflected).
            "vem genomför", "vem genomförde", "vilka genomför", "who carries out", "who is carrying out");
        Cues(Cue.When, "när", "deadline", "slutfört", "slutföras", "tidplan", "when", "due date", "by when", "datum");
        Cues(Cue.Comment, "kommentar", "kommentaren", "kommentarer", "comment", "comments", "notering", "anteckning", "note", "notes",
            // "What does the follow-up say about ...": a follow-up's activity table records what happened in its comment column.
            "follow up say", "follow up says", "follow up said", "follow up note", "follow up notes", "follow up comment");
        Cues(Cue.Overdue, "försenad", "försenade", "försenat", "ligger efter", "efter tidplan", "efter plan", "förfallen", "förfallna", "passerat", "missat", "sena", "overdue", "late", "behind", "behind schedule", "past due", "delayed", "missed");
        Cues(Cue.Done, "klart", "klar", "klara", "avslutad", "avslutade", "avslutat", "färdig", "färdiga", "färdigt", "genomförd", "genomförda", "genomfört", "slutförd", "slutförda", "done", "completed", "complete", "finished", "finish", "finalised", "finalized",
            // "är den på plats?", "was it delivered?": whether the work is done.
            "på plats", "in place", "levererad", "levererat", "levererats", "levererades", "delivered");
        Cues(Cue.InProgress, "pågår", "pågående", "på gång", "under arbete", "in progress", "ongoing", "under way", "underway");
        Cues(Cue.Remains, "kvarstår", "kvarstående", "kvarstod", "remains", "remain", "remaining");
        Cues(Cue.StartingUp, "uppstart", "uppstarten", "startar upp", "starting up", "starting", "start up", "startup");
        Cues(Cue.NotStarted, "ej påbörjad", "ej påbörjade", "inte påbörjad", "inte påbörjade", "ej startad", "ej startade", "inte startade", "not started", "not yet started",
            // Not got going: not started or only starting up (Uppstart), see ActivityFilter.
            "inte kommit igång", "ej kommit igång", "inte kommit i gång", "inte kommit igang", "inte igång", "inte i gång", "not got going", "not gotten going", "not yet got going", "not off the ground", "not got off the ground");
        Cues(Cue.NotDone, "inte är klara", "inte är klar", "inte är klart", "är inte klara", "är inte klar", "är inte klart", "inte är färdiga", "are not done", "is not done", "aren't done", "isn't done", "not yet done", "inte klar", "inte klara", "inte klart", "ej klar", "ej klara", "ej klart", "inte färdiga", "inte avslutade", "ej avslutade", "oavslutade", "ofärdiga", "not done", "not finished", "not completed", "unfinished", "incomplete", "öppna", "återstår", "återstående", "outstanding", "open");
        Cues(Cue.Due, "ska vara klar", "ska vara klara", "ska vara klart", "ska vara färdiga", "ska bli klara", "ska bli klar", "ska vara slutförda", "ska vara genomförda", "ska slutföras", "ska genomföras", "ska vara klara till", "klara till", "klart till", "klar till", "should be done", "should be finished", "should be completed", "due", "due in", "due by", "scheduled", "planerade",
            // "genomförande 2020": the plan's column for when an activity is carried out, a deadline and no status Klart.
            "genomförande", "genomförandet", "genomförandetid",
            // "Q2 as their completion quarter", "completion date in Q4": the deadline column, not the status Klart.
            "completion quarter", "completion date", "completion dates", "completion time", "date of completion", "slutförandedatum", "slutförandekvartal");
        Cues(Cue.Narrative, "vad säger", "säger planen", "vad står", "står det", "berätta", "beskriv", "förklara", "varför", "hur arbetar", "hur jobbar", "vad innebär", "what does", "tell me", "describe", "explain", "why", "say about", "says about", "what is said", "involve", "involved", "involves",
            // Whether something is allowed is the text's (the law, a rule, a decision), never a figure, even when a word
            // in it names one: "får man hyra in personal för myndighetsutövning?", "may we hire agency staff?".
            "får man", "får vi", "får kommunen", "får kommuner", "får kommunerna", "får nämnden", "är det tillåtet", "tillåtet att", "är det lagligt", "förenligt med",
            "is it allowed", "are we allowed", "allowed to", "permitted", "is it legal", "may we", "can we legally",
            // What speaks for or against something is the text's judgement: "vilka risker finns med att ... inhyrd personal?",
            // "what are the advantages of ...".
            "vilka risker", "vilka problem", "vilka fördelar", "vilka nackdelar", "vilka konsekvenser", "risker med", "riskerna med",
            "fördelar med", "fördelarna med", "nackdelar med", "nackdelarna med", "pros and cons");
        // Whether something may be done, asked as what is possible ("can a municipality hand over ...", "is it possible to
        // ..."): read after the glossary, as the question is ("municipality" is "kommun" then). The verb is no part of the
        // cue: it stays a word to search ("hand over" is the law's "överlämna").
        Glossed(Cue.Narrative, "what risks", "what are the risks", "risks of", "risks with", "risks in", "advantages of", "disadvantages of",
            "drawbacks of", "benefits of", "what are the advantages", "what are the disadvantages");
        Glossed(Cue.Narrative, "can a municipality", "can municipalities", "can the municipality", "could a municipality", "can a local authority",
            "is it possible to", "is it possible for", "would it be possible to", "är det möjligt att", "är det möjligt för");
        Cues(Cue.Mine, "mina", "my", "mine");
        Cues(Cue.Group, "yrkesgrupp", "yrkesgruppen", "yrkesgrupper", "yrkeskategori", "yrkeskategorin", "yrkeskategorier", "grupp", "gruppen", "grupper", "occupation", "occupations", "group", "groups", "category", "profession", "yrke", "yrken", "yrkeskat", "yrkesgr");

        Occ(Occupation.Care, "undersköterska", "undersköterskor", "usk", "uskar", "vårdare", "vårdbiträde", "vårdbiträden", "vårdpersonal", "omsorgspersonal", "omvårdnadspersonal", "assistant nurse", "assistant nurses", "nursing assistant", "care assistant", "care worker", "care workers", "care staff", "carer", "caregiver", "nurse aide");
        Occ(Occupation.Social, "socialsekreterare", "biståndsbedömare", "biståndshandläggare", "handläggare", "myndighetsutövare", "socionom", "socionomer", "social worker", "social workers", "case worker", "caseworker", "needs assessor", "social secretary", "social secretaries", "socsek", "socsekr", "soc sek", "soc sekr", "socialsek", "biståndshandl", "bist handl", "bistånd handl");
        Occ(Occupation.PersonalAssistant, "personlig assistent", "personliga assistenter", "pers ass", "pers assistent", "pers assistenter", "personliga ass", "personlig ass", "personal assistant", "personal assistants");
        Occ(Occupation.Administrator, "administratör", "administratörer", "admin", "adm", "adm personal", "administrativ personal", "administrator", "administrators", "administrative staff", "admin staff");
        Occ(Occupation.Management, "ledning", "ledningen", "chef", "chefer", "cheferna", "ledare", "managers", "manager", "management", "leaders", "leadership", "mgmt");
        Occ(Occupation.Other, "övriga", "övriga yrkeskategorier", "övriga yrkesgrupper", "other occupations", "other groups", "other staff", "others", "övr", "övr yrken", "övriga yrken", "övr yrkeskat", "övriga yrkeskat", "övr yrkesgrupper", "other professions", "other occupational groups");
        Occ(Occupation.Total, "totalt", "total", "alla", "samtliga", "all", "everyone", "overall", "alla yrkesgrupper", "all groups", "all occupations", "all staff", "hela förvaltningen", "hela nämnden", "all employees");

        Other("sjuksköterskor", "nurses", "sjuksköterska", "sjuksköterskor", "ssk", "nurse", "nurses", "registered nurse", "registered nurses");
        Other("läkare", "doctors", "läkare", "doctor", "doctors", "physician", "physicians");
        Other("arbetsterapeuter", "occupational therapists", "arbetsterapeut", "occupational therapist", "occupational therapists");
        Other("fysioterapeuter", "physiotherapists", "fysioterapeut", "sjukgymnast", "physiotherapist", "physiotherapists");
        Other("lärare", "teachers", "lärare", "förskollärare", "teacher", "teachers");
        Other("psykologer", "psychologists", "psykolog", "psychologist", "psychologists");
        Other("kuratorer", "counsellors", "kurator", "counsellor", "counselor");
        Other("dietister", "dietitians", "dietist", "dietitian");
        Other("farmaceuter", "pharmacists", "farmaceut", "apotekare", "pharmacist", "pharmacists");
        Other("barnskötare", "childcare workers", "barnskötare", "elevassistent");
        Other("kockar", "cooks", "kock", "kockar", "cook", "cooks", "chef cook");
        Other("lokalvårdare", "cleaners", "lokalvårdare", "städare", "cleaner", "cleaners");
        Other("ingenjörer", "engineers", "ingenjör", "engineer", "engineers");
        return entries;
    }
}
