using Assistant.Cards.Activities;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Tests.Cards.Activities;

public sealed class ActivityListCardTests
{
    [Fact]
    public void Activities_are_rows_of_a_table_with_a_header()
    {
        var card = ActivityListCard.Build(CardSamples.Behind, CardLanguage.Swedish).ToJsonObject();

        var table = Assert.Single(CardQuery.OfType(card, "Table"));
        var rows = table["rows"]!.AsArray();
        Assert.True((bool?)table["firstRowAsHeader"]);
        Assert.Equal(["Aktivitet", "Ansvarig", "Slutförs", "Status"], CardQuery.Texts(rows[0]!));
        Assert.Equal([@"Revidera riktlinjerna för handläggning \(FAS2\)", "Direktör", "Q2 2024", "Ej påbörjad", "Försenad"], CardQuery.Texts(rows[1]!));
        Assert.Equal(4, rows.Count);
        Assert.Contains("3 aktiviteter", CardQuery.Texts(card));
        Assert.Equal("**3** aktiviteter är inte klara i tid.", CardQuery.Texts(card)[1]);
    }

    [Fact]
    public void Long_lists_are_cut_with_a_note_of_how_many_more()
    {
        var many = Enumerable.Range(1, 30).Select(i => CardSamples.Done with { Id = i }).ToList();

        var card = ActivityListCard.Build(CardSamples.Behind with { Activities = many }, CardLanguage.English).ToJsonObject();

        Assert.Equal(26, Assert.Single(CardQuery.OfType(card, "Table"))["rows"]!.AsArray().Count);
        Assert.Contains("… and 5 more", CardQuery.Texts(card));
        Assert.Contains("30 activities", CardQuery.Texts(card));
    }

    [Fact]
    public void An_empty_list_says_so_without_a_table()
    {
        var card = ActivityListCard.Build(CardSamples.Behind with { Activities = [] }, CardLanguage.Swedish).ToJsonObject();

        Assert.Empty(CardQuery.OfType(card, "Table"));
        Assert.Contains("Inga aktiviteter matchar.", CardQuery.Texts(card));
    }

    [Fact]
    public void The_summary_lists_titles_and_statuses()
    {
        var card = ActivityListCard.Build(CardSamples.Behind with { Activities = [CardSamples.Done] }, CardLanguage.Swedish);

        Assert.Equal("Aktiviteter som ligger efter (1 aktivitet): Språkkunskaper: stöd för medarbetare (Klart)", card.FallbackText);
    }
}
