using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Bot.Reports.Writers;

/// <summary>The building blocks of the Word report: styles, paragraphs, tables, the footer with page numbers.</summary>
internal static class DocxParts
{
    public const string HeaderFill = "DEEAF6";

    public static Paragraph Paragraph(string text, string? style = null, bool bold = false, bool keepWithNext = false)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
        }

        if (keepWithNext)
        {
            properties.KeepNext = new KeepNext();
        }

        return new Paragraph(properties, TextRun(text, bold));
    }

    /// <summary>A run whose line breaks become Word line breaks.</summary>
    public static Run TextRun(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.RunProperties = new RunProperties { Bold = new Bold() };
        }

        var lines = ReportText.XmlSafe(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <param name="widths">Column widths in twentieths of a point; their sum is the table width.</param>
    /// <param name="headerFills">Fill per header cell (null = the default header colour).</param>
    public static Table Table(IReadOnlyList<int> widths, IReadOnlyList<string> header, IReadOnlyList<string?>? headerFills, IEnumerable<TableRow> rows)
    {
        var table = new Table(new TableProperties
        {
            TableStyle = new TableStyle { Val = "Tabellrutnt" },
            TableWidth = new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableLook = new TableLook { Val = "04A0" },
        });
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        var headerRow = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < header.Count; i++)
        {
            headerRow.Append(Cell(header[i], widths[i], headerFills?[i] ?? HeaderFill, bold: true));
        }

        table.Append(headerRow);
        foreach (var row in rows)
        {
            table.Append(row);
        }

        return table;
    }

    public static TableRow Row(IEnumerable<TableCell> cells, bool bold = false)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        row.Append(cells);
        if (bold)
        {
            foreach (var run in row.Descendants<Run>())
            {
                run.RunProperties = new RunProperties { Bold = new Bold() };
            }
        }

        return row;
    }

    public static TableCell Cell(string text, int width, string? fill = null, bool bold = false, bool right = false)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        };
        if (fill is not null)
        {
            properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill };
        }

        var paragraphProperties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = "20", After = "20" },
        };
        if (right)
        {
            paragraphProperties.Justification = new Justification { Val = JustificationValues.Right };
        }

        return new TableCell(properties, new Paragraph(paragraphProperties, TextRun(text, bold)));
    }

    public static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle
            {
                RunFonts = new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                FontSize = new FontSize { Val = "20" },
                Languages = new Languages { Val = "sv-SE" },
            }),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "259", LineRule = LineSpacingRuleValues.Auto },
            }));
        part.Styles = new Styles(
            defaults,
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Title", "Title", 40, outline: null, before: 0),
            Heading("Heading1", "heading 1", 32, outline: 0, before: 360),
            Heading("Heading2", "heading 2", 26, outline: 1, before: 240),
            Heading("Heading3", "heading 3", 22, outline: 2, before: 200),
            new Style(
                new StyleName { Val = "Table Grid" },
                new BasedOn { Val = "TableNormal" },
                new UIPriority { Val = 59 },
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                        new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                        new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "Tabellrutnt" },
            new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed())
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
    }

    /// <summary>A footer with "Sida N av M" on every page; returns the relationship id for the section.</summary>
    public static string AddFooter(MainDocumentPart main, string text)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties { Justification = new Justification { Val = JustificationValues.Right } },
            new Run(new Text(text + " · Sida ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" av ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));
        return main.GetIdOfPart(part);
    }

    private static Style Heading(string id, string name, int halfPoints, int? outline, int before)
    {
        var paragraph = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            SpacingBetweenLines = new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = "120" },
        };
        if (outline is { } level)
        {
            paragraph.OutlineLevel = new OutlineLevel { Val = level };
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties { Bold = new Bold(), FontSize = new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }, Color = new Color { Val = "1F3864" } })
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
