using System.Text.Json.Nodes;
using Assistant.Cards.Answers;
using Assistant.Cards.Model;
using Assistant.Cards.Rendering;
using Assistant.Cards.Reminders;
using Assistant.Cards.Text;

namespace Assistant.Tests.Cards.Rendering;

public sealed class PlainTextRendererTests
{
    [Fact]
    public void A_series_answer_renders_its_chart_as_the_fallback_table()
    {
        var answer = CardSamples.SeriesAnswer with { Series = CardSamples.Recruitment with { Points = [new("2019", 96), new("2020", 101), new("2027", 1118)] } };

        var text = PlainTextRenderer.Render(AnswerCard.Build(answer, CardLanguage.Swedish));

        Assert.Equal(
            """
            Rekryteringsbehovet per år 2019–2027:
            År    Värde
            ----  --------------
            2019  96 personer
            2020  101 personer
            2027  1 118 personer

            Källa: Personal- och kompetensförsörjningsplan (Social- och omsorgsnämnden, 2021, Rekryteringsbehov)
            """.Replace("96 p", "96\u00A0p", StringComparison.Ordinal).Replace("101 p", "101\u00A0p", StringComparison.Ordinal).Replace("1 118 p", "1\u00A0118\u00A0p", StringComparison.Ordinal),
            text);
    }

    [Fact]
    public void A_reminder_lists_its_inputs_with_choices_and_its_action_as_a_label()
    {
        var model = CardSamples.Reminder with { Activities = [CardSamples.Guidelines] };

        var text = PlainTextRenderer.Render(ReminderCard.Build(model, CardLanguage.English));

        Assert.Equal(
            """
            Time to follow up your activities
            Hi Anna Andersson! You own 1 activity to follow up by Q3 2024.
            Pick a status for each activity and add a comment if you like. Then press Save.

            Revidera riktlinjerna för handläggning (FAS2)
            Due: Q2 2024 · Not started · Overdue
            New status: [Not started ▾] (Done, In progress, Remains, Starting up, Not started)
            Comment: [______] What has happened? (optional)

            [Save]
            """,
            text);
    }

    [Fact]
    public void Facts_align_hidden_elements_are_left_out_and_links_show_their_address()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new FactSet([new Fact("Ansvarig", "HR-chef"), new Fact("Slutförs", "Q3 2024")]),
                new Container([new TextBlock("hemligt")]) { IsVisible = false },
                new RichTextBlock([new TextRun("a "), new TextRun("b") { Weight = TextWeight.Bolder }]),
                new Image(new Uri("https://example.org/x.png")) { AltText = "logga" },
            ],
            Actions = [new OpenUrlAction(new Uri("https://example.org/h")) { Title = "Historik" }, new ToggleVisibilityAction([new TargetElement("x")]) { Title = "Visa" }],
        };

        Assert.Equal(
            """
            Ansvarig:  HR-chef
            Slutförs:  Q3 2024
            a b
            [logga]

            [Historik: https://example.org/h] [Visa]
            """,
            PlainTextRenderer.Render(card));
    }

    [Fact]
    public void Unknown_elements_render_their_fallback_and_markdown_is_undone()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "Chart.Gauge", ["fallback"] = new JsonObject { ["type"] = "TextBlock", ["text"] = "**72** \\[procent\\]" } },
                new JsonObject { ["type"] = "Media" }),
        };

        Assert.Equal("72 [procent]", PlainTextRenderer.Render(card));
    }

    [Fact]
    public void Every_sample_card_renders_text_without_markdown_escapes()
    {
        foreach (var (name, card) in CardSamples.All())
        {
            var text = PlainTextRenderer.Render(card);

            Assert.False(string.IsNullOrWhiteSpace(text), name);
            Assert.DoesNotContain("\\", text, StringComparison.Ordinal);
            Assert.Contains(CardQuery.Texts(card.ToJsonObject()).Select(Markdown.ToPlainText).First(t => t.Length > 0).Split('\n')[0], text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void User_text_comes_back_exactly_as_typed()
    {
        var text = PlainTextRenderer.Render(ActivityCardFor(CardSamples.Hostile));

        Assert.Contains("**Viktigt** [klicka här](https://evil.example) # rubrik", text, StringComparison.Ordinal);
        Assert.Contains("- punkt\n1. www.evil.example `kod` > citat", text, StringComparison.Ordinal);
    }

    private static AdaptiveCard ActivityCardFor(Assistant.Cards.Activities.ActivityView view) =>
        Assistant.Cards.Activities.ActivityCard.Build(view, CardLanguage.Swedish);
}
