using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Knowledge.Reading;
using Assistant.Tests.Infrastructure;
using static Assistant.Tests.Knowledge.KnowledgeTestFiles;

namespace Assistant.Tests.Knowledge.Pdf;

/// <summary>
/// A PDF of each sample plan, laid out in several ways (one with a table that goes on over a page break), imports to the
/// same knowledge as the sample itself: the two `export --format json` outputs hold the same forecasts, key figures and
/// activities with owners, deadlines, statuses and comments.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PdfImportTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    public static readonly TheoryData<string, PdfLayout> Cases = Build();

    private static TheoryData<string, PdfLayout> Build()
    {
        PdfLayout[] layouts =
        [
            new("a4-ruled", 595, 842, 10, 4, RepeatHeader: true, RightAlignNumbers: true, Borders: true),
            new("a4-landscape-airy", 842, 595, 11, 6, RepeatHeader: false, RightAlignNumbers: false, Borders: false),
            new("a5-small-breaks", 420, 595, 8, 3, RepeatHeader: true, RightAlignNumbers: true, Borders: false),
        ];
        var data = new TheoryData<string, PdfLayout>();
        foreach (var sample in Directory.GetFiles(SamplesFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            foreach (var layout in layouts)
            {
                data.Add(sample!, layout);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_pdf_of_a_sample_plan_imports_to_the_same_knowledge_as_the_sample(string sample, PdfLayout layout)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(SamplesFolder, sample), Ct);
        var (pdf, _) = PlanPdfWriter.Write(DocumentReaders.Read(sample, bytes), layout, "Ekbacka kommun · Vård- och omsorgsnämnden");

        var expected = await ExportAsync(sample, bytes);
        var actual = await ExportAsync(Path.ChangeExtension(sample, ".pdf"), pdf);

        Assert.True(expected["activities"]!.AsArray().Count + expected["forecasts"]!.AsArray().Count + expected["figures"]!.AsArray().Count > 0);
        foreach (var part in new[] { "forecasts", "figures", "activities" })
        {
            Assert.Equal(Lines(expected[part]!), Lines(actual[part]!));
        }
    }

    [Fact]
    public async Task Tables_that_go_on_over_page_breaks_are_joined_again_and_headers_and_footers_left_out()
    {
        var name = "uppfoljning-verksamhetsplan-2024.txt";
        var bytes = await File.ReadAllBytesAsync(Path.Combine(SamplesFolder, name), Ct);
        var text = DocumentReaders.Read(name, bytes);
        var layout = new PdfLayout("a6", 298, 420, 8, 3, RepeatHeader: true, RightAlignNumbers: false, Borders: true);
        var (pdf, breaks) = PlanPdfWriter.Write(text, layout, "Ekbacka kommun · uppföljning");

        var read = DocumentReaders.Read("plan.pdf", pdf);

        Assert.True(breaks > 0, "the layout should break a table over a page");
        Assert.Equal(text.Blocks.OfType<TableBlock>().Count(), read.Blocks.OfType<TableBlock>().Count());
        Assert.Equal(text.Blocks.OfType<TableBlock>().Select(t => t.Rows.Count), read.Blocks.OfType<TableBlock>().Select(t => t.Rows.Count));
        Assert.DoesNotContain(read.Blocks, b => b is ParagraphBlock p && (p.Text.Contains("Sida", StringComparison.Ordinal) || p.Text.Contains("Ekbacka kommun · uppföljning", StringComparison.Ordinal)));
        Assert.Equal(
            text.Blocks.OfType<HeadingBlock>().Select(h => h.Text),
            read.Blocks.OfType<HeadingBlock>().Select(h => h.Text));

        var expected = await ExportAsync(name, bytes);
        var actual = await ExportAsync("plan.pdf", pdf);
        Assert.Equal(Lines(expected["activities"]!), Lines(actual["activities"]!));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_003_seed_plan_as_a_pdf_gives_the_same_53_activities_with_owners_deadlines_and_statuses(bool portrait)
    {
        var bytes = await File.ReadAllBytesAsync(Seed("003"), Ct);
        var layout = portrait
            ? new PdfLayout("a4", 595, 842, 9, 4, RepeatHeader: true, RightAlignNumbers: true, Borders: true)
            : new PdfLayout("a4-landscape", 842, 595, 9, 4, RepeatHeader: false, RightAlignNumbers: false, Borders: false);
        var (pdf, breaks) = PlanPdfWriter.Write(DocumentReaders.Read("003.txt", bytes), layout, "Linköpings kommun · Vård- och omsorgsförvaltningen");

        var expected = await ExportAsync("003.txt", bytes);
        var actual = await ExportAsync("003.pdf", pdf);

        Assert.True(breaks >= 5, $"the activity tables should go on over page breaks ({breaks})");
        Assert.Equal(53, expected["activities"]!.AsArray().Count);
        // A paragraph break inside a comment cell that falls where the line is full cannot be told from a wrap in a PDF:
        // comments are compared with their line breaks as spaces; everything else exactly.
        Assert.Equal(Flat(Lines(expected["activities"]!)), Flat(Lines(actual["activities"]!)));
        Assert.Equal(
            expected["activities"]!.AsArray().Select(a => (string?)a!["title"]),
            actual["activities"]!.AsArray().Select(a => (string?)a!["title"]));

        static List<string> Flat(List<string> lines) => [.. lines.Select(l => l.Replace("\\n", " ", StringComparison.Ordinal))];
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_refused_with_a_clear_message()
    {
        var e = Assert.Throws<InvalidDataException>(() => DocumentReaders.Read("plan.pdf", "inte en pdf"u8.ToArray()));
        Assert.Contains(".pdf", e.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonNode> ExportAsync(string name, byte[] content)
    {
        await using var db = await TestDatabase.CreateSqliteAsync();
        var result = await Importer(db).ImportAsync(name, content, Ct);
        Assert.False(result.Failed, result.Summary());
        using var stream = new MemoryStream();
        await KnowledgeExport.WriteJsonAsync(db, stream, Ct);
        return JsonNode.Parse(stream.ToArray())!;
    }

    /// <summary>Each item as one line of JSON without ids, document references, source table names and descriptions.</summary>
    private static List<string> Lines(JsonNode items) =>
        [.. items.AsArray().Select(item =>
        {
            var copy = item!.DeepClone().AsObject();
            foreach (var key in new[] { "id", "document", "description", "table" })
            {
                copy.Remove(key);
            }

            return copy.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        })];
}
