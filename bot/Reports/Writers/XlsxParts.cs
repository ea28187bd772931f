using System.Globalization;
using Assistant.Bot.Plans;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Assistant.Bot.Reports.Writers;

/// <summary>Cells and the stylesheet of the Excel report. Style indexes are the positions in <see cref="Stylesheet"/>'s cellXfs.</summary>
internal static class XlsxParts
{
    public const uint Plain = 0;
    public const uint HeaderStyle = 1;
    public const uint DateStyle = 2;
    public const uint DateTimeStyle = 3;
    public const uint Wrapped = 4;
    public const uint BoldStyle = 5;
    public const uint TopAligned = 6;
    private const uint FirstStatus = 7;

    private const double LineHeight = 15;
    private const double MaxRowHeight = 409;

    /// <summary>The cell style that fills a status cell with its colour (plain when the status has none).</summary>
    public static uint StatusStyle(ActivityStatus? status)
    {
        var index = status is { } known ? ReportStatuses.Order.ToList().IndexOf(known) : -1;
        return index >= 0 && ReportStatuses.FillHex(status) is not null ? FirstStatus + (uint)index : Wrapped;
    }

    public static Stylesheet Stylesheet()
    {
        var statusFills = ReportStatuses.Order.Select(s => ReportStatuses.FillHex(s) ?? "FFFFFF").ToList();
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid(DocxParts.HeaderFill));
        foreach (var hex in statusFills)
        {
            fills.Append(Solid(hex));
        }

        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat(Top()) { NumberFormatId = 164, ApplyNumberFormat = true, ApplyAlignment = true },
            new CellFormat(Top()) { NumberFormatId = 165, ApplyNumberFormat = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { ApplyAlignment = true },
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat(Top()) { ApplyAlignment = true });
        for (var i = 0; i < statusFills.Count; i++)
        {
            formats.Append(new CellFormat(Top()) { FillId = (uint)(3 + i), ApplyFill = true, ApplyAlignment = true });
        }

        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm-dd hh:mm" }),
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })),
            fills,
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
            new CellStyleFormats(new CellFormat()),
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    /// <summary>Excel holds at most this many characters in a cell.</summary>
    public const int MaxCellText = 32767;

    public static Cell Text(string column, uint row, string text, uint style = Plain)
    {
        var safe = ReportText.XmlSafe(text).Replace("\r\n", "\n", StringComparison.Ordinal);
        return new Cell
        {
            CellReference = column + row.ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.InlineString,
            StyleIndex = style,
            InlineString = new InlineString(new Text(safe.Length > MaxCellText ? safe[..(MaxCellText - 1)] + "…" : safe) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }

    public static Cell Number(string column, uint row, double value, uint style = Plain) => new()
    {
        CellReference = column + row.ToString(CultureInfo.InvariantCulture),
        DataType = CellValues.Number,
        StyleIndex = style,
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>A date or time as Excel's serial number, shown with a date format.</summary>
    public static Cell Date(string column, uint row, DateTime value, uint style) =>
        Number(column, row, value.ToOADate(), style);

    /// <summary>A, B, ..., Z, AA, AB, ...</summary>
    public static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Header row frozen: the pane below row 1 scrolls, row 1 stays.</summary>
    public static SheetViews FrozenHeader(bool selected) => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    {
        TabSelected = selected,
        WorkbookViewId = 0,
    });

    /// <summary>Printing: landscape, all columns on the page width, as many pages down as needed.</summary>
    public static SheetProperties FitToPageWidth() => new(new PageSetupProperties { FitToPage = true });

    public static PageMargins Margins() => new() { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 };

    public static PageSetup LandscapeFitToWidth() => new() { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 };

    public static Columns Widths(IReadOnlyList<double> widths) =>
        new(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));

    /// <summary>
    /// Neither Excel nor LibreOffice grows a row for wrapped text on opening a generated file, so the height is set from
    /// an estimate: the most lines any wrapped cell needs at its column's width (Calibri 11: about 1.1 characters per
    /// width unit, 15 points per line).
    /// </summary>
    public static double RowHeight(Row row, IReadOnlyList<double> widths)
    {
        var lines = 1;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = ColumnIndex(cell.CellReference!.Value!);
            if (cell.StyleIndex?.Value != Wrapped || column >= widths.Count)
            {
                continue;
            }

            var perLine = Math.Max(1, (int)(widths[column] * 1.1));
            var needed = cell.InnerText.Split('\n').Sum(part => Math.Max(1, (part.Length + perLine - 1) / perLine));
            lines = Math.Max(lines, needed);
        }

        return Math.Min(MaxRowHeight, lines * LineHeight);
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    private static Alignment Top() => new() { Vertical = VerticalAlignmentValues.Top };

    private static Fill Solid(string hex) => new(new PatternFill(
        new ForegroundColor { Rgb = "FF" + hex },
        new BackgroundColor { Indexed = 64 })
    { PatternType = PatternValues.Solid });
}
