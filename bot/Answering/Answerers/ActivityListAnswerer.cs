using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>Lists and counts of activities by status, owner, quarter, year and overdue.</summary>
public static partial class ActivityListAnswerer
{
    private const int MaxLines = 25;

    /// <summary>How a list is shown: at most <paramref name="MaxLines"/> lines, or only the count per plan.</summary>
    /// <param name="NoOwner">The list is of activities without an owner (said in the heading).</param>
    /// <param name="About">" om språk": the topic the list was narrowed to, for the heading.</param>
    /// <param name="Topic">Topic words the list was narrowed to: a line whose title lacks them quotes the words around them.</param>
    public sealed record ListShape(int MaxLines, bool PerPlan = false, bool NoOwner = false, string About = "", bool PerStatus = false, IReadOnlyList<string>? Topic = null);

    /// <summary>" (… Breddinföra en gemensam introduktion …)": where the topic stands in the description, not the title.</summary>
    private static string Context(PlanActivity activity, IReadOnlyList<string>? topic)
    {
        if (topic is not { Count: > 0 } || topic.Any(t => Queries.QueryWords.Concerns(TextFold.Tokens(activity.Title), t)))
        {
            return string.Empty;
        }

        var words = ((activity.Description ?? string.Empty) + " " + activity.Comment).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var folded = TextFold.Tokens(words[i]);
            if (folded.Count > 0 && topic.Any(t => Queries.QueryWords.Concerns(folded, t)))
            {
                var from = Math.Max(0, i - 4);
                return $" (… {string.Join(' ', words[from..Math.Min(words.Length, i + 5)])} …)";
            }
        }

        return string.Empty;
    }

    /// <summary>Words that name a heading as such ("under målet att ...", "under perspektivet Ekonomi"), not what it is.</summary>
    private static readonly HashSet<string> HeadingWords = new(StringComparer.Ordinal)
    {
        "mal", "malet", "malen", "malsattning", "perspektiv", "perspektivet", "omrade", "omradet", "rubrik", "rubriken", "avsnitt",
        "avsnittet", "del", "delen", "goal", "goals", "perspective", "area", "heading", "section", "part", "strategiska", "strategiskt",
        "fall", "falls", "come", "comes", "listed", "ligger", "finns", "star", "the", "att", "for", "och", "and", "of", "to", "i", "in",
        "kommunovergripande", "overgripande",
    };

    /// <summary>
    /// Words that name a part of a plan ("förvaltningens aktivitetsplan", "the administration's activity plan") or ask for
    /// its owner ("ansvar"): the frame of a list question, never what its activities are about.
    /// </summary>
    public static readonly HashSet<string> PlanPartWords = new(StringComparer.Ordinal)
    {
        "forvaltningens", "forvaltningen", "verksamhetens", "verksamheten", "verksamhet", "administration", "administrations", "activity",
        "ansvar", "ansvarar", "responsible", "responsibility",
    };

    /// <summary>
    /// "how many activities are in the 'Aktivitetsplan verksamhet' of the comp plan?": a table of a plan named in quotes. The
    /// activities are kept per plan, not per table of it, so such a count is the plan's, which the answer must say. The
    /// name as written, or null when the question quotes no table.
    /// </summary>
    public static string? QuotedTable(QuestionUnderstanding q)
    {
        foreach (System.Text.RegularExpressions.Match m in Quoted().Matches(q.Text))
        {
            var name = m.Groups["name"].Value.Trim();
            if (TextFold.Tokens(name).Any(t => t.StartsWith("aktivitetsplan", StringComparison.Ordinal) || t.StartsWith("aktivitetstabell", StringComparison.Ordinal)
                || t is "tabell" or "tabellen" or "table"))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// The activities of <paramref name="pool"/> read from the table named <paramref name="name"/> (its caption or
    /// heading, compared folded): those whose table is named exactly that, else those whose table name begins with it
    /// ("Aktivitetsplan verksamhet" for "Aktivitetsplan verksamhet 2021"); empty when no table is named so.
    /// </summary>
    public static List<PlanActivity> InTable(IEnumerable<PlanActivity> pool, string name)
    {
        var wanted = string.Join(' ', TextFold.Tokens(name));
        var withTable = pool.Where(a => a.TableName is not null).Select(a => (Activity: a, Table: string.Join(' ', TextFold.Tokens(a.TableName!)))).ToList();
        var exact = withTable.Where(x => x.Table == wanted).Select(x => x.Activity).ToList();
        return exact.Count > 0 || wanted.Length == 0
            ? exact
            : [.. withTable.Where(x => x.Table.StartsWith(wanted + " ", StringComparison.Ordinal)).Select(x => x.Activity)];
    }

    /// <summary>The activity tables' names (as written) and their folded words, per snapshot: only names of two to four words.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeSnapshot, List<(string Name, List<string> Words)>> TableNames = [];

    /// <summary>
    /// "vem ansvarar för Minska sjukfrånvaron i Aktivitetsplan förvaltningen?", "vilka akt har HR i aktivitetsplanen för
    /// verksamheten?", "förvaltningens aktivitetsplan": an activity table named without quotes, by its words in order (each
    /// word or an inflection of it, "för"/"i" allowed between; a two-word name also in the other order, "förvaltningens
    /// aktivitetsplan"). The table's name and the positions in <see cref="QuestionUnderstanding.Tokens"/> that name it;
    /// null when the question names no table (a table whose words are all found, one named by a single word is none).
    /// </summary>
    public static (string Name, HashSet<int> At)? NamedTable(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var tables = TableNames.GetValue(k, snapshot => [.. snapshot.Activities.Select(a => a.TableName).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Words: TextFold.Tokens(name))).Where(x => x.Words.Count is >= 2 and <= 4)]);
        var tokens = q.Tokens;
        foreach (var (name, words) in tables)
        {
            if ((Spelled(tokens, words) ?? (words.Count == 2 ? Spelled(tokens, [words[1], words[0]]) : null)) is { } at)
            {
                return (name, at);
            }
        }

        return null;

        static HashSet<int>? Spelled(IReadOnlyList<string> tokens, IReadOnlyList<string> words)
        {
            for (var start = 0; start < tokens.Count; start++)
            {
                var at = new HashSet<int>();
                var i = start;
                foreach (var word in words)
                {
                    if (at.Count > 0 && i < tokens.Count && tokens[i] is "for" or "i" && i + 1 < tokens.Count && !Same(tokens[i], word))
                    {
                        at.Add(i++);
                    }

                    if (i >= tokens.Count || !Same(tokens[i], word))
                    {
                        at.Clear();
                        break;
                    }

                    at.Add(i++);
                }

                if (at.Count > 0)
                {
                    return at;
                }
            }

            return null;
        }

        // "kompplanen förvaltningen", "handlingsplanen för verksamheten": a plan's word, joined to another, stands for
        // "Aktivitetsplan" when the table's next word follows it.
        static bool Same(string token, string word) =>
            token == word || word.Length >= 5 && (WordMatch.Match(token, word) >= MatchQuality.Inflection || token == word + "s")
            || word == "aktivitetsplan" && token.Length > 6 && (token.EndsWith("planen", StringComparison.Ordinal) || token.EndsWith("plan", StringComparison.Ordinal));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"['‘’""“”«»](?<name>[^'‘’""“”«»]{3,80})['‘’""“”«»]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Quoted();

    /// <summary>The plans' headings (perspective and goal labels) with the activities under each, per snapshot.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeSnapshot, List<(string Label, List<string> Words, List<PlanActivity> Activities)>> Headings = [];

    /// <summary>
    /// "Vilka aktiviteter finns under målet att säkra kompetensförsörjningen?", "Lista aktiviteterna under Ekonomi", "fall
    /// under broadened recruitment": the words after "under" name a heading of the plan (its perspective or goal column),
    /// and the activities listed under it are asked for. The heading that most of those words name, with its activities;
    /// null when "under" names no heading.
    /// </summary>
    /// <param name="within">"Vad har direktören gjort klart inom Medarbetare?": with an owner and a status named, "inom" and
    /// "within" name a heading too, and a heading named in full ("Medarbetare") is the one meant over a longer one that
    /// only has the word.</param>
    public static (string Label, List<PlanActivity> Activities, HashSet<string> Words)? UnderHeading(QuestionUnderstanding q, KnowledgeSnapshot k, bool within = false)
    {
        var at = -1;
        for (var i = 0; i < q.Tokens.Count; i++)
        {
            if (q.Tokens[i] == "under" || within && q.Tokens[i] is "inom" or "within")
            {
                at = i;
                break;
            }
        }

        var words = new List<string>();
        var compound = false;
        if (at < 0)
        {
            // "vilka medarbetaraktiviteter pågår?", "i ekonomidelen": a heading's word joined to "aktiviteter" or "delen" names
            // the heading as "under Medarbetare" does.
            // (The reader splits "aktiviteter" off such a compound: the word before it, written joined to it, is the heading's.)
            words.AddRange(q.Tokens.Select(HeadingOfCompound).OfType<string>());
            words.AddRange(q.Tokens.Where((t, i) => i + 1 < q.Tokens.Count && t.Length >= 5 && q.Tokens[i + 1].StartsWith("aktivitet", StringComparison.Ordinal)
                && q.Folded.Contains(t + q.Tokens[i + 1], StringComparison.Ordinal)));
            at = words.Count > 0 ? q.Tokens.Count : -1;
            compound = words.Count > 0;
        }

        if (at < 0)
        {
            return null;
        }

        for (var i = at + 1; i < q.Tokens.Count; i++)
        {
            var t = q.Tokens[i];
            if (char.IsDigit(t[0]) || Queries.QueryWords.Documents(q with { Tokens = [t] }, k).Count > 0 || t.StartsWith("plan", StringComparison.Ordinal)
                || t.StartsWith("uppfoljning", StringComparison.Ordinal) || t.StartsWith("aktivitetsplan", StringComparison.Ordinal) || t is "follow" or "enligt" or "according")
            {
                break;
            }

            // A status asked beside the heading ("..., vad är fortfarande på gång?") is no word of it.
            if (t.Length >= 3 && !HeadingWords.Contains(t) && !QueryTerms.Stop.Contains(t) && !PlanPartWords.Contains(t) && !IsStatusWord(q, i))
            {
                words.Add(t);
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        var headings = Headings.GetValue(k, Build);
        var scored = headings.Select(h => (Heading: h, Matched: words.Count(w => Queries.QueryWords.Concerns(h.Words, w)))).ToList();
        var best = scored.Max(x => x.Matched);
        if (best == 0 || best * 3 < words.Count * 2)
        {
            return null;
        }

        var chosen = scored.Where(x => x.Matched == best).Select(x => x.Heading).ToList();
        if (compound)
        {
            // A compound names a heading only in full ("medarbetaraktiviteter": Medarbetare); "språkaktiviteter" is a topic.
            chosen = [.. chosen.Where(h => h.Words.Where(IsOwnWord).All(w => words.Any(x => Queries.QueryWords.Concerns([w], x))))];
            if (chosen.Count == 0)
            {
                return null;
            }
        }

        if (within && chosen.Where(h => h.Words.Count == best).ToList() is { Count: > 0 } inFull)
        {
            chosen = inFull;
        }
        else if (chosen.Count > 1 && chosen.Where(h => h.Words.Where(IsOwnWord).All(w => words.Any(x => Queries.QueryWords.Concerns([w], x)))).ToList() is { Count: > 0 } named)
        {
            // "under hållbar kompetensförsörjning": the heading that is those words ("Kommunövergripande mål: Hållbar
            // kompetensförsörjning"), not a longer one that also has them ("... en attraktiv arbetsgivare med en hållbar
            // kompetensförsörjning").
            chosen = named;
        }

        var activities = k.Activities.Where(a => chosen.Any(h => h.Activities.Contains(a))).ToList();
        var label = chosen.OrderBy(h => h.Label.Length).First().Label;
        return (label, activities, chosen.SelectMany(h => h.Words).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The compounds that name a part of a plan by a heading's word: "medarbetar|aktiviteter", "ekonomi|delen".</summary>
    private static readonly string[] HeadingCompoundEnds = ["delen", "perspektivet", "omradet", "avsnittet"];

    /// <summary>"medarbetaraktiviteter" → "medarbetar": the heading word of such a compound (five letters at least), else null.</summary>
    private static string? HeadingOfCompound(string token) =>
        HeadingCompoundEnds.FirstOrDefault(e => token.Length >= e.Length + 5 && token.EndsWith(e, StringComparison.Ordinal)) is { } end
            ? token[..^end.Length] : null;

    /// <summary>Whether the token at <paramref name="position"/> is part of a status the question names ("pågår", "på gång").</summary>
    private static bool IsStatusWord(QuestionUnderstanding q, int position) =>
        q.Hits.Any(h => position >= h.Start && position < h.Start + h.Length
            && h.Entry.Cue is Cue.Done or Cue.InProgress or Cue.Remains or Cue.StartingUp or Cue.NotStarted or Cue.NotDone or Cue.StatusWord);

    /// <summary>A word of a heading that says what it is about (not "mål", "och").</summary>
    private static bool IsOwnWord(string w) => w.Length >= 3 && !HeadingWords.Contains(w) && !QueryTerms.Stop.Contains(w);

    /// <summary>
    /// A table's caption as a heading: "Kommunövergripande mål: Hållbar kompetensförsörjning" heads the goals under it, as
    /// their perspective does; the words before the colon only say it is a goal.
    /// </summary>
    private static string? TableHeading(string? table) =>
        string.IsNullOrWhiteSpace(table) ? null : table.IndexOf(':') is var colon and > 0 && table[(colon + 1)..].Trim() is { Length: > 0 } rest ? rest : table.Trim();

    private static List<(string Label, List<string> Words, List<PlanActivity> Activities)> Build(KnowledgeSnapshot k) =>
    [
        .. k.Activities.SelectMany(a => new[] { a.Perspective, a.Goal, TableHeading(a.TableName) }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => (Label: l!.Trim(), Activity: a)))
            .GroupBy(x => x.Label, StringComparer.Ordinal)
            .Select(g => (g.Key, TextFold.Tokens(g.Key).ToList(), g.Select(x => x.Activity).Distinct().ToList())),
    ];

    /// <summary>
    /// The strategic areas (the plan's perspective column) of the plans in <paramref name="pool"/>, per plan, in the plan's
    /// order; null when no activity there has one.
    /// </summary>
    public static Answer? Areas(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyList<PlanActivity> pool)
    {
        var perDocument = pool.Where(a => !string.IsNullOrWhiteSpace(a.Perspective)).OrderBy(a => a.Ordinal).GroupBy(a => a.DocumentId).ToList();
        if (perDocument.Count == 0)
        {
            return null;
        }

        var lines = new List<string>();
        var count = 0;
        foreach (var plan in perDocument)
        {
            var areas = plan.Select(a => TextFold.SingleSpaced(a.Perspective!)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            count += areas.Count;
            lines.Add(q.Say($"Strategiska områden i {k.Source(plan.Key).DocumentTitle}:", $"Strategic areas in {k.Source(plan.Key).DocumentTitle}:"));
            lines.AddRange(areas.Select(a => "- " + a));
        }

        var sources = perDocument.Select(g => k.Source(g.Key)).ToList();
        return new Answer(SourceText.WithSources(q, string.Join('\n', lines), sources), q.Language, AnswerKind.ActivityList, sources) { ItemCount = count };
    }

    /// <summary>No activity concerns the topic: says so, and names the plans searched.</summary>
    public static Answer NoneAbout(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyList<string> topic)
    {
        var sources = k.Activities.Select(a => a.DocumentId).Distinct().Select(id => k.Source(id)).ToList();
        var words = string.Join(", ", topic);
        var text = q.Say($"Jag hittar ingen aktivitet om {words} i planerna.", $"I find no activity about {words} in the plans.");
        return new Answer(SourceText.WithSources(q, text, sources), q.Language, AnswerKind.NotFound, sources);
    }

    /// <summary>
    /// A table named in quotes that no activity was read from: says so and names the activity tables there are (with
    /// how many activities each has, in <paramref name="pool"/>), each offered as a question; no list passed off as the table's.
    /// </summary>
    public static Answer NoTable(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyList<PlanActivity> pool, string name)
    {
        var tables = pool.Where(a => a.TableName is not null).GroupBy(a => a.TableName!, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Count: g.Count())).ToList();
        var sources = pool.Select(a => a.DocumentId).Distinct().Select(id => k.Source(id)).ToList();
        var named = string.Join(", ", tables.Select(t => $"”{t.Name}” ({t.Count})"));
        var text = tables.Count == 0
            ? q.Say($"Aktiviteterna är inte sparade per tabell, så jag kan inte räkna dem i ”{name}” för sig.",
                $"The activities are not kept per table, so I cannot count those in “{name}” on their own.")
            : q.Say($"Jag hittar ingen aktivitetstabell som heter ”{name}”. Aktiviteterna står i tabellerna {named}.",
                $"I find no activity table named “{name}”. The activities stand in the tables {named}.");
        return new Answer(SourceText.WithSources(q, text, sources), q.Language, AnswerKind.NotFound, sources)
        {
            Suggestions = [.. tables.Take(3).Select(t => q.Say($"Hur många aktiviteter finns i ”{t.Name}”?", $"How many activities are in “{t.Name}”?"))],
        };
    }

    /// <param name="pool">The activities to choose from (those the question's words found), all when null.</param>
    public static Answer Answer(QuestionUnderstanding q, KnowledgeSnapshot k, ActivityFilter filter, IReadOnlyList<PlanActivity>? pool = null, ListShape? shape = null)
    {
        var maxLines = shape?.MaxLines ?? MaxLines;
        var matches = (pool ?? k.Activities).Where(a => filter.Accepts(a, q.Today)).ToList();
        if (filter.Overdue)
        {
            // "Vad ligger efter just nu?": the rows whose lateness someone reported (a status, not Klart) first, then those
            // never followed up; both are overdue (see Overdue), but a card of ten shows the followed-up plan's late rows.
            matches = [.. matches.OrderBy(a => a.Status is null ? 1 : 0)];
        }

        var sources = matches.Select(a => a.DocumentId).Distinct().Select(id => k.Source(id)).ToList();
        if (sources.Count == 0)
        {
            sources = [.. k.Activities.Select(a => a.DocumentId).Distinct().Select(id => k.Source(id))];
        }

        var describedParts = new List<string>();
        if (!filter.IsEmpty)
        {
            describedParts.Add(filter.Describe(q));
        }

        if (shape?.NoOwner == true)
        {
            describedParts.Add(q.Say("utan angiven ansvarig", "without an owner"));
        }

        var described = (shape?.About ?? string.Empty) + (describedParts.Count == 0 ? string.Empty : " (" + string.Join(", ", describedParts) + ")");
        string text;
        if (matches.Count == 0)
        {
            text = q.Say($"Inga aktiviteter{described}.", $"No activities{described}.");
        }
        else
        {
            var count = matches.Count == 1 ? q.Say("**1** aktivitet", "**1** activity") : q.Say($"**{matches.Count}** aktiviteter", $"**{matches.Count}** activities");
            var countOnly = q.Has(Cue.HowMany) && !q.HasAny(Cue.Which, Cue.ListVerb);
            var header = countOnly
                ? q.Say($"Det är {count}{described}.", $"There are {count}{described}.")
                : q.Say($"{count}{described}:", $"{count}{described}:");
            var perDocument = matches.GroupBy(a => a.DocumentId).ToList();
            if (perDocument.Count > 1)
            {
                header += "\n" + string.Join('\n', perDocument.Select(g => q.Say($"{g.Count()} i {k.Source(g.Key).DocumentTitle}", $"{g.Count()} in {k.Source(g.Key).DocumentTitle}")));
            }

            if (shape?.PerPlan == true)
            {
                var perPlan = q.Say($"Det är {count}{described}, per plan:", $"There are {count}{described}, per plan:") + "\n"
                    + string.Join('\n', perDocument.Select(g => $"- {k.Source(g.Key).DocumentTitle}: **{g.Count()}**"));
                return new Answer(SourceText.WithSources(q, perPlan, sources), q.Language, AnswerKind.ActivityList, sources) { ItemCount = matches.Count };
            }

            if (shape?.PerStatus == true)
            {
                var perStatus = q.Say($"Det är {count}{described}, per status:", $"There are {count}{described}, per status:") + "\n"
                    + string.Join('\n', matches.GroupBy(a => a.Status is null ? ActivityText.Status(q, a) : ActivityText.StatusName(q, a.Status.Value))
                        .OrderByDescending(g => g.Count()).Select(g => $"- {g.Key}: **{g.Count()}**"));
                return new Answer(SourceText.WithSources(q, perStatus, sources), q.Language, AnswerKind.ActivityList, sources) { ItemCount = matches.Count };
            }

            var lines = matches.Take(maxLines).Select(a => ActivityText.Line(q, a) + ActivityText.Area(a) + Context(a, shape?.Topic)).ToList();
            var rest = matches.Skip(maxLines).ToList();
            if (rest.Count > 0 && rest.Count <= maxLines && !countOnly)
            {
                // A list that was asked for names the rest briefly; a longer rest is offered ("visa alla"). A count asked
                // ("hur många aktiviteter ligger på direktören?") is the number: the rows shown illustrate it, the rest's
                // names (with their own numbers, "uppdrag 13") would only crowd it.
                var names = string.Join("; ", rest.Select(a => SourceText.Shorten(ActivityText.Headline(a), 240)));
                lines.Add(q.Say($"… och {rest.Count} till: {names}.", $"… and {rest.Count} more: {names}."));
            }
            else if (rest.Count > 0)
            {
                lines.Add(q.Say($"… och {rest.Count} till.", $"… and {rest.Count} more."));
            }

            text = header + "\n" + string.Join('\n', lines);
        }

        var shown = matches.Take(maxLines).ToList();
        return new Answer(SourceText.WithSources(q, text, sources), q.Language, AnswerKind.ActivityList, sources)
        {
            ActivityIds = [.. shown.Select(a => a.Id)],
            ItemCount = matches.Count,
            Suggestions = matches.Count > 2 * shown.Count ? [q.Say($"Visa alla {matches.Count}: {q.Text}", $"Show all {matches.Count}: {q.Text}")] : [],
        };
    }

    /// <summary>"mina aktiviteter" needs to know who asks: the reminders feature answers it; here, a pointer to the owner lists.</summary>
    public static Answer Mine(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var owners = k.Owners.Take(6).Select(o => q.Say($"Vilka aktiviteter har {o.Display}?", $"Which activities does {o.Display} own?")).ToList();
        var text = q.Say(
            "Jag vet inte vilken roll du har i planerna. Fråga efter en ansvarig, till exempel:",
            "I do not know which role you have in the plans. Ask for an owner, for example:") + "\n" + string.Join('\n', owners.Select(o => "- " + o));
        return new Answer(text, q.Language, AnswerKind.Clarification, [])
        {
            Suggestions = owners,
        };
    }
}
