namespace Assistant.Bot.Plans;

/// <summary>One cell of another key-figure table (sjukfrånvaro, personalomsättning, ...).</summary>
public sealed class KeyFigure
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public KnowledgeDocument? Document { get; set; }

    /// <summary>The table's caption or heading.</summary>
    public required string Table { get; set; }

    /// <summary>Row label as written, e.g. "Sjukfrånvaro".</summary>
    public required string Row { get; set; }

    /// <summary>Column label as written, e.g. "Utfall 2015".</summary>
    public required string Column { get; set; }

    /// <summary>The year the column (or row) names, when it names one.</summary>
    public int? Year { get; set; }

    /// <summary>The numeric value; null when the cell is not a number (the raw text is kept).</summary>
    public decimal? Value { get; set; }

    /// <summary>"%", "kr", "dagar", ... when the cell or its labels say so.</summary>
    public string? Unit { get; set; }

    public required string RawText { get; set; }
}
