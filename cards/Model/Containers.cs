using System.Text.Json.Serialization;

namespace Assistant.Cards.Model;

public sealed record Container(IReadOnlyList<AdaptiveElement> Items) : AdaptiveElement
{
    public ContainerStyle? Style { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public bool? Bleed { get; init; }

    public AdaptiveAction? SelectAction { get; init; }
}

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : AdaptiveElement
{
    public ContainerStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public AdaptiveAction? SelectAction { get; init; }
}

public sealed record Column(IReadOnlyList<AdaptiveElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public string? Id { get; init; }

    public ColumnWidth? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }

    public AdaptiveAction? SelectAction { get; init; }
}

public sealed record ActionSet(IReadOnlyList<AdaptiveAction> Actions) : AdaptiveElement
{
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

/// <summary>A grid (schema 1.5). Each row has one cell per column definition.</summary>
public sealed record Table(IReadOnlyList<TableColumnDefinition> Columns, IReadOnlyList<TableRow> Rows) : AdaptiveElement
{
    public bool? FirstRowAsHeader { get; init; }

    public bool? ShowGridLines { get; init; }

    public ContainerStyle? GridStyle { get; init; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    public VerticalAlignment? VerticalCellContentAlignment { get; init; }
}

/// <param name="Width">Relative weight of the column.</param>
public sealed record TableColumnDefinition(int Width = 1)
{
    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableRow";

    public ContainerStyle? Style { get; init; }
}

public sealed record TableCell(IReadOnlyList<AdaptiveElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableCell";

    public ContainerStyle? Style { get; init; }

    public AdaptiveAction? SelectAction { get; init; }
}
