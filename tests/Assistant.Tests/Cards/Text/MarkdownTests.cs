using Assistant.Cards.Text;

namespace Assistant.Tests.Cards.Text;

public sealed class MarkdownTests
{
    [Theory]
    [InlineData("[klicka](https://evil.example)", @"\[klicka\]\(https\://evil.example\)")]
    [InlineData("**fet** och _kursiv_", @"\*\*fet\*\* och \_kursiv\_")]
    [InlineData("# Rubrik", @"\# Rubrik")]
    [InlineData("> citat", @"\> citat")]
    [InlineData("`kod`", @"\`kod\`")]
    [InlineData("- punkt", @"\- punkt")]
    [InlineData("+ punkt", @"\+ punkt")]
    [InlineData("1. först", @"1\. först")]
    [InlineData("12) tolv", @"12\) tolv")]
    [InlineData("se www.example.org", @"se www\.example.org")]
    [InlineData("mailto:a@b.se", @"mailto\:a@b.se")]
    [InlineData(@"C:\temp", @"C:\\temp")]
    [InlineData("<at>Anna</at>", @"\<at\>Anna\</at\>")]
    public void Escape_neutralises_markdown_and_links(string input, string expected) =>
        Assert.Equal(expected, Markdown.Escape(input));

    [Theory]
    [InlineData("Avd- HR och kompetensförsörjning")]
    [InlineData("HR-chef")]
    [InlineData("Klart i oktober 2024, 4,6 % kvar")]
    [InlineData("Q3 Q4")]
    public void Escape_leaves_ordinary_text_alone(string input) =>
        Assert.Equal(input, Markdown.Escape(input));

    [Fact]
    public void Escape_handles_each_line_of_a_multiline_comment()
    {
        Assert.Equal("rad ett\n\\- rad två\n  2\\. tre", Markdown.Escape("rad ett\r\n- rad två\n  2. tre"));
    }

    [Fact]
    public void Escape_of_null_or_empty_is_empty()
    {
        Assert.Equal(string.Empty, Markdown.Escape(null));
        Assert.Equal(string.Empty, Markdown.Escape(string.Empty));
    }

    [Theory]
    [InlineData("[klicka](https://evil.example) **fet** - 1. C:\\temp www.x.se")]
    [InlineData("- punkt\n# rubrik\n3) tre")]
    public void ToPlainText_undoes_Escape(string input) =>
        Assert.Equal(input, Markdown.ToPlainText(Markdown.Escape(input)));

    [Fact]
    public void ToPlainText_drops_bold_markers() =>
        Assert.Equal("Pågår: klar i oktober", Markdown.ToPlainText("**Pågår**: klar i oktober"));
}
