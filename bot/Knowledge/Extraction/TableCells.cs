using Assistant.Bot.Knowledge.Reading;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>Small helpers over the raw rows of a table.</summary>
public static class TableCells
{
    public static string Cell(IReadOnlyList<string> row, int index) => index >= 0 && index < row.Count ? row[index] : string.Empty;

    public static bool IsEmpty(string? cell) => HtmlText.ToSingleLine(cell).Length == 0;

    /// <summary>A Markdown or text separator row: "--", "---", ":--:" in every filled cell.</summary>
    public static bool IsSeparator(IReadOnlyList<string> row)
    {
        var filled = row.Where(c => c.Trim().Length > 0).ToList();
        return filled.Count > 0 && filled.All(c => c.Trim().All(ch => ch is '-' or ':' or '=' or '–' or ' ' or '+'));
    }

    public static bool IsBlank(IReadOnlyList<string> row) => row.All(IsEmpty);

    /// <summary>Rows with only the first cell filled, above the header: the table's own caption and notes.</summary>
    public static int CaptionRows(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var n = 0;
        while (n < rows.Count && rows[n].Count(c => !IsEmpty(c)) == 1 && !IsEmpty(rows[n][0]))
        {
            n++;
        }

        return n;
    }

    /// <summary>The table as text, one row a line, for the passages when the table holds no figures or activities.</summary>
    public static string AsText(IReadOnlyList<IReadOnlyList<string>> rows) =>
        string.Join('\n', rows.Where(r => !IsSeparator(r) && !IsBlank(r))
            .Select(r => string.Join(" | ", r.Select(c => HtmlText.ToSingleLine(c)).Where(c => c.Length > 0))));
}
