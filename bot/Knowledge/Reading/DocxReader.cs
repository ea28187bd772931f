using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Bot.Knowledge.Reading;

/// <summary>
/// Word documents: headings by their style ("Heading 2", "Rubrik 2") or outline level, list paragraphs as
/// bullet lines, tables cell by cell (merged cells are empty on the rows they span, as in the text form).
/// </summary>
public static partial class DocxReader
{
    public static ReadDocument Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InvalidDataException("the Word document has no body");
        var styles = StyleNames(document.MainDocumentPart);
        var blocks = new List<DocumentBlock>();
        AddBlocks(body.ChildElements, styles, blocks);
        var title = document.PackageProperties.Title;
        return new ReadDocument(blocks, Canonical(blocks), string.IsNullOrWhiteSpace(title) ? null : title.Trim());
    }

    private static void AddBlocks(IEnumerable<OpenXmlElement> elements, Dictionary<string, string> styles, List<DocumentBlock> blocks)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    AddParagraph(paragraph, styles, blocks);
                    break;
                case Table table:
                    blocks.Add(new TableBlock(Rows(table)));
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    AddBlocks(content.ChildElements, styles, blocks);
                    break;
            }
        }
    }

    private static void AddParagraph(Paragraph paragraph, Dictionary<string, string> styles, List<DocumentBlock> blocks)
    {
        var text = TextOf(paragraph).Trim();
        if (text.Length == 0)
        {
            return;
        }

        var level = HeadingLevel(paragraph, styles);
        if (level > 0)
        {
            blocks.Add(new HeadingBlock(level, HtmlText.Clean(text)));
        }
        else if (paragraph.ParagraphProperties?.NumberingProperties is not null || IsListStyle(paragraph, styles))
        {
            blocks.Add(new ParagraphBlock("• " + text));
        }
        else
        {
            blocks.Add(new ParagraphBlock(text));
        }
    }

    private static List<IReadOnlyList<string>> Rows(Table table)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var props = cell.TableCellProperties;
                var continued = props?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                cells.Add(continued ? string.Empty : string.Join('\n', cell.Elements<Paragraph>().Select(TextOf).Where(t => t.Trim().Length > 0)));
                var span = props?.GridSpan?.Val?.Value ?? 1;
                for (var i = 1; i < span; i++)
                {
                    cells.Add(string.Empty);
                }
            }

            rows.Add(cells);
        }

        return rows;
    }

    private static string TextOf(OpenXmlElement paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    sb.Append(text.Text);
                    break;
                case TabChar:
                    sb.Append(' ');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
            }
        }

        return sb.ToString();
    }

    private static int HeadingLevel(Paragraph paragraph, Dictionary<string, string> styles)
    {
        var props = paragraph.ParagraphProperties;
        var styleId = props?.ParagraphStyleId?.Val?.Value;
        if (styleId is not null)
        {
            var name = styles.GetValueOrDefault(styleId, styleId).Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (name is "title" or "rubrik")
            {
                return 1;
            }

            if (HeadingStyle().Match(name) is { Success: true } m)
            {
                return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return props?.OutlineLevel?.Val?.Value is { } outline && outline < 9 ? outline + 1 : 0;
    }

    private static bool IsListStyle(Paragraph paragraph, Dictionary<string, string> styles)
    {
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        return styleId is not null && styles.GetValueOrDefault(styleId, styleId).Contains("list", StringComparison.OrdinalIgnoreCase);
    }

    private static Dictionary<string, string> StyleNames(MainDocumentPart? part)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var style in part?.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id && style.StyleName?.Val?.Value is { } name)
            {
                names[id] = name;
            }
        }

        return names;
    }

    internal static string Canonical(IEnumerable<DocumentBlock> blocks) =>
        TextDecoder.Canonical(string.Join('\n', blocks.Select(b => b switch
        {
            HeadingBlock h => new string('#', h.Level) + " " + h.Text,
            ParagraphBlock p => p.Text,
            TableBlock t => string.Join('\n', t.Rows.Select(r => string.Join('\t', r))),
            _ => string.Empty,
        })));

    [GeneratedRegex(@"^(?:heading|rubrik)([1-9])$")]
    private static partial Regex HeadingStyle();
}
