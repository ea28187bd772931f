using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>Honest answers when the data does not hold what was asked: what is missing, and what exists instead.</summary>
public static class Refusals
{
    public static Answer NoForecasts(QuestionUnderstanding q) => new(
        q.Say("Det finns ingen prognos inläst ännu, så jag kan inte svara med en siffra.", "No forecast has been imported yet, so I cannot answer with a number."),
        q.Language, AnswerKind.NotFound, []);

    public static Answer NoSuchGroup(QuestionUnderstanding q, ForecastRequest request, SourceRef source)
    {
        var names = string.Join(", ", request.Missing.Select(m => q.Say(m.Swedish, m.English)));
        var groups = string.Join(", ", request.Table.Groups);
        var text = q.Say(
            $"Prognosen har ingen siffra för {names}. Den omfattar yrkesgrupperna: {groups}.",
            $"The forecast has no figure for {names}. It covers these occupation groups: {groups}.");
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.NotFound, [source])
        {
            Suggestions = [.. request.Table.Groups.Take(6)],
        };
    }

    public static Answer YearOutside(QuestionUnderstanding q, ForecastRequest request, IReadOnlyList<int> outside, SourceRef source)
    {
        var table = request.Table;
        var span = SwedishFormat.Years(table.FirstYear, table.LastYear);
        var asked = string.Join(", ", outside);
        var text = q.Say(
            $"Prognosen täcker åren {span}, så för {asked} finns ingen siffra.",
            $"The forecast covers the years {span}, so there is no figure for {asked}.");
        var group = request.Groups.FirstOrDefault() ?? table.TotalGroup ?? table.Groups[0];
        var measure = request.Measures[0];
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.NotFound, [source])
        {
            Suggestions =
            [
                q.Say($"{ForecastValues.Capital(measure.Label(q))} för {group} {table.LastYear}", $"{ForecastValues.Capital(measure.Label(q))} for {group} in {table.LastYear}"),
                q.Say($"{ForecastValues.Capital(measure.Label(q))} för {group} {span}", $"{ForecastValues.Capital(measure.Label(q))} for {group} {span}"),
            ],
        };
    }

    public static Answer WhichGroup(QuestionUnderstanding q, ForecastTable table, SourceRef source) => new(
        SourceText.WithSources(q, q.Say("Vilken yrkesgrupp menar du? Prognosen har: ", "Which occupation group do you mean? The forecast has: ") + string.Join(", ", table.Groups) + ".", [source]),
        q.Language, AnswerKind.Clarification, [source])
    {
        Suggestions = [.. table.Groups],
    };

    public static Answer WhichMeasure(QuestionUnderstanding q, ForecastRequest request, SourceRef source)
    {
        var suggestions = request.Measures
            .Select(m => q.Say($"{ForecastValues.Capital(m.Label(q))} för {request.Groups[0]} {YearText(q)}", $"{ForecastValues.Capital(m.Label(q))} for {request.Groups[0]} {YearText(q)}").Trim())
            .ToList();
        var text = q.Say(
            "Menar du personalbehov (hur många som behövs) eller rekryteringsbehov (hur många som behöver anställas)?",
            "Do you mean the staffing need (how many are needed) or the recruitment need (how many must be hired)?");
        return new Answer(SourceText.WithSources(q, text + "\n" + string.Join('\n', suggestions.Select(s => "- " + s)), [source]), q.Language, AnswerKind.Clarification, [source])
        {
            Suggestions = suggestions,
        };
    }

    public static Answer NoValues(QuestionUnderstanding q, SourceRef source) => new(
        SourceText.WithSources(q, q.Say("Tabellen har inga värden för det du frågar om.", "The table has no values for what you ask."), [source]),
        q.Language, AnswerKind.NotFound, [source]);

    public static Answer AppendMissing(QuestionUnderstanding q, Answer answer, ForecastRequest request)
    {
        var names = string.Join(", ", request.Missing.Select(m => q.Say(m.Swedish, m.English)));
        var note = q.Say($"(För {names} finns ingen prognos.)", $"(There is no forecast for {names}.)");
        return answer with { Text = note + "\n" + answer.Text };
    }

    private static string YearText(QuestionUnderstanding q) =>
        q.Years.IsRange ? SwedishFormat.Years(q.Years.From!.Value, q.Years.To!.Value) : string.Join(", ", q.Years.Years);

    /// <summary>
    /// The question names nothing to answer about ("är den klar?", "vem ansvarar?", "hur ser det ut för gruppen?"): one short
    /// question back, for an activity's status, owner or deadline which activity, else what the question is about.
    /// </summary>
    public static Answer WhichSubject(QuestionUnderstanding q)
    {
        var activity = q.HasAny(Cue.StatusWord, Cue.Owner, Cue.Comment, Cue.When, Cue.Due, Cue.Overdue, Cue.Done, Cue.InProgress, Cue.Remains,
            Cue.StartingUp, Cue.NotStarted, Cue.NotDone, Cue.Activity);
        var text = activity
            ? q.Say("Vilken aktivitet menar du? Skriv aktivitetens namn eller vad den handlar om.", "Which activity do you mean? Give its name or what it is about.")
            : q.Say(
                "Vad syftar du på? Skriv vad frågan gäller: en yrkesgrupp och ett år i prognosen, en aktivitet eller ett ämne i planerna.",
                "What do you refer to? Say what the question is about: an occupation group and a year in the forecast, an activity, or a subject in the plans.");
        List<string> suggestions = activity
            ? [q.Say("Vilka aktiviteter är försenade?", "Which activities are overdue?"), q.Say("Vilka aktiviteter pågår?", "Which activities are in progress?")]
            : [.. HelpAnswerer.Examples(q).Take(3)];
        return new Answer(text, q.Language, AnswerKind.Clarification, []) { Suggestions = suggestions };
    }

    /// <summary>
    /// "What is the budget for the BEATA implementation?": an amount of money the knowledge does not state for what was asked.
    /// The forecast counts people; an activity has a status, owner and deadline. Said, with no figure.
    /// </summary>
    public static Answer NoAmount(QuestionUnderstanding q, string amount) => new(
        q.Say(
            $"Jag hittar inget om {amount} för det du frågar om i de inlästa dokumenten. Prognosen anger antal personer (personalbehov och rekryteringsbehov) och aktiviteterna status, ansvarig och när de ska vara klara, men ingen {amount}.",
            $"I find nothing on the {amount} of what you ask about in the imported documents. The forecast gives numbers of people (staffing and recruitment needs) and the activities their status, owner and deadline, but no {amount}."),
        q.Language, AnswerKind.NotFound, []);

    /// <summary>
    /// "How many social workers did we actually hire in 2023?": an outcome the documents do not hold. The forecast has the
    /// need (how many must be recruited), which is no count of hires: said, with no figure, and the need offered as a button.
    /// </summary>
    public static Answer NoOutcome(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var table = k.ForecastTables.FirstOrDefault();
        var group = table is null ? null : ForecastResolver.Resolve(q, table).Groups.FirstOrDefault() ?? table.TotalGroup;
        var years = q.Years.IsRange ? SwedishFormat.Years(q.Years.From!.Value, q.Years.To!.Value) : string.Join(", ", q.Years.Years);
        var text = q.Say(
            "Dokumenten anger inte hur många som faktiskt anställdes: det finns inga utfall av rekryteringar. Prognosen anger behovet (personalbehov och rekryteringsbehov), alltså hur många som behöver rekryteras, inte hur många som anställdes.",
            "The documents do not say how many were actually hired: they hold no outcome of recruitment. The forecast gives the need (staffing and recruitment needs), how many must be recruited, not how many were hired.");
        var sources = table is null ? [] : new List<SourceRef> { k.Source(table.DocumentId, null, table.TableName) };
        return new Answer(sources.Count > 0 ? SourceText.WithSources(q, text, sources) : text, q.Language, AnswerKind.NotFound, sources)
        {
            Suggestions = group is null ? [] : [q.Say($"Rekryteringsbehov för {group} {years}".Trim(), $"Recruitment need for {group} {years}".Trim())],
        };
    }

    /// <summary>
    /// "How many open vacancies do we have right now?", "hur många socsek har slutat hittills i år?": a count as it stands
    /// now. The documents are plans, forecasts and follow-ups for the years they name, with no current figures: said, with no
    /// figure (the forecast's need for the year is no count of staff, leavers or vacancies).
    /// </summary>
    public static Answer NoCurrentFigure(QuestionUnderstanding q) => new(
        q.Say(
            "Dokumenten har inga aktuella siffror, alltså inget om hur det ser ut just nu eller hittills i år (till exempel antal anställda, lediga tjänster eller hur många som har slutat). De inlästa dokumenten är planer, prognoser och uppföljningar: prognosen anger behovet per yrkesgrupp och år, inte hur många som finns, har slutat eller saknas nu.",
            "The documents hold no current figures: nothing on how things stand right now or so far this year (such as headcount, open vacancies or how many have left). The imported documents are plans, forecasts and follow-ups: the forecast gives the need per occupation group and year, not how many there are, have left or are missing now."),
        q.Language, AnswerKind.NotFound, []);

    /// <summary>
    /// "rekbehov för min hemtjänstenhet 2026": the forecast gives each occupation group's need for the whole committee, not
    /// for a unit, team or work group. Said, with no figure; the committee's figure is offered as a button.
    /// </summary>
    public static Answer NoUnitFigure(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var table = k.ForecastTables.FirstOrDefault();
        var request = table is null ? null : ForecastResolver.Resolve(q, table);
        var group = table is null ? null : request!.Groups.FirstOrDefault() ?? table.TotalGroup;
        var measure = request?.Measures.FirstOrDefault();
        var committee = table?.TableName is { } name && name.LastIndexOf(": ", StringComparison.Ordinal) is var at and > 0 ? name[(at + 2)..].Trim() : null;
        var years = q.Years.IsRange ? SwedishFormat.Years(q.Years.From!.Value, q.Years.To!.Value) : string.Join(", ", q.Years.Years);
        var whole = committee is null ? q.Say("hela nämnden", "the whole committee") : q.Say($"hela nämnden ({committee})", $"the whole committee ({committee})");
        var text = q.Say(
            $"Prognosen anger personalbehov och rekryteringsbehov per yrkesgrupp för {whole}, inte per enhet, team eller arbetsgrupp. För en enskild enhet finns därför ingen siffra i dokumenten.",
            $"The forecast gives the staffing and recruitment needs per occupation group for {whole}, not per unit, team or work group. So the documents hold no figure for a single unit.");
        var sources = table is null ? [] : new List<SourceRef> { k.Source(table.DocumentId, null, table.TableName) };
        var label = measure is null ? q.Say("Rekryteringsbehov", "Recruitment need") : ForecastValues.Capital(measure.Label(q));
        return new Answer(sources.Count > 0 ? SourceText.WithSources(q, text, sources) : text, q.Language, AnswerKind.NotFound, sources)
        {
            Suggestions = group is null ? [] : [q.Say($"{label} för {group} {years}".Trim(), $"{label} for {group} {years}".Trim())],
        };
    }

    /// <summary>Two readings of the question fit about equally well: one short question back, the readings as buttons.</summary>
    public static Answer WhichReading(QuestionUnderstanding q, IReadOnlyList<string> choices) => new(
        q.Say("Frågan kan läsas på mer än ett sätt. Vilket menar du?", "The question can be read in more than one way. Which do you mean?"),
        q.Language, AnswerKind.Clarification, [])
    {
        Suggestions = choices,
    };
}
