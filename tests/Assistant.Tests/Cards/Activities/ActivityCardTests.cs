using Assistant.Cards.Activities;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Tests.Cards.Activities;

public sealed class ActivityCardTests
{
    [Fact]
    public void It_shows_status_in_colour_owner_deadline_goal_change_and_comment()
    {
        var card = ActivityCard.Build(CardSamples.Staffing, CardLanguage.Swedish).ToJsonObject();

        var texts = CardQuery.Texts(card);
        Assert.Equal("Ta fram en plan för en gemensam bemanningspool", texts[0]);
        var status = CardQuery.OfType(card, "TextBlock").First(t => (string?)t["text"] == "Pågår");
        Assert.Equal("Warning", (string?)status["color"]);
        var facts = CardQuery.OfType(card, "FactSet").Single()["facts"]!.AsArray().Select(f => $"{f!["title"]}={f["value"]}").ToList();
        Assert.Equal(
            ["Ansvarig=Avd- HR och kompetensförsörjning", "Slutförs=Q3 2024", "Mål=Medarbetare: attraktiv arbetsgivare", "Senast ändrad=Anna Andersson, 2024-08-07 12:05"],
            facts);
        Assert.Contains("Underlaget är klart, beslut tas i oktober.", texts);
        Assert.DoesNotContain("Försenad", texts);
    }

    [Fact]
    public void History_is_hidden_until_the_toggle_shows_it()
    {
        var card = ActivityCard.Build(CardSamples.Staffing, CardLanguage.Swedish).ToJsonObject();

        var history = CardQuery.ById(card, "history-101");
        Assert.False((bool?)history["isVisible"]);
        Assert.Contains("2024-08-07 12:05 Anna Andersson: Uppstart → Pågår", CardQuery.Texts(history));
        Assert.Contains("2024-05-19 12:05 Import: Ingen status → Uppstart", CardQuery.Texts(history));
        var toggle = Assert.Single(CardQuery.OfType(card, "Action.ToggleVisibility"));
        Assert.Equal("Visa historik", (string?)toggle["title"]);
        Assert.Equal("history-101", (string?)toggle["targetElements"]![0]!["elementId"]);
    }

    [Fact]
    public void Without_history_there_is_no_toggle_and_a_history_url_becomes_a_link()
    {
        var activity = CardSamples.Guidelines with { HistoryUrl = new Uri("https://assistant.example/activities/102") };

        var card = ActivityCard.Build(activity, CardLanguage.English).ToJsonObject();

        Assert.Empty(CardQuery.OfType(card, "Action.ToggleVisibility"));
        var link = Assert.Single(CardQuery.OfType(card, "Action.OpenUrl"));
        Assert.Equal("Open the history", (string?)link["title"]);
        var texts = CardQuery.Texts(card);
        Assert.Contains("Overdue", texts);
        Assert.Contains("Not started", texts);
        Assert.Contains("No comment", texts);
    }

    [Fact]
    public void User_text_is_escaped_everywhere()
    {
        var card = ActivityCard.Build(CardSamples.Hostile, CardLanguage.Swedish).ToJsonObject();

        var facts = CardQuery.OfType(card, "FactSet").Single()["facts"]!.AsArray();
        Assert.Equal("Ansvariga", (string?)facts[0]!["title"]);
        Assert.Equal(@"HR-chef, \<at\>Någon\</at\>", (string?)facts[0]!["value"]);
        Assert.DoesNotContain(CardQuery.Texts(card), t => t.Contains("](https://", StringComparison.Ordinal) || t.StartsWith("- ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_reads_on_its_own() =>
        Assert.Equal(
            "Revidera riktlinjerna för handläggning (FAS2): Ej påbörjad (Försenad). Ansvarig: Direktör. Slutförs: Q2 2024.",
            ActivityCard.Build(CardSamples.Guidelines, CardLanguage.Swedish).FallbackText);
}
