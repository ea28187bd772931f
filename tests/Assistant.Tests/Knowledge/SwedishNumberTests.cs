using Assistant.Bot.Knowledge.Extraction;

namespace Assistant.Tests.Knowledge;

public sealed class SwedishNumberTests
{
    [Theory]
    [InlineData("1 393", 1393)]
    [InlineData("1\u00a0527", 1527)]
    [InlineData("1\u202f407", 1407)]
    [InlineData("4,6", 4.6)]
    [InlineData("124,5", 124.5)]
    [InlineData("−3", -3)]
    [InlineData("12 345 678", 12345678)]
    [InlineData("0,94", 0.94)]
    [InlineData("1.393", 1393)]
    [InlineData("4.6", 4.6)]
    [InlineData("<b>56</b>", 56)]
    public void Parses_numbers_as_Swedish_documents_write_them(string text, double expected)
    {
        Assert.True(SwedishNumber.TryParse(text, out var value, out _));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("4,6 %", 4.6, "%")]
    [InlineData("13%", 13, "%")]
    [InlineData("72 mnkr", 72, "mnkr")]
    [InlineData("12 procent", 12, "%")]
    public void Keeps_the_unit_the_cell_names(string text, double expected, string unit)
    {
        Assert.True(SwedishNumber.TryParse(text, out var value, out var found));
        Assert.Equal((decimal)expected, value);
        Assert.Equal(unit, found);
    }

    [Theory]
    [InlineData("78 79 74")]
    [InlineData("K:74%")]
    [InlineData("Nivå")]
    [InlineData("")]
    [InlineData("12 34")]
    [InlineData("76 K:77 M:75")]
    public void Refuses_what_is_not_one_number(string text) => Assert.False(SwedishNumber.TryParse(text, out _, out _));

    [Theory]
    [InlineData("Utfall 2015", 2015)]
    [InlineData("Prognos 2016", 2016)]
    [InlineData("2019", 2019)]
    [InlineData("160101-161231", null)]
    [InlineData("Målvärde", null)]
    public void Finds_the_year_a_label_names(string label, int? year) => Assert.Equal(year, SwedishNumber.YearIn(label));

    [Theory]
    [InlineData("160101-161231", 2016)]
    [InlineData("Sjukfrånvaro i % av arbetstiden 160101-161231", 2016)]
    [InlineData("150701 – 160630", null)]
    [InlineData("Personalomsättning 2016", 2016)]
    [InlineData("Utfall 2014 och 2015", null)]
    [InlineData("Totalt", null)]
    public void Finds_the_one_year_a_period_covers(string label, int? year) => Assert.Equal(year, SwedishNumber.PeriodYear(label));
}
