using Assistant.Bot.Answering.Understanding;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Plans;

namespace Assistant.Bot.Answering.Snapshot;

public enum MeasureKind
{
    Staffing,
    Recruitment,
    Other,
}

/// <summary>A measure of a forecast table as written ("Personalbehov") and what it means.</summary>
public sealed record ForecastMeasure(string Written, MeasureKind Kind)
{
    public string Label(QuestionUnderstanding q) => Kind switch
    {
        MeasureKind.Staffing => q.Say("personalbehov", "staffing need"),
        MeasureKind.Recruitment => q.Say("rekryteringsbehov", "recruitment need"),
        _ => Written,
    };

    public static MeasureKind KindOf(string written)
    {
        var folded = TextFold.Fold(written);
        return folded.Contains("rekryt", StringComparison.Ordinal) || folded.Contains("recruit", StringComparison.Ordinal) ? MeasureKind.Recruitment
            : folded.Contains("personal", StringComparison.Ordinal) || folded.Contains("staff", StringComparison.Ordinal) ? MeasureKind.Staffing
            : MeasureKind.Other;
    }
}

/// <summary>The forecast values of one document as a table: measure x group x year.</summary>
public sealed class ForecastTable
{
    private readonly Dictionary<(string Measure, string Group, int Year), ForecastValue> _cells;

    public ForecastTable(int documentId, IReadOnlyList<ForecastValue> values)
    {
        DocumentId = documentId;
        _cells = values.GroupBy(v => (v.Measure, v.Group, v.Year)).ToDictionary(g => g.Key, g => g.First());
        Measures = [.. values.Select(v => v.Measure).Distinct().Select(m => new ForecastMeasure(m, ForecastMeasure.KindOf(m)))];
        Groups = [.. values.Select(v => v.Group).Distinct()];
        Years = [.. values.Select(v => v.Year).Distinct().Order()];
        TableName = values.Select(v => v.Table).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        GroupTokens = Groups.ToDictionary(g => g, g => (IReadOnlyList<string>)TextFold.Tokens(g), StringComparer.Ordinal);
        FoldedGroups = Groups.ToDictionary(g => g, TextFold.Fold, StringComparer.Ordinal);
        TotalGroup = Groups.FirstOrDefault(g => Occupation.Total.IsGroup(FoldedGroups[g]));
    }

    /// <summary>Each group's name folded (<see cref="TextFold.Fold"/>), read once.</summary>
    public IReadOnlyDictionary<string, string> FoldedGroups { get; }

    /// <summary>Each group's name as folded tokens (<see cref="TextFold.Tokens"/>), read once.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> GroupTokens { get; }

    public int DocumentId { get; }

    public IReadOnlyList<ForecastMeasure> Measures { get; }

    public IReadOnlyList<string> Groups { get; }

    public IReadOnlyList<int> Years { get; }

    public string? TableName { get; }

    public int FirstYear => Years[0];

    public int LastYear => Years[^1];

    public string? TotalGroup { get; }

    public IEnumerable<string> OccupationGroups => Groups.Where(g => g != TotalGroup && !Derived.Contains(g));

    // Groups computed from the table's own rows (the total less some groups), each value from cells of this table.
    private readonly Dictionary<(string Measure, string Group, int Year), decimal> _derived = [];

    private ForecastTable(ForecastTable table, string name)
    {
        _cells = table._cells;
        _derived = new(table._derived);
        DocumentId = table.DocumentId;
        Measures = table.Measures;
        Groups = [.. table.Groups, name];
        Years = table.Years;
        TableName = table.TableName;
        GroupTokens = new Dictionary<string, IReadOnlyList<string>>(table.GroupTokens, StringComparer.Ordinal) { [name] = TextFold.Tokens(name) };
        FoldedGroups = new Dictionary<string, string>(table.FoldedGroups, StringComparer.Ordinal) { [name] = TextFold.Fold(name) };
        TotalGroup = table.TotalGroup;
        Derived = new HashSet<string>(table.Derived, StringComparer.Ordinal) { name };
    }

    /// <summary>Groups computed from the others (<see cref="Excluding"/>), never ranked among the occupation groups.</summary>
    public IReadOnlySet<string> Derived { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// This table with one more group, <paramref name="name"/>: the total less the groups <paramref name="excluded"/>,
    /// for each measure and year where the total and every one of those groups have a value.
    /// </summary>
    public ForecastTable Excluding(IReadOnlyList<string> excluded, string name)
    {
        var table = new ForecastTable(this, name);
        if (TotalGroup is null)
        {
            return table;
        }

        foreach (var measure in Measures)
        {
            foreach (var year in Years)
            {
                var total = Value(measure, TotalGroup, year);
                var parts = excluded.Select(g => Value(measure, g, year)).ToList();
                if (total is not null && parts.All(p => p is not null))
                {
                    table._derived[(measure.Written, name, year)] = total.Value - parts.Sum(p => p!.Value);
                }
            }
        }

        return table;
    }

    public decimal? Value(ForecastMeasure measure, string group, int year) =>
        _cells.TryGetValue((measure.Written, group, year), out var cell) ? cell.Value
        : _derived.Count > 0 && _derived.TryGetValue((measure.Written, group, year), out var derived) ? derived
        : null;

    /// <summary>The forecast tables of the documents, newest document first.</summary>
    public static List<ForecastTable> All(IReadOnlyList<ForecastValue> forecasts, IReadOnlyDictionary<int, KnowledgeDocument> documents) =>
    [
        .. forecasts
            .GroupBy(f => f.DocumentId)
            .Select(g => new ForecastTable(g.Key, [.. g]))
            .OrderByDescending(t => documents.GetValueOrDefault(t.DocumentId)?.Year ?? 0)
            .ThenByDescending(t => t.DocumentId),
    ];
}
