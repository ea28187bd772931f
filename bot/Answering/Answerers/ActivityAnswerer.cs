using System.Text.RegularExpressions;
using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;
using Assistant.Bot.Answering.Queries;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>One activity found by the distinctive words of the question; its status, owner, deadline and comment.</summary>
public static partial class ActivityAnswerer
{
    private const double MinimumCoverage = 0.5;

    /// <summary>How many times the next hit's score the best's must be to answer it without asking which is meant.</summary>
    private const float ClearlyBest = 2.5f;

    /// <summary>The activities the question's words point at, best first; empty when none is a confident match.</summary>
    public static List<SearchHit> Find(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var index = k.ActivityIndex;
        // "i förvaltningens aktivitetsplan": words that name the plan's part, not what the activity is about.
        if (q.Tokens.Any(IsPlanPart))
        {
            q = q with { Tokens = [.. q.Tokens.Select(t => IsPlanPart(t) ? "och" : t)] };
        }

        // "Minska sjukfrånvaron i Aktivitetsplan förvaltningen": the table's name says where to look (its rows first), not what.
        var table = ActivityListAnswerer.NamedTable(q, k);
        if (table is { } tableNamed)
        {
            q = q with { Tokens = [.. q.Tokens.Select((t, i) => tableNamed.At.Contains(i) ? "och" : t)] };
        }

        var terms = QueryTerms.For(q, index);
        // "kompetenstrappan i kompetensförsörjningsplanen 2021": the plan's name says where to look, not what.
        var (documents, naming) = NamedDocuments(q, k, index);
        if (documents.Count > 0 && terms.Any(t => !naming.Contains(t)))
        {
            terms = [.. terms.Where(t => !naming.Contains(t))];
        }

        terms = [.. terms.SelectMany(t => SplitMisspelt(t, index)).Distinct()];
        if (terms.Count == 0)
        {
            return [];
        }

        var found = index.Search(terms, 8, q.English);
        if (documents.Count > 0 && found.Any(h => documents.Contains(k.ActivitiesById[h.Key].DocumentId)))
        {
            found = [.. found.Where(h => documents.Contains(k.ActivitiesById[h.Key].DocumentId))];
        }

        if (table is { } inTable && found.Any(h => k.ActivitiesById[h.Key].TableName == inTable.Name))
        {
            found = [.. found.Where(h => k.ActivitiesById[h.Key].TableName == inTable.Name)];
        }

        // "Hur försöker socialförvaltningen i Örebro locka studenter?": a municipality named keeps only its own activities;
        // another municipality's plan does not answer for it.
        var places = Queries.QueryWords.DocumentsNamedByPlace(q, k)
            .Select(id => k.Documents.GetValueOrDefault(id)?.Municipality).OfType<string>().Where(m => m.Length > 0).ToHashSet(StringComparer.Ordinal);
        bool Elsewhere(int activity) => places.Count > 0
            && k.Documents.GetValueOrDefault(k.ActivitiesById[activity].DocumentId)?.Municipality is { Length: > 0 } municipality && !places.Contains(municipality);
        found = [.. found.Where(h => !Elsewhere(h.Key))];

        var hits = found.Where(h => h.Coverage >= MinimumCoverage).ToList();
        if (hits.Count == 0)
        {
            hits = [.. OwnerHits(k, terms).Where(h => !Elsewhere(h.Key))];
        }

        if (hits.Count == 0)
        {
            return [];
        }

        // The best covers the most of the question; among equals, Lucene's ranking decides.
        var best = hits.Max(h => h.Coverage);
        List<SearchHit> ranked = [.. hits.Where(h => h.Coverage >= best - 0.15).OrderByDescending(h => h.Coverage).ThenByDescending(h => h.Score)];

        // "Hur går det med införandet av BEATA?": of the activities that cover the question alike, one whose own words are
        // clearly rarer than the first's (a proper name, a number, a distinctive compound against "införandet") is the one
        // meant, whatever Lucene's ranking says.
        var names = Names(q, index);
        if (ranked.Where(h => h.Coverage >= ranked[0].Coverage - 0.01).Skip(1)
            .Where(h => Weight(k, names, h) >= Weight(k, names, ranked[0]) && ClearlyRarer(k, names, h, ranked[0]))
            .MaxBy(h => Differing(k, names, h, ranked[0])) is { } rarer)
        {
            ranked = [rarer, .. ranked.Where(h => h.Key != rarer.Key)];
        }

        // "Vad går 500-uppdraget ut på?": a number joined to a word is a name ("500- uppdraget"); of the activities that cover
        // the question alike, those whose text has the number with that word are the ones meant.
        var withNumber = ranked.Where(h => h.Coverage >= ranked[0].Coverage - 0.01 && NumberPhrases(q).Any(p => HasNumberPhrase(k.ActivitiesById[h.Key], p))).ToList();
        if (withNumber.Count > 0 && withNumber.Count < ranked.Count(h => h.Coverage >= ranked[0].Coverage - 0.01))
        {
            ranked = withNumber;
        }

        // "Vem ansvarar för ... (uppdrag 14)?": an assignment named by its number in the plan is the row numbered so, of
        // those the words found, even when another row has a few more of the words.
        var assignments = AssignmentNumbers(q);
        var numbered = assignments.Count == 0 ? [] : ranked.Where(h => assignments.Any(n => HasAssignmentNumber(k.ActivitiesById[h.Key], n))).ToList();
        if (numbered.Count > 0 && numbered.Count < ranked.Count)
        {
            ranked = numbered;
        }

        // "aktiviteten om lönebildning", "how is sick leave to be reduced": one activity is named by its short label (the
        // plan's "Vad" column: "Lönebildning", "Minska sjukfrånvaron"), the others only mention the words in passing.
        var named = ranked.Where(h => h.Coverage >= best - 0.01 && NamedByLabel(k, h, terms)).Take(2).ToList();
        return named.Count == 1 ? named : ranked;
    }

    /// <summary>How many times rarer (by the idf sum) the words one hit alone covers must be to make it the one meant.</summary>
    private const double RarerWords = 1.5;

    /// <summary>The rarity of a term in a hit: its idf, half when the activity has it only as a near spelling.</summary>
    private static double Term(KnowledgeSnapshot k, IReadOnlySet<string> names, SearchHit h, string t) =>
        k.ActivityIndex.Idf(t) * (Has(Words(k)[h.Key], t) ? 1 : 0.5) * (names.Contains(t) ? NameWeight : 1);

    /// <summary>The rarity of all the words a hit covers.</summary>
    private static double Weight(KnowledgeSnapshot k, IReadOnlySet<string> names, SearchHit h) => h.MatchedTerms.Sum(t => Term(k, names, h, t));

    /// <summary>The rarity of the words one hit covers and the other does not: what decides between them.</summary>
    private static double Differing(KnowledgeSnapshot k, IReadOnlySet<string> names, SearchHit a, SearchHit b) =>
        a.MatchedTerms.Except(b.MatchedTerms).Sum(t => Term(k, names, a, t));

    /// <summary>Whether the words only <paramref name="a"/> covers are clearly rarer than those only <paramref name="b"/> covers.</summary>
    private static bool ClearlyRarer(KnowledgeSnapshot k, IReadOnlySet<string> names, SearchHit a, SearchHit b) =>
        Differing(k, names, a, b) is var own && own > 0 && own >= RarerWords * Differing(k, names, b, a);

    /// <summary>How much more a name the asker wrote as one counts than another word as rare.</summary>
    private const double NameWeight = 2;

    /// <summary>
    /// The terms of the words the asker writes as names: capitalised inside the sentence ("Treserva", "Linköping"), in
    /// capitals or with digits ("BEATA", "SOL/HSL", "PM3", "500-uppdraget"), or in brackets or quotes, the plan's own word
    /// given in an English question ("(farmaceut)", "'Tryggt och enkelt hemma'"). They name one activity more surely than
    /// any common word does.
    /// </summary>
    private static HashSet<string> Names(QuestionUnderstanding q, SearchIndex index)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var text = q.Text;
        var quoted = false;
        var sentenceStart = true;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{N}][\p{L}\p{N}/-]*|[()'""“”‘’«»]|[.?!:]"))
        {
            var word = m.Value;
            if (word.Length == 1 && !char.IsLetterOrDigit(word[0]))
            {
                if (word is "." or "?" or "!" or ":")
                {
                    sentenceStart = true;
                }
                else if (m.Index > 0 && m.Index + 1 < text.Length && char.IsLetter(text[m.Index - 1]) && char.IsLetter(text[m.Index + 1]))
                {
                    // "What's", "SKL's": an apostrophe inside a word is no quote.
                }
                else
                {
                    // An opening bracket or quote starts a quoted stretch, its closing one ends it.
                    quoted = word is "(" || word is not ")" && !quoted;
                }

                continue;
            }

            var letters = word.Where(char.IsLetter).ToList();
            var name = quoted || !sentenceStart && char.IsUpper(word[0]) || letters.Count >= 2 && letters.All(char.IsUpper)
                || word.Any(char.IsDigit) && letters.Count > 0;
            sentenceStart = false;
            if (name)
            {
                foreach (var term in index.Analyze(word.ToLowerInvariant()))
                {
                    names.Add(term);
                    names.UnionWith(index.SplitCompound(term));
                }
            }
        }

        return names;
    }

    /// <summary>The most words a label may have to be an activity's name rather than a goal shared by several.</summary>
    private const int MaxLabelTerms = 4;

    /// <summary>Whether every word of the activity's short label (its goal column) is among the question's terms.</summary>
    private static bool NamedByLabel(KnowledgeSnapshot k, SearchHit hit, IReadOnlyList<string> terms)
    {
        var goal = k.ActivitiesById[hit.Key].Goal;
        if (string.IsNullOrWhiteSpace(goal) || goal.Length > 60)
        {
            return false;
        }

        var label = k.ActivityIndex.Analyze(goal);
        return label.Count is > 0 and <= MaxLabelTerms
            && label.All(l => terms.Any(t => t == l || l.Length >= 5 && t.Length >= l.Length && t.Length - l.Length <= 3 && t.StartsWith(l, StringComparison.Ordinal)
                || t.Length >= 5 && l.Length >= t.Length && l.Length - t.Length <= 3 && l.StartsWith(t, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The one activity of <paramref name="candidates"/> that the owner, quarter, year or span the question names fits, when
    /// it names any and exactly one fits; null otherwise. A status asked is what is asked of the row, not what picks it.
    /// </summary>
    private static PlanActivity? PickedByFilter(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyList<PlanActivity> candidates)
    {
        var filter = ActivityFilter.From(q, OwnerMatcher.Find(q, k)) with { Statuses = [], Overdue = false };
        if (filter.IsEmpty)
        {
            return null;
        }

        var fitting = candidates.Where(a => filter.Accepts(a, q.Today)).Take(2).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    private static bool IsPlanPart(string token) =>
        token is "forvaltningens" or "verksamhetens" or "administration" or "administrations" || token.StartsWith("aktivitetsplan", StringComparison.Ordinal);

    public static Answer Answer(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyList<SearchHit> hits)
    {
        var top = hits[0];
        var activity = k.ActivitiesById[top.Key];
        // A rival that matches clearly less distinctive words (by rarity) than the best is no rival. A word an activity has
        // only as a near spelling ("personal" ~ "personer") counts half: the words it really has decide.
        var names = Names(q, k.ActivityIndex);

        double Weight(SearchHit h) => ActivityAnswerer.Weight(k, names, h);
        // What only one of two hits covers decides between them: a rare word the best alone has outweighs a common one the
        // other alone has ("säkerställa språkkunskaperna hos personalen": språkkunskap, not personal; "införandet av BEATA":
        // BEATA, not införandet).
        double Differing(SearchHit a, SearchHit b) => ActivityAnswerer.Differing(k, names, a, b);
        var rivals = hits.Skip(1)
            .Where(h => h.Coverage >= top.Coverage - 0.01 && h.Score >= top.Score * 0.85 && Weight(top) < 1.5 * Weight(h)
                && !ClearlyRarer(k, names, top, h))
            .Select(h => k.ActivitiesById[h.Key])
            .Where(a => !SameActivity(a, activity))
            .ToList();
        // The best covers only part of the question and another covers a different part about as well: ask, do not guess.
        if (rivals.Count == 0 && top.Coverage < 0.75)
        {
            // Lucene's score far ahead (the words in the title, not in passing or only as a near spelling) is a clear best.
            rivals = [.. hits.Skip(1)
                .Where(h => top.Score < ClearlyBest * h.Score)
                .Where(h => h.Coverage >= top.Coverage - 0.15 && !h.MatchedTerms.SetEquals(top.MatchedTerms) && Weight(top) < 1.5 * Weight(h)
                    && Differing(top, h) < 1.5 * Differing(h, top))
                .Select(h => k.ActivitiesById[h.Key])
                .Where(a => !SameActivity(a, activity))];
        }

        // "Status of the 500 ... placements activity under Myndighet och Kvalité, due Q1?": an owner, quarter or year named
        // beside the words picks the one row of those that match that has them; a question back only when they do not.
        if (rivals.Count > 0 && PickedByFilter(q, k, [activity, .. rivals]) is { } picked)
        {
            return Answer(q, k, [hits.First(h => h.Key == picked.Id)]);
        }

        // "Vem har hand om 500 nya arbetsmarknadsplatser och hur går det?": one assignment followed up in two rows of the plan
        // (under two perspectives, with the same wording) is no choice to make: both rows answer. So too when a word of the
        // question is in neither ("the 500 new labour market places": "ny" against the texts' "nya") and both rows have
        // the same words of it.
        if (rivals.Count == 1 && SameAssignment(activity, rivals[0])
            && (top.Coverage >= 0.99 || hits.FirstOrDefault(h => h.Key == rivals[0].Id) is { } rival && rival.MatchedTerms.SetEquals(top.MatchedTerms)))
        {
            var both = new List<string> { q.Say("Uppdraget följs upp på två rader i planen:", "The assignment is followed up in two rows of the plan:") };
            foreach (var row in new[] { activity, rivals[0] })
            {
                both.Add(string.Empty);
                both.AddRange(Lines(q, row));
            }

            var sources = new[] { activity, rivals[0] }.Select(a => k.Source(a.DocumentId)).Distinct().ToList();
            return new Answer(SourceText.WithSources(q, string.Join('\n', both), sources), q.Language, AnswerKind.Activity, sources)
            {
                ActivityIds = [activity.Id, rivals[0].Id],
            };
        }

        // "usk som lägsta utbildningsnivå – klart?" where two rows match alike and both are Klart: whichever is meant, the
        // status asked is the same, so it is answered, each row shown; a question back only when the answer would differ.
        var askedStatus = q.HasAny(Cue.StatusWord, Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone)
            && !q.HasAny(Cue.Owner, Cue.When, Cue.Due, Cue.Comment, Cue.Activities, Cue.Which, Cue.HowMany);
        // (An assignment asked by its number, "uppdrag 42", that two rows have, is two assignments: which one is asked.)
        if (askedStatus && rivals.Count is > 0 and <= 2 && AssignmentNumbers(q).Count == 0 && Distinct([activity, .. rivals]) is { Count: > 1 } alike
            && alike.All(a => a.Status is not null && a.Status == activity.Status))
        {
            var same = new List<string>
            {
                alike.Count == 2
                    ? q.Say($"Två aktiviteter passar frågan, och båda har status {ActivityText.StatusName(q, activity.Status!.Value)}:",
                        $"Two activities match the question, and both have the status {ActivityText.StatusName(q, activity.Status!.Value)}:")
                    : q.Say($"{alike.Count} aktiviteter passar frågan, och alla har status {ActivityText.StatusName(q, activity.Status!.Value)}:",
                        $"{alike.Count} activities match the question, and all have the status {ActivityText.StatusName(q, activity.Status!.Value)}:"),
            };
            foreach (var row in alike)
            {
                same.Add(string.Empty);
                same.AddRange(Lines(q, row));
            }

            var sameSources = alike.Select(a => k.Source(a.DocumentId)).Distinct().ToList();
            return new Answer(SourceText.WithSources(q, string.Join('\n', same), sameSources), q.Language, AnswerKind.Activity, sameSources)
            {
                ActivityIds = [.. alike.Select(a => a.Id)],
            };
        }

        if (rivals.Count > 0)
        {
            return Clarify(q, k, [activity, .. rivals.Take(3)], top.MatchedTerms.Concat(hits.Skip(1).SelectMany(h => h.MatchedTerms)).ToHashSet());
        }

        var source = k.Source(activity.DocumentId);
        var lines = Lines(q, activity);

        // "Är Evikomp-aktiviteten klar?" of a plan with no status column: the status is not known; say what is (its deadline,
        // not the owner shown beside a known status: a refusal states no figures).
        var statusOnly = q.HasAny(Cue.StatusWord, Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone)
            && !q.HasAny(Cue.Owner, Cue.When, Cue.Due, Cue.Comment);
        if (statusOnly && activity.Status is null && string.IsNullOrWhiteSpace(activity.StatusRaw))
        {
            lines[0] = q.Say($"Planen anger ingen status för {ActivityText.Title(activity, 200).TrimEnd('.')}, så jag vet inte om den är klar.",
                $"The plan records no status for {ActivityText.Title(activity, 200).TrimEnd('.')}, so I do not know whether it is done.");
            return new Answer(SourceText.WithSources(q, string.Join('\n', lines.Where(l => !l.StartsWith(q.Say("Status: ", "Status: "), StringComparison.Ordinal) && !l.StartsWith(q.Say("Ansvarig: ", "Owner: "), StringComparison.Ordinal))), [source]), q.Language, AnswerKind.NotFound, [source])
            {
                ActivityIds = [activity.Id],
            };
        }

        return new Answer(SourceText.WithSources(q, string.Join('\n', lines), [source]), q.Language, AnswerKind.Activity, [source])
        {
            ActivityIds = [activity.Id],
        };
    }

    /// <summary>"500-uppdraget", "500 nya platser": a number and the word joined to it, folded (the word's first five letters).</summary>
    private static List<(string Number, string Word)> NumberPhrases(QuestionUnderstanding q) =>
        [.. System.Text.RegularExpressions.Regex.Matches(TextFold.Fold(q.Text), @"(?<![\w,.])(\d+)\s*-?\s*([a-z]{3,})")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value[..Math.Min(5, m.Groups[2].Value.Length)]))
            .Where(p => p.Item1.Length != 4)]; // a year is no name

    private static bool HasNumberPhrase(PlanActivity activity, (string Number, string Word) phrase) =>
        System.Text.RegularExpressions.Regex.IsMatch(TextFold.Fold($"{activity.Title} {activity.Description} {activity.Goal}"),
            $@"(?<![\w,.]){phrase.Number}\s*-?\s*{phrase.Word}");

    /// <summary>"uppdrag 14", "(uppdrag nr 42)", "assignment no. 3": the numbers an assignment is named by, as the plans number
    /// their assignments ("Strategiskt utvecklingsuppdrag (14)", "uppdrag nr 42").</summary>
    private static List<string> AssignmentNumbers(QuestionUnderstanding q) =>
        [.. AssignmentAsked().Matches(TextFold.Fold(q.Text)).Select(m => m.Groups[1].Value)];

    /// <summary>Whether the activity's text numbers it <paramref name="number"/> ("uppdrag (14)", "uppdrag nr 14").</summary>
    private static bool HasAssignmentNumber(PlanActivity activity, string number) =>
        AssignmentNumbered().Matches(TextFold.Fold($"{activity.Title} {activity.Description}")).Any(m => m.Groups[1].Value == number);

    [GeneratedRegex(@"\b(?:[a-z]*uppdrag(?:et)?|assignment|nr|no)\.?\s*(?:nr\.?\s*|no\.?\s*)?\(?(\d{1,3})\)?(?![\d,.]\d|\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AssignmentAsked();

    [GeneratedRegex(@"uppdrag\s*(?:nr\.?\s*)?\(?(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex AssignmentNumbered();

    /// <summary>How many words in a row two rows' texts must share to be one assignment followed up twice.</summary>
    private const int SharedRun = 8;

    /// <summary>Whether two rows' texts share a run of <see cref="SharedRun"/> words: one assignment in two places of the plan.</summary>
    private static bool SameAssignment(PlanActivity a, PlanActivity b)
    {
        static HashSet<string> Runs(PlanActivity activity)
        {
            var words = TextFold.Tokens($"{activity.Title} {activity.Description}");
            return [.. Enumerable.Range(0, Math.Max(0, words.Count - SharedRun + 1)).Select(i => string.Join(' ', words.Skip(i).Take(SharedRun)))];
        }

        return Runs(a).Overlaps(Runs(b));
    }

    /// <summary>An activity's title and the fields the question asks for (all of them when it names none).</summary>
    private static List<string> Lines(QuestionUnderstanding q, PlanActivity activity)
    {
        var lines = new List<string> { $"**{ActivityText.Title(activity, 200)}**" };
        // "How is sick leave to be reduced?": the title is the description's first sentence; the rest says what else is done.
        if (ActivityText.Continuation(activity) is { Length: > 0 } more)
        {
            lines.Add(more);
        }

        var all = !q.HasAny(Cue.StatusWord, Cue.Owner, Cue.When, Cue.Comment, Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone, Cue.Due);
        if (all || q.HasAny(Cue.StatusWord, Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone, Cue.Owner, Cue.When, Cue.Due))
        {
            var overdue = activity.IsOverdueOn(q.Today) ? q.Say(" (tidpunkten har passerat)", " (the deadline has passed)") : string.Empty;
            lines.Add(q.Say("Status: ", "Status: ") + ActivityText.Status(q, activity) + overdue);
        }

        // Who and when identify the row and are short: shown with any field asked ("vem ... och under vilken period",
        // "within what framework ... and when": the owner column often says where the work is done; "är utredningen klar?":
        // a status is answered with who reports it).
        if (all || q.HasAny(Cue.Owner, Cue.When, Cue.Due, Cue.StatusWord, Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone))
        {
            lines.Add(q.Say("Ansvarig: ", "Owner: ") + ActivityText.Owners(q, activity));
        }

        // Status and deadline belong together: "how is it going" is answered against when it is due.
        if (all || q.HasAny(Cue.Owner, Cue.When, Cue.Due, Cue.StatusWord, Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone))
        {
            lines.Add(q.Say("Ska vara klar: ", "Due: ") + ActivityText.Deadline(q, activity));
        }

        if (all || q.Has(Cue.Comment) || !string.IsNullOrWhiteSpace(activity.Comment))
        {
            lines.Add(q.Say("Kommentar: ", "Comment: ") + (string.IsNullOrWhiteSpace(activity.Comment) ? q.Say("ingen", "none") : activity.Comment.Trim()));
        }

        return lines;
    }

    private static Answer Clarify(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyList<PlanActivity> candidates, IReadOnlySet<string> terms)
    {
        candidates = Distinct(candidates);
        var titles = candidates.Select(a => Label(a, terms, k.ActivityIndex)).ToList();
        var text = q.Say("Flera aktiviteter passar. Vilken menar du?", "Several activities match. Which one do you mean?") + "\n"
            + string.Join('\n', titles.Select(t => "- " + t));
        var sources = candidates.Select(a => k.Source(a.DocumentId)).Distinct().ToList();
        return new Answer(SourceText.WithSources(q, text, sources), q.Language, AnswerKind.Clarification, sources)
        {
            ActivityIds = [.. candidates.Select(a => a.Id)],
            Suggestions = [.. titles.Select(t => q.Say("Status för ", "Status of ") + t)],
        };
    }

    /// <summary>
    /// The choices of a question back, one per assignment: an assignment followed up in two rows ("Nämndsuppdrag (1)
    /// Säkerställa ..." and "Nämndsuppdrag - säkerställa ...") is one choice, named by the row whose title is its words
    /// rather than the plan's numbering (a question back states no figure it need not).
    /// </summary>
    private static IReadOnlyList<PlanActivity> Distinct(IReadOnlyList<PlanActivity> candidates)
    {
        var choices = new List<PlanActivity>();
        foreach (var candidate in candidates)
        {
            var same = choices.FindIndex(c => SameAssignment(c, candidate));
            if (same < 0)
            {
                choices.Add(candidate);
            }
            else if (Numbered(choices[same]) && !Numbered(candidate))
            {
                choices[same] = candidate;
            }
        }

        return choices.Count > 1 ? choices : candidates;
    }

    private static bool Numbered(PlanActivity activity) => System.Text.RegularExpressions.Regex.IsMatch(activity.Title, @"\(\d{1,3}\)");

    /// <summary>The title, and where the title is cut before the words asked about, the words around them ("… implementering av BEATA").</summary>
    private static string Label(PlanActivity activity, IReadOnlySet<string> terms, SearchIndex index)
    {
        var title = ActivityText.Title(activity, 90);
        var shown = index.Analyze(title).ToHashSet();
        if (terms.Count == 0 || terms.Any(t => SearchIndex.Matches(t, shown)))
        {
            return title;
        }

        var words = (activity.Title + " " + activity.Description).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var analysed = index.Analyze(words[i]).ToHashSet();
            if (analysed.Count > 0 && terms.Any(t => SearchIndex.Matches(t, analysed)))
            {
                var from = Math.Max(0, i - 5);
                return $"{ActivityText.Title(activity, 60)} (… {string.Join(' ', words[from..Math.Min(words.Length, i + 4)])} …)";
            }
        }

        return title;
    }

    /// <summary>
    /// A list question that asks when or by whom one named thing is done ("När skulle de nya valideringsrutinerna
    /// genomföras och vem gör det?"): the activity it names, best first; empty when the question asks for several
    /// (plural, a count, an owner's or a quarter's list) or names no activity confidently.
    /// </summary>
    public static List<SearchHit> AskedInstead(QuestionUnderstanding q, KnowledgeSnapshot k, Queries.AnswerQuery query)
    {
        if (q.HasAny(Cue.Activities, Cue.HowMany, Cue.Overdue, Cue.Mine) || !q.HasAny(Cue.Owner, Cue.When) || query.Owners.Count > 0 || query.NoOwner
            || q.Quarters.Count > 0 || query.Operation is not Queries.QueryOperation.List)
        {
            return [];
        }

        var hits = Find(q, k);
        return hits.Count > 0 && hits[0].Coverage >= 0.75 ? hits : [];
    }

    // What a word must contain to name a document rather than a subject the document shares ("personalen").
    private static readonly string[] DocumentKinds = ["plan", "uppfoljning", "strategi", "granskning", "rapport", "revision", "prognos"];

    /// <summary>
    /// The documents the question names by a document word ("kompetensförsörjningsplanen") and the analysed terms of those
    /// words, which say where to look, not what.
    /// </summary>
    private static (List<int> Documents, HashSet<string> Terms) NamedDocuments(QuestionUnderstanding q, KnowledgeSnapshot k, SearchIndex index)
    {
        var documents = new List<int>();
        var terms = new HashSet<string>(StringComparer.Ordinal);
        // "modellen för uppföljning av chefer": a kind's word in its indefinite form before "av" names what is followed up,
        // the activity's own words, not the document ("i uppföljningen", "uppföljningen av verksamhetsplanen" name it).
        var tokens = q.Tokens;
        var ofWhat = Enumerable.Range(0, Math.Max(0, tokens.Count - 1))
            .Where(i => tokens[i + 1] is "av" && tokens[i] is "uppfoljning" or "granskning" or "analys").Select(i => tokens[i]).ToHashSet(StringComparer.Ordinal);
        foreach (var token in q.Tokens.Where(t => t.Length >= 8 && !ofWhat.Contains(t) && DocumentKinds.Any(d => t.Contains(d, StringComparison.Ordinal))).Distinct())
        {
            var named = QueryWords.Documents(q with { Tokens = [token], Years = YearSpec.None }, k);
            if (named.Count == 0)
            {
                continue;
            }

            documents.AddRange(named);
            foreach (var term in index.Analyze(token))
            {
                terms.Add(term);
                terms.UnionWith(index.SplitCompound(term));
            }
        }

        // "i Personal- och kompetensförsörjningsplanen": the first part of a name shared with a hyphen is the name's too.
        if (documents.Count > 0)
        {
            foreach (Match m in SharedHead().Matches(q.Text))
            {
                if (index.Analyze(TextFold.Fold(m.Groups["tail"].Value)).Any(terms.Contains))
                {
                    terms.UnionWith(index.Analyze(TextFold.Fold(m.Groups["head"].Value)));
                }
            }
        }

        return ([.. documents.Distinct()], terms);
    }

    [GeneratedRegex(@"(?<head>\p{L}{3,})-\s+(?:och|and|&)\s+(?<tail>\p{L}{6,})", RegexOptions.CultureInvariant)]
    private static partial Regex SharedHead();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeSnapshot, Dictionary<int, HashSet<string>>> OwnerTerms = [];

    /// <summary>
    /// Activities named by their owner column when no text has the words ("Evikomp-aktiviteten": the owner is "ESF projekt
    /// Evikomp"): those whose owners have at least half the terms (of five letters or more), coverage by the share found.
    /// </summary>
    private static List<SearchHit> OwnerHits(KnowledgeSnapshot k, IReadOnlyList<string> terms)
    {
        var owners = OwnerTerms.GetValue(k, snapshot => snapshot.Activities.ToDictionary(
            a => a.Id, a => snapshot.ActivityIndex.Analyze(string.Join('\n', a.Owners)).ToHashSet(StringComparer.Ordinal)));
        var hits = new List<SearchHit>();
        foreach (var activity in k.Activities)
        {
            var matched = terms.Where(t => t.Length >= 5 && owners[activity.Id].Contains(t)).ToHashSet(StringComparer.Ordinal);
            var coverage = terms.Count == 0 ? 0 : (double)matched.Count / terms.Count;
            if (matched.Count > 0 && coverage >= MinimumCoverage)
            {
                hits.Add(new SearchHit(activity.Id, (float)coverage, coverage, matched));
            }
        }

        return [.. hits.OrderByDescending(h => h.Coverage).ThenBy(h => h.Key).Take(8)];
    }

    /// <summary>
    /// A compound no text has whose parts the texts have, one of them misspelt ("farmacevtpiloten" → farmacevt + pilot,
    /// the texts having "farmaceut" and "pilot"): the parts, for the index to match with its typo tolerance. The term
    /// itself otherwise.
    /// </summary>
    private static IEnumerable<string> SplitMisspelt(string term, SearchIndex index)
    {
        if (term.Length < 9 || index.Knows(term) || index.Search([term], 1).Any(h => h.MatchedTerms.Count > 0))
        {
            return [term];
        }

        for (var cut = term.Length - 4; cut >= 4; cut--)
        {
            // Each part analysed like the texts ("pilot" is indexed as its stem).
            var head = index.Analyze(term[..cut]).FirstOrDefault() ?? term[..cut];
            var tail = index.Analyze(term[cut..]).FirstOrDefault() ?? term[cut..];
            if (Known(head, index) && Known(tail, index))
            {
                return [head, tail];
            }
        }

        return [term];
    }

    private static bool Known(string part, SearchIndex index) =>
        part.Length >= 4 && (index.Knows(part) || part.Length >= 6 && index.Search([part], 1).Any(h => h.MatchedTerms.Count > 0));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeSnapshot, Dictionary<int, HashSet<string>>> ActivityTerms = [];

    /// <summary>Each activity's analysed terms (title, description, goal, comment), computed once per snapshot.</summary>
    private static Dictionary<int, HashSet<string>> Words(KnowledgeSnapshot k) => ActivityTerms.GetValue(k, snapshot =>
        snapshot.Activities.ToDictionary(a => a.Id, a => snapshot.ActivityIndex.Analyze($"{a.Title}\n{a.Description}\n{a.Goal}\n{a.Comment}").ToHashSet(StringComparer.Ordinal)));

    /// <summary>Whether a text has the term itself, a compound or inflection of it, or its stem: not only a near spelling.</summary>
    private static bool Has(HashSet<string> terms, string term)
    {
        if (terms.Contains(term))
        {
            return true;
        }

        var prefix = term.Length >= 9 ? term[..^3] : term.Length >= 6 ? term[..^1] : term;
        return terms.Any(t => t.StartsWith(prefix, StringComparison.Ordinal) || t.Length >= 5 && t.Length * 2 >= term.Length && term.StartsWith(t, StringComparison.Ordinal));
    }

    private static bool SameActivity(PlanActivity a, PlanActivity b) =>
        string.Equals(TextFold.Fold(a.Title), TextFold.Fold(b.Title), StringComparison.Ordinal) && a.Status == b.Status;
}
