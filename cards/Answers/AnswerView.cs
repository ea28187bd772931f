namespace Assistant.Cards.Answers;

/// <summary>What an answer card shows.</summary>
/// <param name="Text">The answer in words (our text, light markdown: only ** bold is kept, the rest is escaped).</param>
public sealed record AnswerView(string Text, IReadOnlyList<SourceView> Sources)
{
    /// <summary>The figure to show large, already formatted ("112 personer"); null to show the text only.</summary>
    public string? Figure { get; init; }

    public SeriesView? Series { get; init; }

    /// <summary>Questions the user may mean or ask next (buttons that send the text).</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];
}

/// <summary>Where a fact came from; texts as written in the documents (escaped by the card).</summary>
public sealed record SourceView(string Title, string? Organisation = null, int? Year = null, string? Table = null, string? Period = null, DateOnly? Imported = null);

/// <param name="Unit">"personer", "%", or null.</param>
public sealed record SeriesView(string Title, string? Unit, IReadOnlyList<SeriesValue> Points)
{
    public ChartKind Chart { get; init; } = ChartKind.Auto;
}

public sealed record SeriesValue(string Label, decimal Value);

public enum ChartKind
{
    /// <summary>Bars for up to <see cref="Building.ChartFactory.MaxBars"/> points, a line beyond.</summary>
    Auto,
    Bar,
    Line,
}
