using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;
using Assistant.Cards.Text;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>What a list question filters on: statuses, owners, quarters, a year, overdue.</summary>
public sealed record ActivityFilter(
    IReadOnlyList<ActivityStatus> Statuses,
    IReadOnlyList<OwnerEntry> Owners,
    IReadOnlyList<int> Quarters,
    int? Year,
    bool Overdue)
{
    /// <summary>"ska genomföras 2019-2020", "klara först 2025/2026": the years a deadline must lie within.</summary>
    public (int From, int To)? Span { get; init; }

    /// <summary>"the Ekonomichef (alone)", "ensam ansvarig": only activities whose every owner is one of those named.</summary>
    public bool SoleOwner { get; init; }

    /// <summary>"vad gör HR-chef och ekonomichef tillsammans?": only activities that every owner named owns together.</summary>
    public bool JointOwners { get; init; }

    /// <summary>
    /// "har status Pågår": the status named by the plan's own word after "status" is that word in the status cell, so a row
    /// read as under way from other words ("Fortsätter från 2015") is not counted as one marked Pågår. Folded words.
    /// </summary>
    public IReadOnlyDictionary<ActivityStatus, string> StatusCells { get; init; } = new Dictionary<ActivityStatus, string>();

    public bool IsEmpty => Statuses.Count == 0 && Owners.Count == 0 && Quarters.Count == 0 && Year is null && Span is null && !Overdue;

    public static ActivityFilter From(QuestionUnderstanding q, IReadOnlyList<OwnerEntry> owners)
    {
        var statuses = new List<ActivityStatus>();
        if (q.Has(Cue.NotDone))
        {
            statuses.AddRange([ActivityStatus.NotStarted, ActivityStatus.StartingUp, ActivityStatus.InProgress, ActivityStatus.Remains]);
        }

        // "ska bli färdiga Q2", "skulle vara klara senast Q2" name a deadline, not the status Klart ("ska vara klara" is a Due phrase of its own).
        var deadlineWords = !q.Has(Cue.Due) && q.Quarters.Count > 0 && q.Tokens.Any(t => t is "ska" or "skall" or "skulle" or "should" or "due" or "must");
        // "Vilka aktiviteter har biträdande direktör slutfört?": the perfect tense asks what is done; "slutfört Q2" is the
        // deadline column ("Slutfört") with its quarter.
        var finished = q.Tokens.Any(t => t is "slutfort" or "slutforda" or "slutforde") && q.Quarters.Count == 0 && q.Years.IsEmpty && !q.Has(Cue.Due);
        if ((q.Has(Cue.Done) || finished) && !deadlineWords)
        {
            statuses.Add(ActivityStatus.Done);
        }

        if (q.Has(Cue.InProgress))
        {
            statuses.Add(ActivityStatus.InProgress);
        }

        if (q.Has(Cue.Remains))
        {
            statuses.Add(ActivityStatus.Remains);
        }

        if (q.Has(Cue.StartingUp))
        {
            statuses.Add(ActivityStatus.StartingUp);
        }

        if (q.Has(Cue.NotStarted))
        {
            statuses.Add(ActivityStatus.NotStarted);
            // "inte kommit igång", "not got going": an activity still starting up (Uppstart) has not got going either.
            if (q.Tokens.Any(t => t is "igang" or "gang" or "going" or "ground"))
            {
                statuses.Add(ActivityStatus.StartingUp);
            }
        }

        // "inte Pågår", "not Klart and not Pågår", "varken klara eller pågående", "neither done nor ongoing", "utom Klart": a
        // status named to be left out. The statuses asked are those named without a negation, less the ones left out, or
        // every other status when none is named without one.
        var excluded = ExcludedStatuses(q);
        if (excluded.Count > 0)
        {
            var kept = statuses.Except(excluded).ToList();
            statuses = kept.Count > 0 ? kept : [.. Enum.GetValues<ActivityStatus>().Except(excluded)];
        }

        var year = q.Years.Years.Count == 1 && !q.Years.IsRange ? q.Years.Years[0] : (int?)null;
        // "2019-2020" is a range; "2025/2026" reads as two years: both ask for deadlines within those years.
        (int, int)? span = q.Years.IsRange && q.Years.From is int from && q.Years.To is int to && from < to ? (from, to)
            : q.Years.Years.Count >= 2 ? (q.Years.Years.Min(), q.Years.Years.Max()) : null;
        // "status Kvarstår eller Uppstart": each status written as the plan's own word after "status" keeps the rows so marked.
        var cells = new Dictionary<ActivityStatus, string>();
        var statusAt = q.Tokens.ToList().FindIndex(t => t is "status" or "statusen");
        if (statusAt >= 0)
        {
            foreach (var status in statuses)
            {
                var word = TextFold.Fold(StatusWords.Word(status, CardLanguage.Swedish));
                if (q.Tokens.Skip(statusAt + 1).Contains(word))
                {
                    cells[status] = word;
                }
            }
        }

        return new ActivityFilter([.. statuses.Distinct()], owners, q.Quarters, year, q.Has(Cue.Overdue))
        {
            Span = span, SoleOwner = owners.Count > 0 && Queries.QueryWords.AsksSoleOwner(q), StatusCells = cells,
            JointOwners = owners.Count >= 2 && Queries.QueryWords.AsksJointOwners(q),
        };
    }

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "inte", "ej", "not", "varken", "neither", "nor" };

    /// <summary>Words that stand between a negation and the status it negates ("inte är klara", "inte e klara", "not yet done").</summary>
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal) { "ar", "e", "is", "are", "yet", "annu", "blivit" };

    private static readonly HashSet<string> Exceptions = new(StringComparer.Ordinal)
    {
        "utom", "forutom", "except", "excluding", "exkl", "exklusive",
    };

    /// <summary>
    /// The statuses every mention of which is negated: the word before it negates ("inte", "not", "nor"), a verb status is
    /// followed by one ("pågår inte"), an exception stands a few words before it ("utom de som är klara"), or it is the
    /// second of "varken X eller Y" / "neither X nor Y".
    /// </summary>
    private static HashSet<ActivityStatus> ExcludedStatuses(QuestionUnderstanding q)
    {
        var t = q.Tokens;
        var either = t.Select((w, i) => w is "varken" or "neither" ? i : -1).FirstOrDefault(i => i >= 0, -1);

        var negated = new HashSet<ActivityStatus>();
        var named = new HashSet<ActivityStatus>();
        foreach (var hit in q.Hits)
        {
            if (StatusOf(hit.Entry.Cue) is not ActivityStatus status)
            {
                continue;
            }

            var before = hit.Start > 0 ? t[hit.Start - 1] : string.Empty;
            var after = hit.Start + hit.Length < t.Count ? t[hit.Start + hit.Length] : string.Empty;
            // "som inte e klara", "that are not yet done": a copula or "yet" between the negation and the status.
            var beforeThat = hit.Start > 1 ? t[hit.Start - 2] : string.Empty;
            var left = Negations.Contains(before) || Between.Contains(before) && Negations.Contains(beforeThat)
                || (either >= 0 && either < hit.Start && (hit.Start - either <= 3 || before is "eller" or "or"))
                || (status is ActivityStatus.InProgress or ActivityStatus.Remains && after is "inte" or "ej")
                || t.Take(hit.Start).Skip(hit.Start - 4).Any(Exceptions.Contains);
            (left ? negated : named).Add(status);
        }

        negated.ExceptWith(named);
        return negated;
    }

    private static ActivityStatus? StatusOf(Cue? cue) => cue switch
    {
        Cue.Done => ActivityStatus.Done,
        Cue.InProgress => ActivityStatus.InProgress,
        Cue.Remains => ActivityStatus.Remains,
        Cue.StartingUp => ActivityStatus.StartingUp,
        Cue.NotStarted => ActivityStatus.NotStarted,
        _ => null,
    };

    public bool Accepts(PlanActivity activity, DateOnly today)
    {
        if (Statuses.Count > 0 && (activity.Status is null || !Statuses.Contains(activity.Status.Value)))
        {
            return false;
        }

        if (activity.Status is { } marked && StatusCells.TryGetValue(marked, out var word)
            && (activity.StatusRaw is not { } raw || TextFold.Tokens(raw).FirstOrDefault() != word))
        {
            return false;
        }

        if (Owners.Count > 0 && !Owners.Any(o => activity.OwnerKeys.Contains(o.Key) || activity.Owners.Any(a => OwnerName.Normalize(a) == o.Key)))
        {
            return false;
        }

        if (JointOwners && !Owners.All(o => activity.OwnerKeys.Contains(o.Key) || activity.Owners.Any(a => OwnerName.Normalize(a) == o.Key)))
        {
            return false;
        }

        if (SoleOwner && activity.Owners.Select((a, i) => (Name: a, Key: i < activity.OwnerKeys.Count ? activity.OwnerKeys[i] : OwnerName.Normalize(a)))
            .Any(a => !string.IsNullOrWhiteSpace(a.Name) && !Owners.Any(o => o.Key == a.Key || OwnerName.Normalize(a.Name) == o.Key)))
        {
            return false;
        }

        var deadline = activity.Deadline;
        if (Quarters.Count > 0 && !deadline.Quarters.Any(Quarters.Contains))
        {
            return false;
        }

        if (Year is int y && (deadline.Year is null || y < deadline.Year || y > (deadline.YearTo ?? deadline.Year)) && !YearInStatus(activity, y))
        {
            return false;
        }

        // A span asks for deadlines within it: "2019-2020" is 2019-2020 or 2020, not 2019-2022.
        if (Span is var (spanFrom, spanTo) && (deadline.Year is not int first || first < spanFrom || (deadline.YearTo ?? first) > spanTo))
        {
            return false;
        }

        return !Overdue || activity.IsOverdueOn(today);
    }

    /// <summary>
    /// Whether the status cell names the year ("Fortsätter från 2015"): a year asked about an activity that has no
    /// deadline that year may be the year its status refers to.
    /// </summary>
    public static bool YearInStatus(PlanActivity activity, int year) =>
        activity.StatusRaw is { } raw && raw.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The filter in words: "med status Klart, ansvarig Direktör, slutförs Q2".</summary>
    public string Describe(QuestionUnderstanding q)
    {
        var parts = new List<string>();
        if (Statuses.Count > 0)
        {
            parts.Add(q.Say("status ", "status ") + string.Join(q.Say(" eller ", " or "), Statuses.Select(s => ActivityText.StatusName(q, s))));
        }

        if (Owners.Count > 0)
        {
            parts.Add(q.Say("ansvarig ", "owner ") + string.Join(JointOwners ? q.Say(" och ", " and ") : q.Say(" eller ", " or "), Owners.Select(o => o.Display))
                + (SoleOwner ? q.Say(" (ensam)", " (sole owner)") : string.Empty) + (JointOwners ? q.Say(" (tillsammans)", " (jointly)") : string.Empty));
        }

        if (Quarters.Count > 0)
        {
            parts.Add(q.Say("ska vara klara ", "due in ") + string.Join(", ", Quarters.Select(n => "Q" + n)) + (Year is null ? string.Empty : " " + Year));
        }
        else if (Span is var (from, to))
        {
            parts.Add(q.Say($"med tidpunkt inom {from}–{to}", $"due within {from}–{to}"));
        }
        else if (Year is not null)
        {
            parts.Add(q.Say($"med slutår {Year} eller {Year} i statusen", $"due in {Year} or with {Year} in the status"));
        }

        if (Overdue)
        {
            parts.Add(q.Say($"försenade: tidpunkten passerad per {q.Today:yyyy-MM-dd} och inte klara", $"overdue: deadline passed as of {q.Today:yyyy-MM-dd} and not done"));
        }

        return string.Join(", ", parts);
    }
}
