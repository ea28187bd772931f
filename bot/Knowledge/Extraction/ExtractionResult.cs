using Assistant.Bot.Knowledge.Reading;
using Assistant.Bot.Plans;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>Everything one document gave, before it is stored: facts, passages and what could not be read.</summary>
public sealed class ExtractionResult(DocumentMetadata metadata, string plainText)
{
    public DocumentMetadata Metadata { get; } = metadata;

    /// <summary>The document's text without markup: for finding other extractions of the same document.</summary>
    public string PlainText { get; } = plainText;

    public List<ForecastValue> Forecasts { get; } = [];

    public List<KeyFigure> Figures { get; } = [];

    public List<ExtractedActivity> Activities { get; } = [];

    public List<Passage> Passages { get; } = [];

    /// <summary>What could not be read, one sentence each (Swedish: the administrator reads them).</summary>
    public List<string> Problems { get; } = [];

    /// <summary>
    /// One cell of a key-figure table; a cell that holds digits but no single number is kept as text and reported. The
    /// year is the column's, else <paramref name="periodYear"/> (the one year the table's caption covers).
    /// </summary>
    public void AddFigure(string table, string row, string column, string raw, int? periodYear = null)
    {
        var text = HtmlText.Clean(raw);
        var parsed = SwedishNumber.TryParse(text, out var value, out var cellUnit);
        if (!parsed && text.Any(char.IsDigit))
        {
            Problems.Add($"Tabell '{TableContext.Short(table)}': '{text}' ({TableContext.Short(row)}, {column}) är inget enskilt tal och sparas som text.");
        }

        Figures.Add(new KeyFigure
        {
            Table = table,
            Row = row,
            Column = column,
            Year = SwedishNumber.YearIn(column) ?? periodYear,
            Value = parsed ? value : null,
            Unit = parsed ? Units.Of(cellUnit, row, column, table) : null,
            RawText = text,
        });
    }
}
