
namespace Assistant.Bot.Plans;

/// <summary>An activity of a verksamhetsplan or aktivitetsplan, with its owners, deadline and current status.</summary>
public sealed class PlanActivity
{
    /// <summary>The longest <see cref="TableName"/> kept; a longer title is cut.</summary>
    public const int TableNameMaxLength = 300;

    public int Id { get; set; }

    public int DocumentId { get; set; }

    public KnowledgeDocument? Document { get; set; }

    /// <summary>Stable identity across re-imports (hash of plan, goal and title), so history survives.</summary>
    public required string ExternalKey { get; set; }

    /// <summary>Order within the source document, for reports grouped like the plan.</summary>
    public int Ordinal { get; set; }

    /// <summary>Perspektiv (Samhälle, Medborgare, Ekonomi, Verksamhet, Medarbetare) or strategiskt område.</summary>
    public string? Perspective { get; set; }

    /// <summary>Nämndmål or "Vad" (the goal the activity serves).</summary>
    public string? Goal { get; set; }

    public required string Title { get; set; }

    /// <summary>The title of the table the activity was read from (its caption, else the heading above it), so that
    /// a plan with several activity tables can be asked about one of them; null for activities imported before it was kept.</summary>
    public string? TableName { get; set; }

    public string? Description { get; set; }

    /// <summary>Owners as written, one per entry ("Avd- c ÖVF", "HR-chef").</summary>
    public List<string> Owners { get; set; } = [];

    /// <summary>The owners in normalised form (see <see cref="OwnerName.Normalize"/>), same order as <see cref="Owners"/>.</summary>
    public List<string> OwnerKeys { get; set; } = [];

    public string? DeadlineText { get; set; }

    public int? DeadlineYear { get; set; }

    public int? DeadlineYearTo { get; set; }

    /// <summary>Quarters 1-4 of <see cref="DeadlineYear"/>; empty when the deadline is a year or range.</summary>
    public List<int> DeadlineQuarters { get; set; } = [];

    /// <summary>The deadline as one value; setting it sets the four stored columns.</summary>
    public Deadline Deadline
    {
        get => new(DeadlineText, DeadlineYear, DeadlineYearTo, DeadlineQuarters);
        set
        {
            DeadlineText = value.Text;
            DeadlineYear = value.Year;
            DeadlineYearTo = value.YearTo;
            DeadlineQuarters = [.. value.Quarters];
        }
    }

    public ActivityStatus? Status { get; set; }

    /// <summary>The status cell as written in the source.</summary>
    public string? StatusRaw { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset? StatusChangedAt { get; set; }

    public string? StatusChangedBy { get; set; }

    public List<StatusChange> History { get; set; } = [];

    /// <summary>The last day of the deadline; quarters without a year take the plan's year when <see cref="Document"/> is loaded.</summary>
    public DateOnly? LastDay => Deadline.LastDayIn(Document?.Year);

    /// <summary>See <see cref="Overdue"/>: not Klart and the last day is before <paramref name="today"/>.</summary>
    public bool IsOverdueOn(DateOnly today) => Overdue.On(today, Status, LastDay);

    /// <summary>Marked Klart; everything else (no status included) is still open.</summary>
    public bool IsDone => Status == ActivityStatus.Done;

    /// <summary>The owners as (normalised key, as written) pairs; empty when it has none.</summary>
    public IEnumerable<(string Key, string Name)> OwnerEntries()
    {
        for (var i = 0; i < Owners.Count; i++)
        {
            var name = Owners[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var key = OwnerKeys.Count == Owners.Count && !string.IsNullOrWhiteSpace(OwnerKeys[i])
                ? OwnerKeys[i]
                : OwnerName.Normalize(name);
            yield return (key, name.Trim());
        }
    }
}
