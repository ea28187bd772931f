using System.Globalization;
using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Queries;

/// <summary>What a question asks for.</summary>
public enum QueryTarget
{
    /// <summary>A forecast value or a computation over the forecast table.</summary>
    Forecast,

    /// <summary>Which occupation groups (series) the forecast has.</summary>
    ForecastGroups,

    KeyFigure,
    Activity,
    ActivityList,

    /// <summary>The asker's own activities (needs to know who asks).</summary>
    MyActivities,

    Passage,

    /// <summary>About the knowledge itself: which documents, which period, when imported.</summary>
    Knowledge,

    /// <summary>A forecast group's need together with the activities that concern it.</summary>
    ForecastAndActivities,

    Help,

    /// <summary>A request the assistant does not do (send a mail, book a meeting, ...).</summary>
    OffTopic,

    /// <summary>Nothing in the question the engine could read.</summary>
    NotUnderstood,

    /// <summary>No document imported.</summary>
    NoKnowledge,

    /// <summary>An activity asked for by a name no activity has ("Är Evikomp-aktiviteten klar?").</summary>
    MissingActivity,

    /// <summary>Two readings scored alike and would answer differently: ask which is meant (<see cref="AnswerQuery.Choices"/>).</summary>
    Choose,

    /// <summary>Nothing names what is asked about, only a word for something said before ("är den klar?", "Is it late?"): ask what is meant.</summary>
    WhichSubject,

    /// <summary>An amount of money (budget, cost, salary) asked of the forecast or of an activity whose text states none: say so.</summary>
    NoAmount,

    /// <summary>An outcome asked of the forecast ("how many did we actually hire in 2023?"): it holds needs, not what happened; say so.</summary>
    NoOutcome,

    /// <summary>A forecast need asked for a unit, team or group below the committee ("min hemtjänstenhet"): the forecast is the whole committee's; say so.</summary>
    NoUnitFigure,

    /// <summary>A count asked as it stands now ("how many open vacancies right now?", "hur många har slutat hittills i år?"): the documents are plans and forecasts with no current figures; say so.</summary>
    NoCurrentFigure,
}

/// <summary>The operation over the selected series or activities.</summary>
public enum QueryOperation
{
    Value,
    Series,
    List,
    Count,
    Sum,
    Difference,
    PercentChange,
    Share,
    Average,
    Max,
    Min,
    Compare,
    GroupByPlan,
    GroupByStatus,
}

/// <summary>
/// A question read into a typed query: what is asked, over which series (measure, groups, years, quarter, plan, owner,
/// status, topic words) and which operation. <see cref="QueryReader"/> builds it, <see cref="QueryExecutor"/> runs it;
/// <see cref="Describe"/> is what `ask --explain` prints.
/// </summary>
public sealed record AnswerQuery
{
    public required QueryTarget Target { get; init; }

    public QueryOperation Operation { get; init; } = QueryOperation.Value;

    /// <summary>"personalbehov" / "rekryteringsbehov" when the question names one.</summary>
    public string? Measure { get; init; }

    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>Groups left out ("exklusive vårdare", "utom ledning"): a forecast over the total is the total less them.</summary>
    public IReadOnlyList<string> Excluded { get; init; } = [];

    public IReadOnlyList<int> Years { get; init; } = [];

    public int? FromYear { get; init; }

    public int? ToYear { get; init; }

    public IReadOnlyList<int> Quarters { get; init; } = [];

    /// <summary>Documents the question names ("verksamhetsplanen 2024", "revisionen").</summary>
    public IReadOnlyList<int> Documents { get; init; } = [];

    public IReadOnlyList<string> Owners { get; init; } = [];

    /// <summary>Only activities without an owner.</summary>
    public bool NoOwner { get; init; }

    public IReadOnlyList<ActivityStatus> Statuses { get; init; } = [];

    public bool Overdue { get; init; }

    /// <summary>Content words that select activities or passages ("språk", "heltid").</summary>
    public IReadOnlyList<string> Topic { get; init; } = [];

    /// <summary>Whether the asker asked for a list (so a long one may be shown, ten at a time).</summary>
    public bool ListRequested { get; init; }

    /// <summary>"visa alla": the whole list, not the first ten.</summary>
    public bool ShowAll { get; init; }

    /// <summary>The questions offered as buttons when <see cref="Target"/> is <see cref="QueryTarget.Choose"/>.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Every candidate reading with its score and evidence, best first (what `ask --explain` lists).</summary>
    public IReadOnlyList<string> Readings { get; init; } = [];

    /// <summary>Why the chosen reading won.</summary>
    public string? Decision { get; init; }

    public string Describe()
    {
        var parts = new List<string> { $"target={Target}", $"operation={Operation}" };
        void Add(string name, System.Collections.IEnumerable values)
        {
            var text = string.Join(", ", values.Cast<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
            if (text.Length > 0)
            {
                parts.Add($"{name}=[{text}]");
            }
        }

        if (Measure is not null)
        {
            parts.Add($"measure={Measure}");
        }

        Add("groups", Groups);
        Add("excluding", Excluded);
        Add("years", Years);
        if (FromYear is not null || ToYear is not null)
        {
            parts.Add($"range={FromYear}-{ToYear}");
        }

        Add("quarters", Quarters);
        Add("documents", Documents);
        Add("owners", Owners);
        Add("statuses", Statuses);
        Add("topic", Topic);
        Add("choices", Choices);
        if (NoOwner)
        {
            parts.Add("noOwner");
        }

        if (Overdue)
        {
            parts.Add("overdue");
        }

        if (ListRequested)
        {
            parts.Add("listRequested");
        }

        if (ShowAll)
        {
            parts.Add("showAll");
        }

        return string.Join(' ', parts);
    }
}
