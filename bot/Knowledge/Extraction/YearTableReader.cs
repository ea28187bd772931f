using Assistant.Bot.Knowledge.Reading;
using Assistant.Bot.Plans;
using static Assistant.Bot.Knowledge.Extraction.TableCells;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// Tables whose header row is years ("2019 2020 ... 2027", "Utfall 2013 ... Målvärde 2016").
/// A forecast table has plain years and names its measures (rows with a label and no values, "Personalbehov",
/// "Rekryteringsbehov", or a caption about "behov"/"prognos"): each cell is a <see cref="ForecastValue"/>.
/// Any other year table is key figures: each filled cell a <see cref="KeyFigure"/>, text kept when it is no number.
/// </summary>
public static class YearTableReader
{
    public static bool TryRead(IReadOnlyList<IReadOnlyList<string>> rows, TableContext context, ExtractionResult result)
    {
        var captionRows = CaptionRows(rows);
        var headerIndex = -1;
        for (var i = captionRows; i < Math.Min(rows.Count, captionRows + 3); i++)
        {
            if (rows[i].Skip(1).Count(c => HtmlText.ToSingleLine(c).Length <= 25 && SwedishNumber.YearIn(c) is not null) >= 2)
            {
                headerIndex = i;
                break;
            }
        }

        if (headerIndex < 0)
        {
            return false;
        }

        var header = rows[headerIndex].Select(c => HtmlText.ToSingleLine(c)).ToArray();
        var firstYear = Array.FindIndex(header, 1, h => h.Length <= 25 && SwedishNumber.YearIn(h) is not null);
        var caption = captionRows > 0 ? HtmlText.ToSingleLine(rows[0][0]) : context.Caption;
        var data = Rows(rows, headerIndex + 1, firstYear, header.Length);
        var yearColumns = Enumerable.Range(firstYear, header.Length - firstYear).Where(j => SwedishNumber.YearIn(header[j]) is not null && header[j].Length <= 25).ToList();
        var plainYears = yearColumns.All(j => SwedishNumber.IsYear(header[j]));
        var measures = data.Any(d => d.IsSection);
        var aboutForecast = caption is not null && (caption.Contains("behov", StringComparison.OrdinalIgnoreCase) || caption.Contains("prognos", StringComparison.OrdinalIgnoreCase));
        var cells = data.Where(d => !d.IsSection).SelectMany(d => yearColumns.Select(j => Cell(d.Cells, j))).Where(c => !IsEmpty(c)).ToList();
        var numeric = cells.Count(c => SwedishNumber.Parse(c) is not null);
        if (plainYears && (measures || aboutForecast) && cells.Count > 0 && numeric >= cells.Count * 0.9)
        {
            ReadForecasts(data, header, yearColumns, caption, context, result);
        }
        else
        {
            ReadFigures(data, header, firstYear, caption ?? context.Name, result);
        }

        return true;
    }

    private static void ReadForecasts(List<DataRow> data, string[] header, List<int> yearColumns, string? caption, TableContext context, ExtractionResult result)
    {
        string? measure = null;
        var seen = new HashSet<(string, string, int)>();
        foreach (var row in data)
        {
            if (row.IsSection)
            {
                measure = row.Label;
                continue;
            }

            var name = measure ?? caption ?? "Prognos";
            foreach (var j in yearColumns)
            {
                var raw = HtmlText.ToSingleLine(Cell(row.Cells, j));
                var year = SwedishNumber.YearIn(header[j])!.Value;
                if (raw.Length == 0)
                {
                    continue;
                }

                if (SwedishNumber.Parse(raw) is not { } value)
                {
                    result.Problems.Add($"Prognostabell '{context.Name}': '{raw}' ({name}, {row.Label}, {year}) är inget tal och lästes inte.");
                }
                else if (!seen.Add((name.ToLowerInvariant(), row.Label.ToLowerInvariant(), year)))
                {
                    result.Problems.Add($"Prognostabell '{context.Name}': {name}, {row.Label}, {year} förekommer två gånger; det första värdet gäller.");
                }
                else
                {
                    result.Forecasts.Add(new ForecastValue { Measure = name, Group = row.Label, Year = year, Value = value, Table = caption });
                }
            }
        }
    }

    private static void ReadFigures(List<DataRow> data, string[] header, int firstValue, string table, ExtractionResult result)
    {
        foreach (var row in data.Where(d => !d.IsSection))
        {
            for (var j = firstValue; j < header.Length; j++)
            {
                var raw = HtmlText.ToSingleLine(Cell(row.Cells, j));
                if (raw.Length == 0 || header[j].Length == 0)
                {
                    continue;
                }

                result.AddFigure(table, row.Label, header[j], raw);
            }
        }
    }

    private static List<DataRow> Rows(IReadOnlyList<IReadOnlyList<string>> rows, int start, int firstValue, int width)
    {
        var data = new List<DataRow>();
        for (var r = start; r < rows.Count; r++)
        {
            var row = rows[r];
            if (IsSeparator(row) || IsBlank(row))
            {
                continue;
            }

            var label = string.Join(" – ", Enumerable.Range(0, Math.Max(firstValue, 1)).Select(j => HtmlText.ToSingleLine(Cell(row, j))).Where(t => t.Length > 0));
            var hasValues = Enumerable.Range(firstValue, Math.Max(width - firstValue, 0)).Any(j => !IsEmpty(Cell(row, j)));
            if (label.Length > 0)
            {
                data.Add(new DataRow(label, row, !hasValues));
            }
        }

        return data;
    }

    private sealed record DataRow(string Label, IReadOnlyList<string> Cells, bool IsSection);
}
