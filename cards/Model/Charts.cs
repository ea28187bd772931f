namespace Assistant.Cards.Model;

/// <summary>
/// Teams chart elements (not in the Adaptive Cards schema: other renderers drop them). Build them through
/// ChartFactory so each carries a fallback.
/// </summary>
public abstract record ChartElement : AdaptiveElement
{
    public string? Title { get; init; }

    /// <summary>"categorical", "sequential" or "diverging": colours items in order when they name none.</summary>
    public string? ColorSet { get; init; }
}

public sealed record VerticalBarChart(IReadOnlyList<BarDatum> Data) : ChartElement
{
    public string? XAxisTitle { get; init; }

    public string? YAxisTitle { get; init; }

    public string? Color { get; init; }

    public bool? ShowBarValues { get; init; }
}

public sealed record BarDatum(string X, decimal Y, string? Color = null);

public sealed record LineChart(IReadOnlyList<LineSeries> Data) : ChartElement
{
    public string? XAxisTitle { get; init; }

    public string? YAxisTitle { get; init; }
}

public sealed record LineSeries(string Legend, IReadOnlyList<LinePoint> Values, string? Color = null);

public sealed record LinePoint(string X, decimal Y);

public sealed record PieChart(IReadOnlyList<PieDatum> Data) : ChartElement;

public sealed record DonutChart(IReadOnlyList<PieDatum> Data) : ChartElement;

public sealed record PieDatum(string Legend, decimal Value, string? Color = null);
