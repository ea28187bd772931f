using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Answerers;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Queries;

/// <summary>
/// Runs a read query over the knowledge: one entry point for every target and operation the query model expresses,
/// built from the answerers' primitives (matching, tables, formatting). The executed query travels with the answer.
/// </summary>
public static class QueryExecutor
{
    /// <summary>An unrequested list is never longer than this; a requested one shows this many and offers the rest.</summary>
    public const int MaxItems = 10;

    public static Answer Execute(ReadQuestion read, KnowledgeSnapshot k)
    {
        var answer = Run(read, k);
        if (answer.Kind is not (AnswerKind.ActivityList or AnswerKind.Clarification or AnswerKind.Help) && ItemLines(answer.Text) > MaxItems)
        {
            answer = TooLong(read.Understanding, answer);
        }

        return answer with { Query = read.Query };
    }

    private static Answer Run(ReadQuestion read, KnowledgeSnapshot k)
    {
        var q = read.Understanding;
        var query = read.Query;
        switch (query.Target)
        {
            case QueryTarget.Help:
                return HelpAnswerer.Answer(q);
            case QueryTarget.OffTopic:
                return HelpAnswerer.OffTopic(q);
            case QueryTarget.NoKnowledge:
                return new Answer(q.Say("Inga dokument är inlästa ännu, så jag har inget att svara utifrån.", "No documents have been imported yet, so I have nothing to answer from."),
                    q.Language, AnswerKind.NotFound, []);
            case QueryTarget.Knowledge:
                return KnowledgeAnswerer.Answer(q, k);
            case QueryTarget.MyActivities:
                return ActivityListAnswerer.Mine(q, k);
            case QueryTarget.ForecastAndActivities:
                return LinkAnswerer.Answer(q, k, query.Topic, withFigure: read.WithFigure);
            case QueryTarget.ForecastGroups:
                return ForecastGroups(q, k);
            case QueryTarget.Passage when read.Passage is not null:
                return PassageAnswerer.Answer(q, k, read.Passage);
            case QueryTarget.ActivityList:
                return List(read, k);
            case QueryTarget.KeyFigure when read.Figures is not null:
                return Bare(q) || KeyFigureAnswerer.NamesOnly(q, read.Figures) ? WhichFigure(q, k, read.Figures) : KeyFigureAnswerer.Answer(q, k, read.Figures);
            case QueryTarget.Forecast when WhichYear(q, k) is { } clarification:
                return clarification;
            case QueryTarget.Forecast when QueryWords.NeedWithoutWhich(q, k):
                return WhichNeed(q, k);
            case QueryTarget.Forecast:
                return query.Operation is QueryOperation.Max or QueryOperation.Min && YearOfExtreme(q, k) is { } extreme ? extreme
                    : (query.Operation is QueryOperation.Compare || GroupDifference(q, k)) && q.Years.Years.Count == 1 && !q.Years.IsRange ? Compare(q, k)
                    : ForecastAnswerer.Answer(q, k);
            case QueryTarget.Activity when read.ActivityHits.Count > 0:
                return LinkAnswerer.WithForecast(q, k, ActivityAnswerer.Answer(q, k, read.ActivityHits));
            case QueryTarget.MissingActivity:
                return ActivityListAnswerer.NoneAbout(q, k, query.Topic);
            case QueryTarget.Choose:
                return Refusals.WhichReading(q, query.Choices);
            case QueryTarget.WhichSubject:
                return Refusals.WhichSubject(q);
            case QueryTarget.NoAmount:
                return Refusals.NoAmount(q, query.Topic.FirstOrDefault() ?? q.Say("belopp", "amount"));
            case QueryTarget.NoOutcome:
                return Refusals.NoOutcome(q, k);
            case QueryTarget.NoUnitFigure:
                return Refusals.NoUnitFigure(q, k);
            case QueryTarget.NoCurrentFigure:
                return Refusals.NoCurrentFigure(q);
            default:
                return PassageAnswerer.NotFound(q, k);
        }
    }

    private static int ItemLines(string text) => text.Split('\n').Count(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));

    /// <summary>
    /// An answer that was not asked as a list but would show more than ten lines (every series of a table, every row of
    /// a key-figure table): ask which part is meant instead, offering the answer's own section headings.
    /// </summary>
    private static Answer TooLong(QuestionUnderstanding q, Answer answer)
    {
        var headings = answer.Text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("**", StringComparison.Ordinal) && l.EndsWith("**", StringComparison.Ordinal) || l.StartsWith("**", StringComparison.Ordinal) && l.EndsWith(":**", StringComparison.Ordinal))
            .Select(l => l.Trim('*').TrimEnd(':').Trim())
            .Where(l => l.Length > 0)
            .Distinct()
            .Take(3)
            .ToList();
        var text = q.Say("Det finns flera uppgifter som passar. Vilken menar du?", "Several figures match. Which one do you mean?");
        return new Answer(SourceText.WithSources(q, text, answer.Sources), q.Language, AnswerKind.Clarification, answer.Sources)
        {
            Suggestions = headings,
        };
    }

    private static Answer List(ReadQuestion read, KnowledgeSnapshot k)
    {
        var q = read.Understanding;
        var query = read.Query;
        if (ActivityAnswerer.AskedInstead(q, k, query) is { Count: > 0 } one)
        {
            return LinkAnswerer.WithForecast(q, k, ActivityAnswerer.Answer(q, k, one));
        }

        var filter = ActivityFilter.From(q, read.OwnerEntries);

        // "aktiviteterna i verksamhetsplanen 2024": the year names the plan, not the deadline.
        if (query.Documents.Count > 0 && filter.Year is int year && query.Documents.All(d => k.Documents.GetValueOrDefault(d)?.Year == year))
        {
            filter = filter with { Year = null };
        }

        // "i planen 2021", "the 2021 competence supply plan": a plan word and the year of the one plan with activities
        // from that year name that plan, not a deadline (unless a deadline is asked: "ska vara klara 2024").
        var documents = query.Documents.Where(d => k.Activities.Any(a => a.DocumentId == d)).ToList();
        if (filter.Year is int planYear && !q.HasAny(Cue.Due, Cue.When, Cue.Done) && q.Tokens.Any(t => t.Contains("plan", StringComparison.Ordinal) || t.StartsWith("uppfoljning", StringComparison.Ordinal) || t == "follow")
            && k.Documents.Values.Where(d => d.Year == planYear && k.Activities.Any(a => a.DocumentId == d.Id)).Select(d => d.Id).ToList() is { Count: 1 } ofYear
            && (documents.Count == 0 || documents.SequenceEqual(ofYear)))
        {
            documents = ofYear;
            filter = filter with { Year = null };
        }

        IEnumerable<PlanActivity> pool = k.Activities;
        if (documents.Count > 0)
        {
            pool = pool.Where(a => documents.Contains(a.DocumentId));
        }

        // "What strategic areas are in the activity plan?": the plan's headings, not its activities.
        if (QueryWords.AsksPlanAreas(q) && ActivityListAnswerer.Areas(q, k, [.. pool]) is { } areas)
        {
            return areas;
        }

        // "under målet att ...", "under Ekonomi": the activities under that heading of the plan; an owner named only by the
        // heading's words ("Ekonomi" ~ "Avd- c ekonomi") is not asked for.
        var heading = ActivityListAnswerer.UnderHeading(q, k, within: filter.Owners.Count > 0 && filter.Statuses.Count > 0);
        if (heading is var (label, under, headingWords) && under.Any(a => pool.Contains(a)))
        {
            pool = pool.Where(under.Contains).ToList();
            filter = filter with { Owners = [.. filter.Owners.Where(o => !o.Tokens.Any(t => headingWords.Contains(t)))] };
            query = query with { Topic = [] };
            var headingShape = new ActivityListAnswerer.ListShape(query.ShowAll ? int.MaxValue : MaxItems, query.Operation == QueryOperation.GroupByPlan, query.NoOwner, q.Say($" under {label}", $" under {label}"), query.Operation == QueryOperation.GroupByStatus);
            return ActivityListAnswerer.Answer(q, k, filter, [.. pool], headingShape);
        }

        if (query.NoOwner)
        {
            pool = pool.Where(a => a.Owners.Count == 0 || a.Owners.All(string.IsNullOrWhiteSpace));
        }

        // "i förvaltningens aktivitetsplan", "in the administration's activity plan": words that name a part of a plan, not a topic.
        // The words of the plan the list is restricted to ("the 2021 competence supply plan") name it, not a topic.
        var titleWords = documents.SelectMany(d => TextFold.Tokens(k.Documents[d].Title)).Where(w => w.Length >= 8).ToList();
        query = query with
        {
            Topic = [.. query.Topic.Where(t => !ActivityListAnswerer.PlanPartWords.Contains(t) && !t.StartsWith("aktivitetsplan", StringComparison.Ordinal)
                && !t.StartsWith("aktivitetstabell", StringComparison.Ordinal) && !titleWords.Any(w => t.Length >= 8 && w.StartsWith(t, StringComparison.Ordinal)))],
        };

        // An owner named with a plan that has none of that owner's activities: the owner's activities, wherever they are.
        if (documents.Count > 0 && filter.Owners.Count > 0 && !pool.Any(a => filter.Accepts(a, q.Today)) && k.Activities.Any(a => filter.Accepts(a, q.Today)))
        {
            pool = k.Activities;
        }

        // "hur många aktiviteter finns i 'Aktivitetsplan verksamhet'?": a table named in quotes is the pool, its words no topic.
        var topicNote = string.Empty;
        if (ActivityListAnswerer.QuotedTable(q) is { } quotedTable)
        {
            if (ActivityListAnswerer.InTable(pool, quotedTable) is not { Count: > 0 } inTable)
            {
                return ActivityListAnswerer.NoTable(q, k, [.. pool], quotedTable);
            }

            pool = inTable;
            topicNote = q.Say($" i tabellen ”{inTable[0].TableName}”", $" in the table “{inTable[0].TableName}”");
            query = query with { Topic = [] };
        }
        else if (ActivityListAnswerer.NamedTable(q, k) is { } namedTable && ActivityListAnswerer.InTable(pool, namedTable.Name) is { Count: > 0 } inNamed)
        {
            // "vilka aktiviteter har HR i Aktivitetsplan förvaltningen?": a table named without quotes is the pool too; the
            // topic (its words are none) still narrows it.
            pool = inNamed;
            topicNote = q.Say($" i tabellen ”{namedTable.Name}”", $" in the table “{namedTable.Name}”");
        }

        if (query.Topic.Count > 0)
        {
            // The status cell counts too ("Fortsätter från 2015" for "continued from 2015").
            // The activities that concern the most of the topic's words (their text, owners and status cell): "carried out
            // within the Vård och omsorgscollage" is the two activities done in that college, not every one about "vård".
            // Alternatives ("language training / language skills", "rekrytering eller introduktion") are each such a
            // topic: the activities that concern the most of either's words.
            var candidates = pool.ToList();
            var alternatives = QueryWords.TopicAlternatives(q, k, read.OwnerEntries)
                .Select(words => words.Where(query.Topic.Contains).ToList()).Where(words => words.Count > 0).ToList();
            var chosen = new HashSet<PlanActivity>();
            bool Concerns(PlanActivity a, string t) => QueryWords.Concerns(k.ActivityWords[a.Id], t)
                || QueryWords.Concerns(TextFold.Tokens(a.StatusRaw ?? string.Empty), t) || QueryWords.Concerns(TextFold.Tokens(string.Join(' ', a.Owners) + " " + a.Perspective), t);
            foreach (var words in alternatives.Count >= 2 ? alternatives : [[.. query.Topic]])
            {
                var scored = candidates.Select(a => (Activity: a, Matched: words.Count(t => Concerns(a, t)))).ToList();
                var most = scored.Count == 0 ? 0 : scored.Max(x => x.Matched);
                chosen.UnionWith(most == 0 ? [] : scored.Where(x => x.Matched == most).Select(x => x.Activity));
            }

            var about = candidates.Where(chosen.Contains).ToList();
            if (about.Count > 0)
            {
                pool = about;
                // The heading names what the list is about: the topic words the activities listed have, as the asker wrote
                // them ("om sjukfrånvaro"), not every word the question left over ("tackling, high").
                var matched = query.Topic.Where(t => about.Any(a => Concerns(a, t))).ToList();
                // A word the question has only in another language ("sick leave" read as "sjukfranvaro") is written as the plan
                // spells it.
                var written = TextFold.WrittenForms(q.Text);
                var planWritten = TextFold.WrittenForms(string.Join(' ', about.Select(a => a.Title + " " + a.Description)));
                topicNote = q.Say(" om ", " about ") + string.Join(", ", (matched.Count > 0 ? matched : query.Topic)
                    .Select(t => written.GetValueOrDefault(t) ?? planWritten.GetValueOrDefault(t)?.ToLowerInvariant() ?? t));
            }
            else if (filter.IsEmpty && !query.NoOwner && documents.Count == 0)
            {
                var hits = ActivityAnswerer.Find(q, k);
                if (hits.Count == 0)
                {
                    return ActivityListAnswerer.NoneAbout(q, k, query.Topic);
                }

                pool = hits.Select(h => k.ActivitiesById[h.Key]);
            }
        }

        // "What does the comment say about the tighter follow-up of contracts and supervision?": the topic is one
        // activity, and its comment, status, owner or deadline is asked, not a list of one.
        if (topicNote.Length > 0 && !q.HasAny(Cue.Activities, Cue.HowMany, Cue.Which, Cue.ListVerb) && q.HasAny(Cue.Comment, Cue.StatusWord, Cue.Owner, Cue.When)
            && pool.Where(a => filter.Accepts(a, q.Today)).Take(2).ToList() is [var single])
        {
            return LinkAnswerer.WithForecast(q, k, ActivityAnswerer.Answer(q, k, [new SearchHit(single.Id, 1, 1, new HashSet<string>(query.Topic, StringComparer.Ordinal))]));
        }

        var limit = query.ShowAll ? int.MaxValue : MaxItems;
        var shape = new ActivityListAnswerer.ListShape(limit, query.Operation == QueryOperation.GroupByPlan, query.NoOwner, topicNote, query.Operation == QueryOperation.GroupByStatus, topicNote.Length > 0 ? query.Topic : null);

        // "Hur många har X, och hur många av dem pågår?": the count without the status first, then the list with it.
        // "Hur många är klara och hur många pågår?": a count for each status named, not a total with a list.
        if (QueryWords.TwoCounts(q) && filter.Statuses.Count >= 2 && !q.Has(Cue.NotDone))
        {
            return ActivityListAnswerer.Answer(q, k, filter, [.. pool], shape with { PerStatus = true });
        }

        if (QueryWords.TwoCounts(q) && filter.Statuses.Count > 0)
        {
            var all = filter with { Statuses = [] };
            var total = pool.Count(a => all.Accepts(a, q.Today));
            var answer = ActivityListAnswerer.Answer(q, k, filter, [.. pool], shape);
            var about = all.IsEmpty ? string.Empty : $" ({all.Describe(q)})";
            var lead = q.Say($"Totalt **{total}** aktiviteter{about}. Av dem:", $"In all **{total}** activities{about}. Of these:");
            return answer with { Text = lead + "\n" + answer.Text };
        }

        return ActivityListAnswerer.Answer(q, k, filter, [.. pool], shape);
    }


    /// <summary>"Vilka yrkesgrupper omfattar prognosen?": the groups and measures of the forecast table.</summary>
    private static Answer ForecastGroups(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var table = k.ForecastTables[0];
        var source = k.Source(table.DocumentId, null, table.TableName);
        var groups = table.OccupationGroups.ToList();
        var measures = string.Join(q.Say(" och ", " and "), table.Measures.Select(m => m.Label(q)));
        var text = q.Say(
                $"Prognosen ({measures}, {SwedishFormat.Years(table.FirstYear, table.LastYear)}) omfattar {groups.Count} yrkesgrupper" + (table.TotalGroup is null ? ":" : $" och en rad {table.TotalGroup}:"),
                $"The forecast ({measures}, {SwedishFormat.Years(table.FirstYear, table.LastYear)}) covers {groups.Count} occupation groups" + (table.TotalGroup is null ? ":" : $" and a row {table.TotalGroup}:"))
            + "\n" + string.Join('\n', groups.Select(g => "- " + ForecastAnswerer.GroupLabel(q, g)));
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.Figure, [source]);
    }

    /// <summary>One or two words and nothing else ("sick leave", "personalbehov?"): too little to pick one figure.</summary>
    /// <summary>
    /// Two words at most ("personalbehov?", "sick leave"), or two beside the question's own words that cues read
    /// ("What's the recruitment need?"), with no year, group or computation.
    /// </summary>
    private static bool Bare(QuestionUnderstanding q) =>
        (q.Tokens.Count <= 2 || MeasureOnly(q)) && q.Years.IsEmpty && q.Occupations.Count == 0 && !q.HasAny(Cue.Series, Cue.Largest, Cue.Smallest, Cue.Average, Cue.Sum, Cue.Change);

    /// <summary>"What's the recruitment need?", "vad är personalbehovet?": beside question words only a measure, read by its cues.</summary>
    private static bool MeasureOnly(QuestionUnderstanding q)
    {
        var read = q.Hits.Where(h => h.Entry.Cue is Cue.Staffing or Cue.Recruitment or Cue.NeedNoun or Cue.NeedVerb)
            .SelectMany(h => Enumerable.Range(h.Start, h.Length)).ToHashSet();
        var rest = q.Tokens.Where((t, i) => !read.Contains(i) && t.Length >= 2 && !QueryTerms.Stop.Contains(t)).ToList();
        return read.Count > 0 && rest.All(t => t is "whats" or "s");
    }

    /// <summary>
    /// A forecast count with no year ("Hur många socialsekreterare behöver vi?") or a bare measure ("personalbehov?"):
    /// which year (and group) is meant, with two or three concrete choices.
    /// </summary>
    private static Answer? WhichYear(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var table = k.ForecastTables.FirstOrDefault();
        if (table is not null && q.Years.IsEmpty && q.Has(Cue.Share) && !q.HasAny(Cue.Series, Cue.Sum, Cue.Average, Cue.Largest, Cue.Smallest, Cue.Change))
        {
            return WhichYearOfShare(q, k, table);
        }

        if (table is null || !q.Years.IsEmpty || q.HasAny(Cue.Series, Cue.Sum, Cue.Average, Cue.Largest, Cue.Smallest, Cue.Change, Cue.Share))
        {
            return null;
        }

        var request = ForecastResolver.Resolve(q, table);
        var bare = Bare(q) && request.Groups.Count == 0;
        if (!bare && !(q.Has(Cue.HowMany) && request.Groups.Count == 1 && !q.Occupations.Any(o => o.IsTotal)))
        {
            return null;
        }

        var group = request.Groups.FirstOrDefault() ?? table.TotalGroup ?? table.Groups[0];
        var measure = request.MeasureAmbiguous ? null : request.Measures[0];
        var label = ForecastValues.Capital(measure?.Label(q) ?? table.Measures[0].Label(q));
        var thisYear = Math.Clamp(q.Today.Year, table.FirstYear, table.LastYear);
        var span = SwedishFormat.Years(table.FirstYear, table.LastYear);
        List<string> choices = measure is null && table.Measures.Count > 1
            ?
            [
                .. table.Measures.Take(2).Select(m => q.Say($"{ForecastValues.Capital(m.Label(q))} för {group} {thisYear}", $"{ForecastValues.Capital(m.Label(q))} for {group} in {thisYear}")),
                q.Say($"{label} för {group} {span}", $"{label} for {group} {span}"),
            ]
            :
            [
                q.Say($"{label} för {group} {thisYear}", $"{label} for {group} in {thisYear}"),
                q.Say($"{label} för {group} {table.LastYear}", $"{label} for {group} in {table.LastYear}"),
                q.Say($"{label} för {group} {span}", $"{label} for {group} {span}"),
            ];
        var text = bare
            ? q.Say($"Vilken yrkesgrupp och vilket år menar du? Prognosen gäller {span}.", $"Which occupation group and year do you mean? The forecast covers {span}.")
            : q.Say($"Vilket år menar du? Prognosen gäller {span}.", $"Which year do you mean? The forecast covers {span}.");
        var source = k.Source(table.DocumentId, null, table.TableName);
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.Clarification, [source]) { Suggestions = choices };
    }

    /// <summary>
    /// "hur stort är behovet 2025?": which need (staffing or recruitment) and which group, with a button for each need of
    /// the whole administration that year; no figure is stated.
    /// </summary>
    private static Answer WhichNeed(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var table = k.ForecastTables[0];
        var span = SwedishFormat.Years(table.FirstYear, table.LastYear);
        var year = q.Years.Years[0];
        var group = table.TotalGroup ?? table.Groups[0];
        List<string> choices =
        [
            .. table.Measures.Take(2).Select(m => q.Say($"{ForecastValues.Capital(m.Label(q))} för {group} {year}", $"{ForecastValues.Capital(m.Label(q))} for {group} in {year}")),
            q.Say($"{ForecastValues.Capital(table.Measures[0].Label(q))} per yrkesgrupp {year}", $"{ForecastValues.Capital(table.Measures[0].Label(q))} per occupation group in {year}"),
        ];
        var text = q.Say(
            $"Menar du personalbehov (hur många som behövs) eller rekryteringsbehov (hur många som behöver anställas), och för vilken yrkesgrupp eller totalt? Prognosen gäller {span}.",
            $"Do you mean the staffing need (how many are needed) or the recruitment need (how many must be hired), and for which occupation group or in total? The forecast covers {span}.");
        var source = k.Source(table.DocumentId, null, table.TableName);
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.Clarification, [source]) { Suggestions = choices };
    }

    /// <summary>
    /// "Hur stor andel av personalbehovet utgör undersköterskor?" with no year: a share is of one year or of a span, so
    /// ask which, offering this year, the last year and the whole forecast.
    /// </summary>
    private static Answer? WhichYearOfShare(QuestionUnderstanding q, KnowledgeSnapshot k, ForecastTable table)
    {
        var request = ForecastResolver.Resolve(q, table);
        var group = request.Groups.FirstOrDefault(g => g != table.TotalGroup);
        if (group is null)
        {
            return null;
        }

        var label = (request.MeasureAmbiguous ? table.Measures[0] : request.Measures[0]).Label(q);
        var thisYear = Math.Clamp(q.Today.Year, table.FirstYear, table.LastYear);
        var span = SwedishFormat.Years(table.FirstYear, table.LastYear);
        List<string> choices =
        [
            .. new[] { thisYear.ToString(System.Globalization.CultureInfo.InvariantCulture), table.LastYear.ToString(System.Globalization.CultureInfo.InvariantCulture), span }.Distinct()
                .Select(when => q.Say($"Andel {group} av {label} {when}", $"Share of {group} in the {label} {when}")),
        ];
        var text = q.Say($"Vilket år menar du? Prognosen gäller {span}.", $"Which year do you mean? The forecast covers {span}.");
        var source = k.Source(table.DocumentId, null, table.TableName);
        return new Answer(SourceText.WithSources(q, text, [source]), q.Language, AnswerKind.Clarification, [source]) { Suggestions = choices };
    }

    /// <summary>A key figure named alone ("sjukfrånvaro"): which year or the whole series.</summary>
    private static Answer WhichFigure(QuestionUnderstanding q, KnowledgeSnapshot k, KeyFigureMatch figures)
    {
        var row = figures.Cells.Select(c => c.Row).FirstOrDefault() ?? q.Text.Trim();
        var years = figures.Cells.Where(c => c.Year is not null).Select(c => c.Year!.Value).Distinct().Order().ToList();
        var choices = new List<string>();
        if (years.Count > 0)
        {
            choices.Add(q.Say($"{row} {years[^1]}", $"{row} in {years[^1]}"));
            choices.Add(q.Say($"{row} per år", $"{row} per year"));
        }

        var text = years.Count > 0
            ? q.Say($"Vilket år menar du? Nyckeltalet finns för {SwedishFormat.Years(years[0], years[^1])}.", $"Which year do you mean? The key figure is given for {SwedishFormat.Years(years[0], years[^1])}.")
            : q.Say("Vilket nyckeltal och vilket år menar du?", "Which key figure and which year do you mean?");
        var sources = figures.Cells.Select(c => c.DocumentId).Distinct().Select(id => k.Source(id)).ToList();
        return new Answer(SourceText.WithSources(q, text, sources), q.Language, AnswerKind.Clarification, sources) { Suggestions = choices };
    }

    /// <summary>"Jämför personalbehovet för X och Y 2027": each group's value that year and the difference between them.</summary>
    private static Answer Compare(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var values = q with { Cues = q.Cues.Where(c => c != Cue.Change && c != Cue.Percent).ToHashSet() };
        var answer = ForecastAnswerer.Answer(values, k);
        var table = k.ForecastTables.FirstOrDefault();
        if (answer.Kind != AnswerKind.Figure || table is null)
        {
            return answer;
        }

        var request = ForecastResolver.Resolve(q, table);
        table = request.Table;
        var year = q.Years.Years[0];
        var notes = new List<string>();
        if (request.Groups.Count <= 1 && request.Measures.Count == 2 && !request.MeasureAmbiguous)
        {
            var group = request.Groups.FirstOrDefault() ?? table.TotalGroup;
            var measured = group is null ? [] : request.Measures.Select(m => (Measure: m, Value: table.Value(m, group, year))).Where(p => p.Value is not null).ToList();
            if (measured.Count == 2)
            {
                var (high, low) = measured[0].Value >= measured[1].Value ? (measured[0], measured[1]) : (measured[1], measured[0]);
                notes.Add(q.Say(
                    $"För {group} {year} är {high.Measure.Label(q)} **{SwedishFormat.Number(high.Value!.Value - low.Value!.Value)}** större än {low.Measure.Label(q)}.",
                    $"For {ForecastAnswerer.GroupLabel(q, group!)} in {year} the {high.Measure.Label(q)} is **{SwedishFormat.Number(high.Value!.Value - low.Value!.Value)}** larger than the {low.Measure.Label(q)}."));
            }
        }

        foreach (var measure in request.Measures)
        {
            var pairs = request.Groups.Select(g => (Group: g, Value: table.Value(measure, g, year))).Where(p => p.Value is not null).ToList();
            if (pairs.Count != 2)
            {
                continue;
            }

            var (high, low) = pairs[0].Value >= pairs[1].Value ? (pairs[0], pairs[1]) : (pairs[1], pairs[0]);
            notes.Add(q.Say(
                $"{ForecastValues.Capital(measure.Label(q))} {year}: {high.Group} har **{SwedishFormat.Number(high.Value!.Value - low.Value!.Value)}** fler än {low.Group}.",
                $"{ForecastValues.Capital(measure.Label(q))} {year}: {ForecastAnswerer.GroupLabel(q, high.Group)} has **{SwedishFormat.Number(high.Value!.Value - low.Value!.Value)}** more than {ForecastAnswerer.GroupLabel(q, low.Group)}."));
        }

        return notes.Count == 0 ? answer : answer with { Text = AnswerTextSource.WithoutSource(answer.Text) + "\n" + string.Join('\n', notes) + "\n\n" + SourceText.Line(q, answer.Sources) };
    }

    private static readonly HashSet<string> DifferenceWords = new(StringComparer.Ordinal)
    {
        "skillnad", "skillnaden", "skillnader", "skiljer", "skilde", "skiljs", "difference", "differ", "differs", "diff", "differens", "differensen", "jmf", "jfr", "jamfor", "jamfort", "jamforelse", "compare", "compared", "comparison", "versus", "vs", "mot",
    };

    /// <summary>
    /// Two groups in one year and a difference asked ("Hur många fler X än Y behövs 2025?", "skillnaden mellan X och Y 2023"):
    /// the groups' difference that year, never one group's change over the years.
    /// </summary>
    private static bool GroupDifference(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        if (k.ForecastTables.Count == 0 || q.Years.Years.Count != 1 || q.Years.IsRange || q.HasAny(Cue.Sum, Cue.Share, Cue.Average))
        {
            return false;
        }

        var t = q.Tokens;
        var asked = t.Any(DifferenceWords.Contains) || t.Any(QuestionReader.MoreWords.Contains) && t.Any(x => x is "an" or "than");
        if (!asked)
        {
            return false;
        }

        // Two groups, or one group with both measures named ("personalbehov jämfört med rekryteringsbehov för usk 2024").
        var request = ForecastResolver.Resolve(q, k.ForecastTables[0]);
        return request.Groups.Count(g => g != k.ForecastTables[0].TotalGroup) == 2
            || request.Groups.Count <= 1 && request.Measures.Count == 2 && !request.MeasureAmbiguous;
    }

    /// <summary>"Vilket år är rekryteringsbehovet störst för undersköterskor?": the year of the largest (smallest) value.</summary>
    private static Answer? YearOfExtreme(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        // "Hur stort är ..." asks for a size, not the largest: a superlative must be written, and a sum asked is a sum.
        if (!q.Tokens.Any(t => t is "ar" or "aret" or "year" or "when" or "nar") || k.ForecastTables.Count == 0 || q.Years.Years.Count > 0 && !q.Years.IsRange
            || !q.Tokens.Any(QueryWords.Superlatives.Contains) || q.Has(Cue.Sum)
            // "vilken yrkeskategori har störst ökning ... och hur stor är ökningen": the groups' changes ranked ("är" folds to
            // "ar", no year asked for).
            || q.Has(Cue.Change) && q.Has(Cue.Group))
        {
            return null;
        }

        var request = ForecastResolver.Resolve(q, k.ForecastTables[0]);
        var table = request.Table;
        var groups = request.Groups.Count > 0 ? request.Groups : table.TotalGroup is { } total ? [total] : [];
        if (groups.Count != 1)
        {
            return null;
        }

        var largest = q.Has(Cue.Largest);
        var years = q.Years.IsRange ? q.Years.All.Where(table.Years.Contains).ToList() : table.Years.ToList();
        var source = k.Source(table.DocumentId, null, table.TableName);
        var lines = new List<string>();
        foreach (var measure in request.Measures)
        {
            var values = years.Select(y => (Year: y, Value: table.Value(measure, groups[0], y))).Where(v => v.Value is not null).ToList();
            if (values.Count == 0)
            {
                continue;
            }

            var best = largest ? values.Max(v => v.Value!.Value) : values.Min(v => v.Value!.Value);
            var at = values.Where(v => v.Value == best).Select(v => v.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            lines.Add(q.Say(
                $"{ForecastValues.Capital(measure.Label(q))} för {groups[0]} är {(largest ? "störst" : "minst")} {string.Join(" och ", at)}: **{SwedishFormat.Number(best)}** (prognosen {SwedishFormat.Years(years[0], years[^1])}).",
                $"The {measure.Label(q)} for {ForecastAnswerer.GroupLabel(q, groups[0])} is {(largest ? "largest" : "smallest")} in {string.Join(" and ", at)}: **{SwedishFormat.Number(best)}** (forecast {SwedishFormat.Years(years[0], years[^1])})."));
        }

        // "Vilket år är behovet av usk störst?": "behovet" is either measure, and each peaks in its own year: both, labelled.
        var lead = request.MeasureAmbiguous && lines.Count > 1
            ? q.Say("Frågan kan gälla både personalbehov och rekryteringsbehov. Båda:", "The question can mean the staffing need or the recruitment need. Both:") + "\n"
            : string.Empty;
        return lines.Count == 0 ? null : new Answer(SourceText.WithSources(q, lead + string.Join('\n', lines.Select(l => lines.Count > 1 ? "- " + l : l)), [source]), q.Language, AnswerKind.Figure, [source]);
    }
}
