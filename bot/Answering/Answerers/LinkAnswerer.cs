using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Queries;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>
/// The forecast linked to the plans: the forecast part of the question (a group's need, a sum, a change; the
/// recruitment need from this year on when no figure is named) and the activities whose text concerns that group,
/// the question's own subject or recruitment and competence, each with status and deadline, overdue marked.
/// </summary>
public static class LinkAnswerer
{
    private const int MaxActivities = 8;

    // Stems of activity text about recruiting, keeping and training staff.
    private static readonly string[] RecruitmentStems =
    [
        "rekryt", "kompetens", "utbildning", "anstall", "introduktion", "bemanning", "attraktiv", "arbetsgivar", "karriar", "lonebildning",
        "loner", "heltid", "arbetsvillkor", "behalla", "personalforsorjning", "mentor", "handledning", "utbildningstjanst",
    ];

    /// <param name="subject">The subject the question asks what is done about, when it names no group or measure
    /// (<see cref="Subject"/>): the activities about it, with no forecast part.</param>
    /// <param name="withFigure">"personalbehovet usk 2027, har de utrett bemanningspool?": the subject picks the activities,
    /// and the group's figure for the year asked is still shown first.</param>
    public static Answer Answer(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyList<string>? subject = null, bool withFigure = false)
    {
        var table = k.ForecastTables.FirstOrDefault();
        subject = subject is { Count: > 0 } ? subject : null;
        var named = q.Occupations.Where(o => !o.IsTotal).ToList();
        var occupations = subject is null ? named : [];
        var groups = table is null ? [] : occupations.SelectMany(o => table.Groups.Where(g => o.IsGroup(TextFold.Fold(g)))).Distinct().ToList();
        var figureGroups = table is null || subject is null ? groups : [.. named.SelectMany(o => table.Groups.Where(g => o.IsGroup(TextFold.Fold(g)))).Distinct()];
        var sources = new List<SourceRef>();
        var parts = new List<string>();
        var forecast = subject is null || withFigure && figureGroups.Count > 0 ? ForecastPart(q, k, table, figureGroups) : null;
        if (forecast is not null)
        {
            parts.Add(AnswerTextSource.WithoutSource(forecast.Text));
            sources.AddRange(forecast.Sources);
        }

        var ranked = Rank(q, k, occupations, groups, subject, out var general);
        var lines = new List<string>();
        if (ranked.Count == 0)
        {
            lines.Add(q.Say("Jag hittar inga aktiviteter i planerna om det.", "I find no activities in the plans about it."));
        }
        else
        {
            lines.Add(general
                ? q.Say("Ingen aktivitet i planerna nämner just det; de här gäller rekrytering och kompetens i allmänhet (status; ansvarig; klart):",
                    "No activity in the plans names exactly that; these concern recruitment and competence in general (status; owner; due):")
                : q.Say("Aktiviteter i planerna om det, mest relevanta först (status; ansvarig; klart):", "Activities in the plans about it, most relevant first (status; owner; due):"));
            lines.AddRange(ranked.Select(a => WithSubjectBullet(ActivityText.Line(q, a), a, subject) + ActivityText.Area(a) + (a.IsOverdueOn(q.Today) ? q.Say(" — **försenad**", " — **overdue**") : string.Empty)));
            var overdue = ranked.Where(a => a.IsOverdueOn(q.Today)).ToList();
            var tracked = ranked.Where(a => a.Status is not null).ToList();
            lines.Add(tracked.Count == 0
                ? q.Say("De här aktiviteterna har ingen registrerad status, så jag kan inte säga om de går enligt plan.", "These activities have no recorded status, so I cannot say whether they are on track.")
                : overdue.Count == 0
                    ? q.Say($"Ingen av dem är försenad per {q.Today:yyyy-MM-dd}.", $"None of them is overdue as of {q.Today:yyyy-MM-dd}.")
                    : q.Say($"Försenade per {q.Today:yyyy-MM-dd}: {string.Join("; ", overdue.Select(a => ActivityText.Title(a, 80)))}.", $"Overdue as of {q.Today:yyyy-MM-dd}: {string.Join("; ", overdue.Select(a => ActivityText.Title(a, 80)))}."));
            sources.AddRange(ranked.Select(a => a.DocumentId).Distinct().Select(id => k.Source(id)));
        }

        parts.Add(string.Join('\n', lines));
        return new Answer(SourceText.WithSources(q, string.Join("\n\n", parts), sources), q.Language, AnswerKind.ActivityList, sources)
        {
            ActivityIds = [.. ranked.Select(a => a.Id)],
            Series = forecast?.Series,
        };
    }

    /// <summary>
    /// One activity's answer with the forecast figure it relates to: when its text names an occupation group the forecast
    /// has, that group's recruitment need this year (the reverse of <see cref="Answer"/>).
    /// </summary>
    public static Answer WithForecast(QuestionUnderstanding q, KnowledgeSnapshot k, Answer answer)
    {
        var table = k.ForecastTables.FirstOrDefault();
        if (answer.Kind != AnswerKind.Activity || answer.ActivityIds.Count != 1 || table is null || !k.ActivitiesById.TryGetValue(answer.ActivityIds[0], out var activity))
        {
            return answer;
        }

        var tokens = TextFold.Tokens($"{activity.Title} {activity.Description} {activity.Goal}");
        // "Other occupations" is no group an activity's text names: "övriga kommuner i Östergötland" is not the forecast's
        // "Övriga yrkeskategorier".
        var occupation = Lexicon.Entries
            .Where(e => e.Occupation is { IsTotal: false } && e.Occupation != Occupation.Other && e.Words.Count == 1 && e.Words[0].Length >= 6)
            .FirstOrDefault(e => tokens.Any(t => t.StartsWith(e.Words[0].Length > 7 ? e.Words[0][..^2] : e.Words[0], StringComparison.Ordinal)))?.Occupation;
        var group = occupation is null ? null : table.Groups.FirstOrDefault(g => occupation.IsGroup(TextFold.Fold(g)));
        // The measure the question names (the staffing need when it asks for that alone), else the recruitment need; the
        // year it names when the forecast has it, else this year.
        var kind = q.Has(Cue.Staffing) && !q.Has(Cue.Recruitment) ? MeasureKind.Staffing : MeasureKind.Recruitment;
        var recruitment = table.Measures.FirstOrDefault(m => m.Kind == kind) ?? table.Measures.FirstOrDefault(m => m.Kind == MeasureKind.Recruitment);
        var asked = q.Years.All.Where(y => y >= table.FirstYear && y <= table.LastYear).ToList();
        var year = asked.Count == 1 ? asked[0] : Math.Clamp(q.Today.Year, table.FirstYear, table.LastYear);
        if (group is null || recruitment is null || table.Value(recruitment, group, year) is not { } value)
        {
            return answer;
        }

        var note = q.Say(
            $"Prognosen: {recruitment.Label(q)} för {group} {year}: {SwedishFormat.Number(value)}.",
            $"The forecast: {recruitment.Label(q)} for {ForecastAnswerer.GroupLabel(q, group)} in {year}: {SwedishFormat.Number(value)}.");
        var source = k.Source(table.DocumentId, null, table.TableName);
        return answer with
        {
            Text = SourceText.WithSources(q, AnswerTextSource.WithoutSource(answer.Text) + "\n" + note, [.. answer.Sources, source]),
            Sources = [.. answer.Sources, source],
        };
    }

    /// <summary>The forecast answer to the question's own figure, or the recruitment need from this year when none is named.</summary>
    private static Answer? ForecastPart(QuestionUnderstanding q, KnowledgeSnapshot k, ForecastTable? table, IReadOnlyList<string> groups)
    {
        if (table is null)
        {
            return null;
        }

        var named = q.HasAny(Cue.Recruitment, Cue.Staffing, Cue.StaffWord) || !q.Years.IsEmpty || q.Occupations.Any(o => o.IsTotal);
        // A plain need over no year or a span of years is shown as one line of yearly values (from this year on when no
        // year is named, so the answer says which years it shows), not as a list of nine years or a sum nobody asked for.
        var plain = (q.Years.IsEmpty || q.Years.All.Count() > 1)
            && !q.HasAny(Cue.Series, Cue.Sum, Cue.Average, Cue.Largest, Cue.Smallest, Cue.Change, Cue.Share);
        // A measure named with no group or year ("Given the recruitment needs, what are we doing to ...") is the total's,
        // one short line from this year on: the activities about the subject are what is asked.
        var shown = groups.Count > 0 ? groups
            : q.Occupations.Any(o => o.IsTotal) ? [.. table.Groups.Where(g => q.Occupations.Any(o => o.IsTotal && o.IsGroup(TextFold.Fold(g))))]
            : plain && q.Years.IsEmpty && q.Occupations.Count == 0 && q.OtherOccupations.Count == 0 && q.HasAny(Cue.Recruitment, Cue.Staffing) && table.TotalGroup is { } total ? [total]
            : [];
        if (named && !(plain && shown.Count > 0))
        {
            var answer = ForecastAnswerer.Answer(q, k);
            // A year-by-year list where no year was named ("hur stort är behovet") is the one line below instead.
            var listed = answer.Kind == AnswerKind.Series && q.Years.IsEmpty && shown.Count > 0 && !q.Has(Cue.Series);
            if (answer.Kind is AnswerKind.Figure or AnswerKind.Series && !listed)
            {
                return answer with { Series = null };
            }
        }

        if (shown.Count == 0)
        {
            // "sjuksköterskor" is no group of the forecast: say so, and that the activities follow, rather than show nothing.
            return q.OtherOccupations.Count == 0 ? null : new Answer(
                q.Say(
                    $"Prognosen har ingen egen grupp för {string.Join(", ", q.OtherOccupations.Select(o => o.Swedish))}, så jag kan inte ge något behov för dem.",
                    $"The forecast has no group of its own for {string.Join(", ", q.OtherOccupations.Select(o => o.English))}, so I cannot give a need for them."),
                q.Language, AnswerKind.Figure, [k.Source(table.DocumentId, null, table.TableName)]);
        }

        // The measure the question names (the staffing need when it asks for that alone), else the recruitment need.
        var kind = q.Has(Cue.Staffing) && !q.Has(Cue.Recruitment) ? MeasureKind.Staffing : MeasureKind.Recruitment;
        var measure = table.Measures.FirstOrDefault(m => m.Kind == kind) ?? table.Measures.FirstOrDefault(m => m.Kind == MeasureKind.Recruitment) ?? table.Measures[0];
        var from = Math.Clamp(q.Today.Year, table.FirstYear, table.LastYear);
        var asked = q.Years.All.Where(y => y >= table.FirstYear && y <= table.LastYear).ToHashSet();
        var years = asked.Count > 0 ? table.Years.Where(asked.Contains) : table.Years.Where(y => y >= from);
        var lines = new List<string>();
        foreach (var group in shown)
        {
            var values = years.Select(y => (Year: y, Value: table.Value(measure, group, y))).Where(v => v.Value is not null)
                .Select(v => $"{v.Year}: {SwedishFormat.Number(v.Value!.Value)}");
            lines.Add(q.Say(
                $"{ForecastValues.Capital(measure.Label(q))} för {group} enligt prognosen: {string.Join(", ", values)}.",
                $"{ForecastValues.Capital(measure.Label(q))} for {ForecastAnswerer.GroupLabel(q, group)} in the forecast: {string.Join(", ", values)}."));
        }

        var source = k.Source(table.DocumentId, null, table.TableName);
        return new Answer(string.Join('\n', lines), q.Language, AnswerKind.Figure, [source]);
    }

    /// <summary>The question's own subject words ("sjukfrånvaro", "chefernas förutsättningar", "behålla personal").</summary>
    private static List<string> Topic(QuestionUnderstanding q, bool groupNamed)
    {
        var used = new bool[q.Tokens.Count];
        // A group word written as the subject ("nya professioner") is content, not the question's machinery.
        foreach (var hit in q.Hits.Where(h => (groupNamed || h.Entry.Cue is not (Cue.Recruitment or Cue.Staffing or Cue.StaffWord))
            && !(h.Entry.Cue == Cue.Group && h.Length == 1 && q.Tokens[h.Start].Length >= 8)))
        {
            for (var i = hit.Start; i < hit.Start + hit.Length; i++)
            {
                used[i] = true;
            }
        }

        return [.. q.Tokens.Where((t, i) => !used[i] && t.Length >= 4 && !char.IsDigit(t[0]) && !QueryTerms.Stop.Contains(t) && !Filler.Contains(t) && !QueryWords.IsLinkWord(t)).Distinct()];
    }

    /// <summary>
    /// An activity line with the sub-activity that concerns the subject asked about, when the line shows another one
    /// ("uppdrag nr 42 ... • Breddinföra en gemensam introduktion ..." asked about sick leave: "• ... sänka sjukfrånvaro").
    /// </summary>
    private static string WithSubjectBullet(string line, PlanActivity activity, IReadOnlyList<string>? subject)
    {
        if (subject is not { Count: > 0 } || string.IsNullOrWhiteSpace(activity.Description))
        {
            return line;
        }

        var bullets = TextFold.SingleSpaced(activity.Description).Split('•').Skip(1)
            .Select(b => b.Trim()).Where(b => b.Length > 0).ToList();
        var about = bullets.FirstOrDefault(b => subject.Any(w => QueryWords.Concerns(TextFold.Tokens(b), w)));
        if (about is null || line.Contains(about[..Math.Min(about.Length, 40)], StringComparison.Ordinal))
        {
            return line;
        }

        // The line ends with its status, owner and deadline after " — ": the sub-activity goes before them.
        var cut = line.IndexOf(" — ", StringComparison.Ordinal);
        var bullet = " • " + SourceText.Shorten(about, 160);
        return cut < 0 ? line + bullet : line[..cut] + bullet + line[cut..];
    }

    /// <summary>
    /// The subject of a question that asks what is done about a problem or topic and names no group or measure
    /// ("sjukfrånvaron är hög, vad gör vi?", "staff turnover is high – what actions do we have?", "språkkrav för
    /// personalen – vad görs?"): its own words that activities of the plans (their text or heading) are about, recruitment
    /// and staff words aside. A compound no activity is about stands for its parts that are ("språkkrav" → språk), a
    /// part of five letters or more. Empty when no activity is about any of them.
    /// </summary>
    public static List<string> Subject(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var documents = OwnMunicipality(k);
        var headings = Headings(k);
        var activities = k.Activities.Where(a => documents.Count == 0 || documents.Contains(a.DocumentId)).ToList();
        bool Concerned(string word) => activities.Any(a => QueryWords.Concerns(k.ActivityWords[a.Id], word)
            || headings.GetValueOrDefault(a.Id) is { } heading && QueryWords.Concerns(heading, word));
        var result = new List<string>();
        // The words of recruiting and keeping staff the question's cues read ("rekrytering", "personalen", "staff") are the
        // forecast link's; a concrete subject among them ("heltid", "introduktion", "arbetsvillkor") is this one's.
        foreach (var word in Topic(q, false).Where(w => !IsStaffCueWord(q, w)))
        {
            if (Concerned(word))
            {
                result.Add(word);
                continue;
            }

            // Split as the index reads it: "språkkraven" is its stem "språkkrav" before it is språk + krav.
            result.AddRange(k.ActivityIndex.Analyze(word).Prepend(word).SelectMany(k.ActivityIndex.SplitCompound)
                .Where(part => part.Length >= 5 && !IsStaffCueWord(q, part) && Concerned(part)));
        }

        return [.. result.Distinct()];
    }

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "enligt", "going", "track", "doing", "about", "stammer", "forvaltningen", "vilka", "gora", "klara", "ligger", "behov", "behovet",
        "personer", "people", "total", "totala", "totalt", "through", "being", "something", "aktiviteter", "activities", "planen", "planerna",
        "insatser", "atgarder", "measures", "actions", "there", "these", "those", "their", "handlar", "which", "what", "where",
        "plan", "plans", "planen", "planer", "planerna", "planned", "planerat", "planeras", "sager", "finns", "need", "needs",
        // How far something has come, asked: "is it handled", "vad har gjorts", "on schedule", "going anywhere".
        "handled", "hanterat", "hanteras", "hanterad", "hanterats", "gjorts", "gjort", "schedule", "anywhere",
    };

    /// <summary>
    /// The activities that concern the question, most relevant first: those whose text names the group (its names in
    /// the lexicon, the forecast's own label, the words for its work and training) or the question's own subject words,
    /// each word weighed by how rare it is among the activities; recruitment and competence words only break ties. When
    /// no activity names the group or the subject, the activities about recruitment and competence in general
    /// (<paramref name="general"/>).
    /// </summary>
    private static List<PlanActivity> Rank(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyList<Occupation> occupations, IReadOnlyList<string> groups, IReadOnlyList<string>? subject, out bool general)
    {
        var groupWords = GroupWords(occupations, groups);
        // With a group named, "rekrytering" is what the recruitment score already weighs, not a subject of its own.
        var topic = subject is not null ? [.. subject] : Topic(q, groupWords.Count > 0);
        var rarity = groupWords.Distinct().ToDictionary(w => w, w => Rarity(k, w));
        foreach (var word in topic.Where(w => !rarity.ContainsKey(w)))
        {
            rarity[word] = StemRarity(k, word);
        }

        var recruitment = RecruitmentScores(k);
        // With no group named, words about recruiting and keeping staff ("rekryteringsbehov", "rekryteringen", "attract and
        // retain") are the subject itself: when they are all the question has, recruitment is what the activities must be
        // about, and the ones with most recruitment and competence words come first.
        // With a group named, they are what the recruitment score weighs, not a subject that outranks the group.
        // A subject asked of itself (Subject) has no recruitment words left to set aside.
        var rest = subject is not null ? topic : topic.Where(w => !IsRecruitmentWord(q, w)).ToList();
        var recruitmentSubject = groupWords.Count == 0
            && (rest.Count < topic.Count && rest.Count == 0 || topic.Count == 0 && q.HasAny(Cue.Recruitment, Cue.Staffing, Cue.NeedNoun));
        topic = rest;

        // "vilka aktiviteter i uppföljningen 2024 ...", "what does the 2024 follow-up say about ...": a plan named that has
        // activities is where they are taken from. Only the words that name a plan count ("verksamhetsplanen", "uppföljningen",
        // "follow-up"): "personalomsättning" is no plan, "going to plan" names none, and the year is the forecast's.
        var planWords = q.Tokens.Where(t => t.Length >= 10 && t.Contains("plan", StringComparison.Ordinal) && !t.StartsWith("plan", StringComparison.Ordinal)
            || t.StartsWith("uppfoljning", StringComparison.Ordinal) || t is "follow" or "up" or "followup").ToList();
        var named = planWords.Any(t => t != "up") ? QueryWords.Documents(q with { Tokens = planWords, Years = YearSpec.None }, k) : [];
        HashSet<int> documents = named.Count == 0 ? OwnMunicipality(k) : [.. k.Activities.Select(a => a.DocumentId).Where(named.Contains)];
        var scored = k.Activities
            .Where(a => documents.Count == 0 || documents.Contains(a.DocumentId))
            .Select(a => (Activity: a, Relevance: Relevance(k, a.Id, groupWords, topic, rarity), Recruitment: recruitment.GetValueOrDefault(a.Id)))
            .ToList();
        if (recruitmentSubject)
        {
            general = false;
            var breadth = RecruitmentBreadth(k);
            return [.. scored.Where(x => x.Recruitment > 0)
                .OrderByDescending(x => breadth.GetValueOrDefault(x.Activity.Id))
                .ThenByDescending(x => x.Activity.Status is not null)
                .ThenBy(x => x.Activity.Id)
                .Take(MaxActivities).Select(x => x.Activity)];
        }

        general = !scored.Any(x => x.Relevance > 0);
        var pool = general ? scored.Where(x => x.Recruitment > 0) : scored.Where(x => x.Relevance > 0);
        var ordered = pool
            .OrderByDescending(x => x.Relevance + (x.Recruitment * 0.5))
            .ThenByDescending(x => x.Activity.Status is not null)
            .ThenBy(x => x.Activity.Id)
            .ToList();
        if (!general && ordered.Count > 0)
        {
            // A weak match far below the best (one common word where the best has the group and the subject) is noise.
            var best = ordered[0].Relevance;
            ordered = [.. ordered.Where(x => x.Relevance * 3 >= best)];
        }

        return [.. ordered.Take(MaxActivities).Select(x => x.Activity)];
    }

    /// <summary>
    /// Words that name a group in activity texts, as stems: the one-word names the lexicon has for the occupation
    /// ("handläggare", "socionom", "myndighetsutövare"), the forecast's label of the group, and the words for the group's
    /// own work and training (<see cref="GroupWork"/>).
    /// </summary>
    private static List<string> GroupWords(IReadOnlyList<Occupation> occupations, IReadOnlyList<string> groups)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        // "Övriga yrkeskategorier" is the rest of the staff: no text names it by "övriga".
        occupations = [.. occupations.Where(o => o != Occupation.Other)];
        groups = [.. groups.Where(g => !Occupation.Other.IsGroup(TextFold.Fold(g)))];
        // One-word names only: "social" of "social worker" would find "socialkontoret".
        foreach (var entry in Lexicon.Entries.Where(e => e.Occupation is not null && occupations.Contains(e.Occupation) && e.Words.Count == 1))
        {
            words.UnionWith(entry.Words.Where(w => w.Length >= 5 && !w.Contains(' ', StringComparison.Ordinal)));
        }

        // The forecast's label only for a group the lexicon has no names for ("Vårdare/undersköterska/assistent": the
        // lexicon's names are sharper than "assistent", which also names administrative assistants).
        if (words.Count == 0)
        {
            foreach (var group in groups)
            {
                words.UnionWith(TextFold.Tokens(group).Where(w => w.Length >= 5));
            }
        }

        foreach (var occupation in occupations)
        {
            words.UnionWith(GroupWork.GetValueOrDefault(occupation.Key) ?? []);
        }

        return [.. words.Select(Stem).Distinct()];
    }

    /// <summary>
    /// What a group's work and training are called in the plans (folded): social workers exercise authority
    /// (myndighetsutövning) and do casework (handläggning), trained as socionomer; assistant nurses are trained in vård och omsorg.
    /// </summary>
    private static readonly Dictionary<string, string[]> GroupWork = new(StringComparer.Ordinal)
    {
        [Occupation.Social.Key] = ["myndighetsutovning", "myndighetsutovande", "socionomexamen", "handlaggning", "bistandsbedomning"],
        [Occupation.Care.Key] = ["underskoterskor", "omvardnad", "omsorgsutbildning", "omsorgscollage"],
        [Occupation.Management.Key] = ["chefer", "chefskap", "ledarskap", "ledarutveckling"],
        [Occupation.PersonalAssistant.Key] = ["assistans", "assistenter"],
        [Occupation.Administrator.Key] = ["administration", "administrativ"],
    };

    /// <summary>A word's stem for matching inflections and compounds: words longer than seven letters lose two.</summary>
    private static string Stem(string word) => word.Length > 7 ? word[..^2] : word;

    private static double Relevance(KnowledgeSnapshot k, int activity, IReadOnlyList<string> groupWords, IReadOnlyList<string> topic, Dictionary<string, int> rarity)
    {
        var tokens = k.ActivityWords[activity];
        // The group named anywhere in the text (a long name also inside a compound: "ungahandläggning"), its rarest word
        // counting; a short one only at a word's start ("ledning" is not in "processledningsmodell").
        var group = 0;
        foreach (var w in groupWords)
        {
            if (rarity[w] > group && Naming(k, w).Contains(activity))
            {
                group = rarity[w];
            }
        }

        // The question's own subject ("nya professioner i vården") outranks the group and recruitment in general, a rare
        // subject word (few activities have it) more than a common one.
        // The heading the plan files the activity under counts as its text ("Personalomsättningen", "Breddad rekrytering":
        // the activity plan's first column names what its rows are about).
        var heading = Headings(k).GetValueOrDefault(activity);
        var about = topic.Where(w => QueryWords.Concerns(tokens, w) || heading is not null && QueryWords.Concerns(heading, w)).Select(w => rarity[w]).OrderDescending().Take(3).Sum();
        return group + about;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeSnapshot, Dictionary<int, WordList>> HeadingWords = [];

    /// <summary>Each activity's heading (its perspective column) as words, once per snapshot; only activities that have one.</summary>
    /// <summary>
    /// With no plan named, the activities are the forecast's municipality's own: another municipality's audit (Örebro's
    /// commitments of 2015) is not what "we" do about Linköping's need. Empty (every document) when the forecast's
    /// municipality is not known or none of its documents has activities.
    /// </summary>
    private static HashSet<int> OwnMunicipality(KnowledgeSnapshot k)
    {
        var own = k.ForecastTables.Select(t => k.Documents.GetValueOrDefault(t.DocumentId)?.Municipality).FirstOrDefault(m => m is { Length: > 0 });
        if (own is null)
        {
            return [];
        }

        HashSet<int> documents = [.. k.Activities.Select(a => a.DocumentId).Where(id => k.Documents.GetValueOrDefault(id)?.Municipality == own)];
        return documents;
    }

    private static Dictionary<int, WordList> Headings(KnowledgeSnapshot k) => HeadingWords.GetValue(k, snapshot => snapshot.Activities
        .Where(a => !string.IsNullOrWhiteSpace(a.Perspective))
        .ToDictionary(a => a.Id, a => new WordList(TextFold.Tokens(a.Perspective!))));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeSnapshot, System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<int>>> Named = [];

    /// <summary>
    /// The activities whose text names a group word (at a word's start, or a long one inside a compound), found once per
    /// snapshot and word: the group words are the lexicon's few, so a question does not scan every activity's words for them.
    /// </summary>
    private static HashSet<int> Naming(KnowledgeSnapshot k, string word) => Named.GetValue(k, _ => new(StringComparer.Ordinal))
        .GetOrAdd(word, w => [.. k.Activities.Where(a => k.ActivityWords[a.Id] is var tokens
            && tokens.Any(t => t.StartsWith(w, StringComparison.Ordinal) || t.Length > w.Length && w.Length >= 8 && t.Contains(w, StringComparison.Ordinal))).Select(a => a.Id)]);

    /// <summary>What a subject word weighs: 4 when at most three activities concern it, 3 up to ten, else 2.</summary>
    private static int Rarity(KnowledgeSnapshot k, string word)
    {
        var count = k.Activities.Count(a => QueryWords.Concerns(k.ActivityWords[a.Id], word));
        return count <= 3 ? 4 : count <= 10 ? 3 : 2;
    }

    /// <summary>
    /// What a subject word weighs by its stem's family among the activities ("vården" is "vård", in many texts;
    /// "professioner" is "profession", in few): 4 when at most three activities have it, 3 up to ten, else 2.
    /// </summary>
    private static int StemRarity(KnowledgeSnapshot k, string word)
    {
        var stem = k.ActivityIndex.Analyze(word).FirstOrDefault() ?? word;
        var terms = ActivityTerms(k);
        var count = stem.Length < 4 ? k.Activities.Count : k.Activities.Count(a => terms[a.Id].HasWordStartingWith(stem));
        return Math.Min(Rarity(k, word), count <= 3 ? 4 : count <= 10 ? 3 : 2);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeSnapshot, Dictionary<int, WordList>> Terms = [];

    /// <summary>Per activity, its analysed terms kept sorted (built once per snapshot): "has a term starting with" is a binary search.</summary>
    private static Dictionary<int, WordList> ActivityTerms(KnowledgeSnapshot k) => Terms.GetValue(k, snapshot =>
        snapshot.Activities.ToDictionary(a => a.Id, a => new WordList([.. snapshot.ActivityIndex.Analyze($"{a.Title}\n{a.Description}\n{a.Goal}\n{a.Comment}")])));

    /// <summary>A question word about recruiting, keeping or training staff: a recruitment stem, a need or staff cue, or its English word.</summary>
    private static bool IsRecruitmentWord(QuestionUnderstanding q, string word) =>
        RecruitmentStems.Any(s => word.Contains(s, StringComparison.Ordinal))
        // "personalen" is the staff; "personalomsättning" (turnover) is a subject of its own: a long word after the stem.
        || EnglishRecruitmentStems.Any(s => word.StartsWith(s, StringComparison.Ordinal) && word.Length - s.Length < SubjectAfterStem)
        || q.Hits.Any(h => h.Entry.Cue is Cue.Recruitment or Cue.Staffing or Cue.StaffWord or Cue.NeedNoun
            && Enumerable.Range(h.Start, h.Length).Any(i => q.Tokens[i] == word));

    /// <summary>A word a recruitment, staffing or need cue reads, or an English word for staff ("staff", "recruiting").</summary>
    private static bool IsStaffCueWord(QuestionUnderstanding q, string word) =>
        EnglishRecruitmentStems.Any(s => word.StartsWith(s, StringComparison.Ordinal) && word.Length - s.Length < SubjectAfterStem)
        || q.Hits.Any(h => h.Entry.Cue is Cue.Recruitment or Cue.Staffing or Cue.StaffWord or Cue.NeedNoun
            && Enumerable.Range(h.Start, h.Length).Any(i => q.Tokens[i] == word));

    /// <summary>How long the rest of a word after a staff stem ("personal", "medarbetar") must be to be a subject of its own.</summary>
    private const int SubjectAfterStem = 6;

    private static readonly string[] EnglishRecruitmentStems =
    [
        "recruit", "attract", "retain", "retention", "staff", "competen", "skill", "training", "hiring", "hire", "employ", "workforce",
        "personal", "medarbetar",
    ];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeSnapshot, Dictionary<int, int>> Breadth = [];

    /// <summary>Per activity, how many different recruitment and competence stems its text has (uncapped), computed once per snapshot.</summary>
    private static Dictionary<int, int> RecruitmentBreadth(KnowledgeSnapshot k) => Breadth.GetValue(k, snapshot =>
        snapshot.ActivityWords.ToDictionary(
            pair => pair.Key,
            pair => RecruitmentStems.Count(s => pair.Value.Any(t => t.Contains(s, StringComparison.Ordinal)))));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeSnapshot, Dictionary<int, int>> Recruitment = [];

    /// <summary>Per activity, how much its text is about recruitment and competence (0-2), computed once per snapshot.</summary>
    private static Dictionary<int, int> RecruitmentScores(KnowledgeSnapshot k) => Recruitment.GetValue(k, snapshot =>
        snapshot.ActivityWords.ToDictionary(
            pair => pair.Key,
            pair => Math.Min(RecruitmentStems.Count(s => pair.Value.Any(t => t.Contains(s, StringComparison.Ordinal))), 2)));
}

/// <summary>Answer text without its trailing "Källa:" line, to be joined with another part under one source line.</summary>
internal static class AnswerTextSource
{
    public static string WithoutSource(string text)
    {
        var trimmed = text.TrimEnd();
        var cut = trimmed.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (cut < 0)
        {
            return trimmed;
        }

        var last = trimmed[(cut + 2)..];
        return last.StartsWith("Källa", StringComparison.Ordinal) || last.StartsWith("Source", StringComparison.Ordinal) ? trimmed[..cut] : trimmed;
    }
}
