using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Knowledge.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using static Assistant.Tests.Knowledge.KnowledgeTestFiles;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Assistant.Tests.Knowledge;

/// <summary>.docx, .xlsx and .csv files, made here with OpenXml and by hand.</summary>
public sealed class OfficeFormsTests
{
    [Fact]
    public void Docx_headings_by_style_tables_with_merged_cells_and_owners_on_lines()
    {
        var result = Extract("plan.docx", PlanDocx());

        Assert.Equal("Verksamhetsplan 2025", result.Metadata.Title);
        Assert.Equal(2025, result.Metadata.Year);
        Assert.Contains(result.Passages, p => p.HeadingPath == "Verksamhetsplan 2025 › Medarbetare" && p.Text.StartsWith("Vi vill behålla", StringComparison.Ordinal));
        Assert.Equal(2, result.Activities.Count);
        var first = result.Activities[0];
        Assert.Equal("Medarbetare", first.Perspective);
        Assert.Equal("Friska medarbetare", first.Goal);
        Assert.Equal(["HR-chef", "Ekonomichef"], first.Owners);
        Assert.Equal(ActivityStatus.InProgress, first.Status);
        Assert.Equal([3, 4], first.Deadline.Quarters);
        Assert.Equal(2025, first.Deadline.Year);
        Assert.Equal("Friska medarbetare", result.Activities[1].Goal);
        Assert.Equal(["Direktören"], result.Activities[1].Owners);
        var forecast = Assert.Single(result.Forecasts, f => f.Group == "Undersköterska" && f.Year == 2026);
        Assert.Equal(1250m, forecast.Value);
        Assert.Equal("Personalbehov", forecast.Measure);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void The_same_docx_saved_twice_has_one_content_hash()
    {
        var a = DocumentReaders.Read("a.docx", PlanDocx());
        var b = DocumentReaders.Read("b.docx", PlanDocx());
        Assert.Equal(KnowledgeKeys.ContentHash(a.CanonicalText), KnowledgeKeys.ContentHash(b.CanonicalText));
    }

    [Fact]
    public void Xlsx_sheets_with_numbers_shared_and_inline_strings()
    {
        var result = Extract("prognos.xlsx", Workbook());

        Assert.Equal("Bemanningsprognos 2024", result.Metadata.Title);
        Assert.Equal(4, result.Forecasts.Count);
        Assert.Equal(1250.5m, result.Forecasts.Single(f => f.Group == "Undersköterska" && f.Year == 2025).Value);
        Assert.Equal("Rekryteringsbehov", result.Forecasts.Single(f => f.Group == "Ledning" && f.Year == 2024).Measure);
        var activity = Assert.Single(result.Activities);
        Assert.Equal("Införa digital signering", activity.Title);
        Assert.Equal(ActivityStatus.Done, activity.Status);
        Assert.Equal([2], activity.Deadline.Quarters);
        Assert.Equal(2024, activity.Deadline.Year);
    }

    [Fact]
    public void Csv_with_semicolons_quotes_and_decimal_commas()
    {
        var csv = "Nyckeltal;Utfall 2014;Utfall 2015\n\"Sjukfrånvaro; procent av arbetstiden\";3,9;\"4,6 %\"\n\"Citat \"\"inom\"\" fält\";1 393;1 407\n";
        var result = Extract("nyckeltal.csv", System.Text.Encoding.UTF8.GetBytes(csv));

        Assert.Equal(4, result.Figures.Count);
        var sick = result.Figures.Single(f => f.Row == "Sjukfrånvaro; procent av arbetstiden" && f.Year == 2015);
        Assert.Equal(4.6m, sick.Value);
        Assert.Equal("%", sick.Unit);
        Assert.Equal(1393m, result.Figures.Single(f => f.Row == "Citat \"inom\" fält" && f.Year == 2014).Value);
    }

    [Fact]
    public void Csv_with_commas_and_an_activity_table()
    {
        var csv = "Aktivitet,Ansvarig,Slutfört,Status\r\n\"Revidera rutinen, del 1\",\"HR-chef, Ekonomichef\",2025/2026,Pågår\r\n";
        var result = Extract("aktiviteter.csv", System.Text.Encoding.UTF8.GetBytes(csv));

        var activity = Assert.Single(result.Activities);
        Assert.Equal("Revidera rutinen, del 1", activity.Title);
        Assert.Equal(["HR-chef", "Ekonomichef"], activity.Owners);
        Assert.Equal(2025, activity.Deadline.Year);
        Assert.Equal(2026, activity.Deadline.YearTo);
    }

    [Theory]
    [InlineData("a;b;c\n1;2;3", ';')]
    [InlineData("a,b,c\n1,2,3", ',')]
    [InlineData("\"a;x\",b,c\n1,2,3", ',')]
    [InlineData("a\tb\n1\t2", '\t')]
    public void Csv_delimiter_is_the_one_the_first_line_uses(string text, char delimiter) =>
        Assert.Equal(delimiter, CsvReader.DetectDelimiter(text));

    [Fact]
    public void A_file_that_is_not_what_its_extension_says_is_refused_clearly()
    {
        var e = Assert.Throws<InvalidDataException>(() => DocumentReaders.Read("trasig.docx", [1, 2, 3, 4]));
        Assert.Contains(".docx", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => DocumentReaders.Read("bild.pdf", [1])); // .pdf is read since issue 17; a broken one is refused
        Assert.Throws<NotSupportedException>(() => DocumentReaders.Read("bild.png", [1]));
    }

    internal static byte[] PlanDocx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new W.Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Rubrik1" },
                new W.Style(new StyleName { Val = "heading 2" }) { Type = StyleValues.Paragraph, StyleId = "Rubrik2" });
            main.Document = new Document(new Body(
                Paragraph("Verksamhetsplan 2025", "Rubrik1"),
                Paragraph("Medarbetare", "Rubrik2"),
                Paragraph("Vi vill behålla erfarna medarbetare och minska sjukfrånvaron."),
                new W.Table(
                    Row(Cell("Nämndmål"), Cell("Aktivitet"), Cell("Slutfört"), Cell("Ansvarig"), Cell("Status"), Cell("Kommentar")),
                    Row(Cell("Friska medarbetare", merge: MergedCellValues.Restart), Cell("Införa friskvårdstimme"), Cell("Q3 Q4"), Cell("HR-chef", "Ekonomichef"), Cell("Pågår"), Cell("Startar i höst")),
                    Row(Cell(string.Empty, merge: MergedCellValues.Continue), Cell("Halvera korttidsfrånvaron"), Cell("Q4"), Cell("Direktören"), Cell("Ej påbörjad"), Cell())),
                Paragraph("Personalbehov", "Rubrik2"),
                new W.Table(
                    Row(Cell(), Cell("2025"), Cell("2026")),
                    Row(Cell("Personalbehov"), Cell(), Cell()),
                    Row(Cell("Undersköterska"), Cell("1 200"), Cell("1 250")))));
        }

        return stream.ToArray();
    }

    private static W.Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new W.Paragraph(new W.Run(new W.Text(text)));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        return paragraph;
    }

    private static W.TableRow Row(params W.TableCell[] cells) => new(cells);

    private static W.TableCell Cell(params string[] lines) => Cell(lines, null);

    private static W.TableCell Cell(string text, MergedCellValues merge) => Cell([text], merge);

    private static W.TableCell Cell(string[] lines, MergedCellValues? merge)
    {
        var cell = new W.TableCell();
        if (merge is { } m)
        {
            cell.Append(new TableCellProperties(m == MergedCellValues.Continue ? new VerticalMerge() : new VerticalMerge { Val = m }));
        }

        cell.Append(lines.Length == 0 ? [new W.Paragraph()] : lines.Select(l => new W.Paragraph(new W.Run(new W.Text(l)))));
        return cell;
    }

    private static byte[] Workbook()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new X.Workbook();
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new X.Text("Bemanningsprognos 2024")),
                new SharedStringItem(new X.Text("Personalbehov")),
                new SharedStringItem(new X.Text("Undersköterska")));
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            AddSheet(workbook, sheets, 1, "Prognos",
                [Shared("A1", 0)],
                [],
                [Text("A3", string.Empty), Number("B3", "2024"), Number("C3", "2025")],
                [Shared("A4", 1)],
                [Shared("A5", 2), Number("B5", "1200"), Number("C5", "1250.5")],
                [Text("A6", "Rekryteringsbehov")],
                [Text("A7", "Ledning"), Number("B7", "14"), Number("C7", "13")]);
            AddSheet(workbook, sheets, 2, "Aktiviteter",
                [Text("A1", "Aktivitet"), Text("B1", "Slutfört"), Text("C1", "Status")],
                [Text("A2", "Införa digital signering"), Text("B2", "Q2"), Text("C2", "Klart")]);
        }

        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, params X.Cell[][] rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var i = 0; i < rows.Length; i++)
        {
            data.Append(new X.Row(rows[i]) { RowIndex = (uint)(i + 1) });
        }

        part.Worksheet = new Worksheet(data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static X.Cell Shared(string reference, int index) => new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    private static X.Cell Number(string reference, string value) => new() { CellReference = reference, CellValue = new CellValue(value) };

    private static X.Cell Text(string reference, string value) => new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new X.Text(value)) };
}
