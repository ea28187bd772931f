namespace Assistant.Bot.Answering.Understanding;

/// <summary>The years a question names: single years in order, and a range when it names one (from ≤ to).</summary>
public sealed record YearSpec(IReadOnlyList<int> Years, int? From, int? To)
{
    public static readonly YearSpec None = new([], null, null);

    public bool IsRange => From is not null && To is not null;

    public bool IsEmpty => Years.Count == 0 && !IsRange;

    /// <summary>Every year asked for: the range expanded, else the single years.</summary>
    public IEnumerable<int> All => IsRange ? Enumerable.Range(From!.Value, To!.Value - From.Value + 1) : Years;
}
