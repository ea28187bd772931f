using Assistant.Bot.Plans;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>An activity as read from one row of a table (plus the rows a page break split off it).</summary>
public sealed class ExtractedActivity
{
    public int Ordinal { get; init; }

    public string? Perspective { get; init; }

    public string? Goal { get; init; }

    /// <summary>The title of the table the activity stands in (<see cref="TableContext.Title"/>).</summary>
    public string? Table { get; init; }

    /// <summary>The lines of the activity cell (list items as lines), continuation rows appended.</summary>
    public List<string> Lines { get; } = [];

    /// <summary>Other named columns as "Header: value" (e.g. "Förväntade effekter: ...", "Genomförande: 2019-2021").</summary>
    public List<string> Details { get; } = [];

    public IReadOnlyList<string> Owners { get; init; } = [];

    public Deadline Deadline { get; init; } = Deadline.None;

    public ActivityStatus? Status { get; init; }

    public string? StatusRaw { get; init; }

    public string? Comment { get; set; }

    public string Title => ActivityText.Title(Lines);

    /// <summary>The whole activity text and the other columns; null when it says no more than the title.</summary>
    public string? Description
    {
        get
        {
            var text = string.Join('\n', Lines.Concat(Details));
            return text == Title || text.Length == 0 ? null : text;
        }
    }
}
