using Assistant.Bot.Answering;

namespace Assistant.Tests.Answering;

public sealed class SwedishFormatTests
{
    [Theory]
    [InlineData(1527, "1 527")]
    [InlineData(56, "56")]
    [InlineData(4.6, "4,6")]
    [InlineData(124.5, "124,5")]
    [InlineData(1234567, "1 234 567")]
    [InlineData(-12, "−12")]
    public void Number_is_written_the_Swedish_way(double value, string expected) =>
        Assert.Equal(expected, SwedishFormat.Number((decimal)value));

    [Fact]
    public void Percent_has_one_decimal_a_comma_and_a_space_before_the_sign() =>
        Assert.Equal("7,4 %", SwedishFormat.Percent(105m / 1422m * 100m));

    [Fact]
    public void Years_are_joined_with_an_en_dash() => Assert.Equal("2019–2027", SwedishFormat.Years(2019, 2027));

    [Fact]
    public void Value_with_percent_unit_reads_4_6_percent() => Assert.Equal("4,6 %", SwedishFormat.WithUnit(4.6m, "%"));
}
