using System.Text;
using Assistant.Bot.Reports.Writers;
using Assistant.Bot.Reports;

namespace Assistant.Tests.Reports;

public sealed class CsvReportWriterTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("line\r\nbreak", "\"line\r\nbreak\"")]
    [InlineData(" edge", "\" edge\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("-5 %", "'-5 %")]
    [InlineData("@x", "'@x")]
    [InlineData("+1", "'+1")]
    [InlineData("", "")]
    public void Field_quotes_as_RFC_4180_and_defuses_formulas(string value, string expected) =>
        Assert.Equal(expected, CsvReportWriter.Field(value));

    [Fact]
    public async Task File_has_a_BOM_CRLF_lines_and_one_row_per_activity_that_parses_back()
    {
        var report = SampleReports.Create();
        using var stream = new MemoryStream();
        await new CsvReportWriter().WriteAsync(report, stream, TestContext.Current.CancellationToken);
        var bytes = stream.ToArray();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var rows = Rfc4180.Parse(text, ';');
        Assert.Equal(CsvReportWriter.Columns, rows[0]);
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(CsvReportWriter.Columns.Count, r.Count));

        var byTitle = rows.Skip(1).ToDictionary(r => r[5]);
        Assert.Equal("Klart", byTitle["Krisledning; övning"][9]);
        Assert.Equal("Övning \"Storm\" genomförd", byTitle["Krisledning; övning"][10]);
        Assert.Equal("Anna Berg", byTitle["Krisledning; övning"][11]);
        Assert.Equal("2024-09-20 12:15", byTitle["Krisledning; övning"][12]);
        Assert.Equal("Rad ett\nrad två", byTitle["Miljöplan | gemensam"][10]);
        Assert.Equal("Avd- c ÖVF, Avd- c VB", byTitle["Miljöplan | gemensam"][8]);
        Assert.Equal("Ja", byTitle["Lönebildning"][14]);
        Assert.Equal("'-5 % sjukfrånvaro", byTitle["Lönebildning"][10]);
        Assert.True(byTitle.ContainsKey("'=SUM(A1:A9)"));
        Assert.Equal("Fortsätter från 2023", byTitle["Chefsmodell"][9]);
        Assert.Equal(["Trygg kommun", "Trygg kommun", "Goda arbetsplatser", "Goda arbetsplatser", "Hållbart ledarskap"], rows.Skip(1).Select(r => r[3]));
    }

    /// <summary>An independent RFC 4180 reader, so the test does not trust the writer's own quoting.</summary>
    private static class Rfc4180
    {
        public static List<List<string>> Parse(string text, char separator)
        {
            var rows = new List<List<string>>();
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == separator)
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    i++;
                }
                else
                {
                    Assert.False(c is '\r' or '\n', $"bare line break outside quotes at {i}");
                    field.Append(c);
                }
            }

            Assert.False(quoted, "unterminated quote");
            Assert.Empty(row);
            return rows;
        }
    }
}
