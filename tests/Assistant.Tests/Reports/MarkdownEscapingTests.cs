using Assistant.Bot.Reports.Writers;
using Assistant.Bot.Reports;

namespace Assistant.Tests.Reports;

/// <summary>Issue 16: text from plans and users in the Markdown report is shown as written, never rendered as markup.</summary>
public sealed class MarkdownEscapingTests
{
    [Theory]
    [InlineData("*fet* och _kursiv_", "\\*fet\\* och \\_kursiv\\_")]
    [InlineData("[klicka här](https://evil.example)", "\\[klicka här\\](https://evil.example)")]
    [InlineData("![bild](https://evil.example/x.png)", "!\\[bild\\](https://evil.example/x.png)")]
    [InlineData("`kod` ~~struken~~", "\\`kod\\` \\~\\~struken\\~\\~")]
    [InlineData("<img src=x onerror=alert(1)> &lt;", "&lt;img src=x onerror=alert(1)&gt; &amp;lt;")]
    [InlineData("a | b\nc", "a \\| b<br>c")]
    public void A_comment_with_markup_is_escaped(string comment, string expected) =>
        Assert.Equal(expected, MarkdownReportWriter.Cell(comment));
}
