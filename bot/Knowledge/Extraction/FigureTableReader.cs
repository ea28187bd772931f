using Assistant.Bot.Knowledge.Reading;
using static Assistant.Bot.Knowledge.Extraction.TableCells;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// Tables of figures without years in the header ("Börjat | Slutat | Genomsnittligt antal", "Totalt | From dag 60"):
/// a row label and numbers. A row of labels inside the table starts a new part ("Månadsavlönade* | Börjat | ..."),
/// named after its first cell. At least half of the filled cells must be numbers, else it is no figure table.
/// </summary>
public static class FigureTableReader
{
    public static bool TryRead(IReadOnlyList<IReadOnlyList<string>> rows, TableContext context, ExtractionResult result)
    {
        var captionRows = CaptionRows(rows);
        var body = rows.Skip(captionRows).Where(r => !IsSeparator(r) && !IsBlank(r)).Select(r => r.Select(c => HtmlText.ToSingleLine(c)).ToArray()).ToList();
        if (body.Count < 2 || !IsHeader(body[0]))
        {
            return false;
        }

        var values = body.Skip(1).SelectMany(r => r.Skip(1)).Where(c => c.Length > 0).ToList();
        var numbers = values.Count(c => SwedishNumber.Parse(c) is not null);
        if (numbers == 0 || numbers < values.Count * 0.5)
        {
            return false;
        }

        var caption = captionRows > 0 ? HtmlText.ToSingleLine(rows[0][0]) : context.Caption ?? context.Name;

        // "Sjukfrånvaro i % av arbetstiden" over a row "160101-161231": the period belongs to the caption, and the year it
        // covers stands for every cell whose column names none ("Totalt", "Slutat"), so "sjukfrånvaro 2016" finds them.
        var period = rows.Take(captionRows).Skip(1).Select(r => HtmlText.ToSingleLine(r[0])).FirstOrDefault(c => SwedishNumber.PeriodYear(c) is not null && c.Length <= 30);
        if (period is not null && SwedishNumber.PeriodYear(caption) is null)
        {
            caption = $"{caption} {period}";
        }

        var periodYear = SwedishNumber.PeriodYear(caption);
        var header = body[0];
        foreach (var row in body.Skip(1))
        {
            if (IsHeader(row))
            {
                header = row;
                continue;
            }

            var table = header[0].Length > 0 ? $"{caption} – {header[0]}" : caption;
            for (var j = 1; j < row.Length; j++)
            {
                var column = j < header.Length ? header[j] : string.Empty;
                if (row[j].Length > 0 && column.Length > 0 && row[0].Length > 0)
                {
                    result.AddFigure(table, row[0], column, row[j], periodYear);
                }
            }
        }

        return true;
    }

    /// <summary>A row of labels: at least two filled cells after the first and none of them a number.</summary>
    private static bool IsHeader(string[] row)
    {
        var rest = row.Skip(1).Where(c => c.Length > 0).ToList();
        return rest.Count >= 1 && rest.All(c => SwedishNumber.Parse(c) is null) && row.Count(c => c.Length > 0) >= 2;
    }
}
