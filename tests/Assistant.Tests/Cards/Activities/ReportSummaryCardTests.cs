using Assistant.Cards.Activities;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Tests.Cards.Activities;

public sealed class ReportSummaryCardTests
{
    [Fact]
    public void Counts_per_status_are_a_donut_in_status_colours_with_a_table_fallback()
    {
        var card = ReportSummaryCard.Build(CardSamples.Report, CardLanguage.Swedish).ToJsonObject();

        var donut = Assert.Single(CardQuery.OfType(card, "Chart.Donut"));
        var data = donut["data"]!.AsArray();
        Assert.Equal(["Klart (21)", "Pågår (24)", "Kvarstår (1)", "Uppstart (4)", "Ej påbörjad (3)"], data.Select(d => (string?)d!["legend"]));
        Assert.Equal(["good", "warning", "attention", "neutral", "categoricalLightBlue"], data.Select(d => (string?)d!["color"]));
        Assert.Equal(
            ["Status", "Antal", "Klart", "21", "Pågår", "24", "Kvarstår", "1", "Uppstart", "4", "Ej påbörjad", "3", "Ingen status", "0"],
            CardQuery.Texts(donut["fallback"]!));
        Assert.Contains("Totalt: 53 aktiviteter", CardQuery.Texts(card));
    }

    [Fact]
    public void Overdue_activities_are_listed_or_said_to_be_none()
    {
        var card = ReportSummaryCard.Build(CardSamples.Report, CardLanguage.Swedish).ToJsonObject();
        var none = ReportSummaryCard.Build(CardSamples.Report with { Overdue = [] }, CardLanguage.English).ToJsonObject();

        var table = CardQuery.OfType(card, "Table").Single(t => CardQuery.Texts(t).Contains("Aktivitet"));
        Assert.Contains(@"Revidera riktlinjerna för handläggning \(FAS2\)", CardQuery.Texts(table));
        Assert.Contains("No activities are overdue.", CardQuery.Texts(none));
        Assert.Equal("Follow-up: Verksamhetsplan 2024, Q3 2024", CardQuery.Texts(none)[0]);
    }
}
