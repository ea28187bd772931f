using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Assistant.Bot.Knowledge.Reading;

/// <summary>
/// Excel workbooks: each worksheet is a heading (its name) and its cells as tables and text (see <see cref="SheetBlocks"/>).
/// Numbers are written the Swedish way ("4,6") so one number reader serves every format.
/// </summary>
public static partial class XlsxReader
{
    public static ReadDocument Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("the workbook has no workbook part");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var blocks = new List<DocumentBlock>();
        var canonical = new List<string>();
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var rows = Grid(part, shared);
            if (rows.Count == 0)
            {
                continue;
            }

            var name = sheet.Name?.Value ?? "Blad";
            blocks.Add(new HeadingBlock(1, name));
            blocks.AddRange(SheetBlocks.From(rows, 2));
            canonical.Add("# " + name);
            canonical.AddRange(rows.Select(r => string.Join('\t', r)));
        }

        // The title: the workbook's own, else a heading line at the top of the first sheet (sheet names are no titles).
        var title = document.PackageProperties.Title;
        var firstLine = blocks.Skip(1).FirstOrDefault() as HeadingBlock;
        return new ReadDocument(blocks, TextDecoder.Canonical(string.Join('\n', canonical)), string.IsNullOrWhiteSpace(title) ? firstLine?.Text : title.Trim());
    }

    private static List<IReadOnlyList<string>> Grid(WorksheetPart part, string[] shared)
    {
        var cells = new Dictionary<(int Row, int Column), string>();
        foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
        {
            var rowIndex = (int)(row.RowIndex?.Value ?? 0);
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : column + 1;
                var r = cell.CellReference?.Value is { } rf ? RowIndex(rf) : rowIndex;
                var value = ValueOf(cell, shared);
                if (value.Length > 0)
                {
                    cells[(r, column)] = value;
                }
            }
        }

        if (cells.Count == 0)
        {
            return [];
        }

        var minRow = cells.Keys.Min(k => k.Row);
        var maxRow = cells.Keys.Max(k => k.Row);
        var minColumn = cells.Keys.Min(k => k.Column);
        var maxColumn = cells.Keys.Max(k => k.Column);
        var grid = new List<IReadOnlyList<string>>();
        for (var r = minRow; r <= maxRow; r++)
        {
            var line = new string[maxColumn - minColumn + 1];
            for (var c = minColumn; c <= maxColumn; c++)
            {
                line[c - minColumn] = cells.GetValueOrDefault((r, c), string.Empty);
            }

            grid.Add(line);
        }

        return grid;
    }

    private static string ValueOf(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i].Trim() : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText.Trim() ?? string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if ((type is null || type == CellValues.Number)
            && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString("0.##########", CultureInfo.InvariantCulture).Replace('.', ',');
        }

        return raw.Trim();
    }

    private static int ColumnIndex(string reference)
    {
        var letters = ColumnLetters().Match(reference).Value.ToUpperInvariant();
        return letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));
    }

    private static int RowIndex(string reference) =>
        int.TryParse(RowDigits().Match(reference).Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : 0;

    [GeneratedRegex("^[A-Za-z]+")]
    private static partial Regex ColumnLetters();

    [GeneratedRegex("[0-9]+$")]
    private static partial Regex RowDigits();
}
