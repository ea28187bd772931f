using System.Text.Json.Nodes;
using Assistant.Cards.Answers;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Tests.Cards.Answers;

public sealed class AnswerCardTests
{
    [Fact]
    public void A_figure_answer_shows_the_figure_large_the_text_and_the_source()
    {
        var card = AnswerCard.Build(CardSamples.FigureAnswer, CardLanguage.Swedish).ToJsonObject();

        var texts = CardQuery.Texts(card);
        Assert.Equal("112 personer", texts[0]);
        Assert.Equal("ExtraLarge", (string?)card["body"]![0]!["size"]);
        Assert.Equal("Rekryteringsbehovet för **Vårdare/undersköterska/assistent** 2025 är 112 personer.", texts[1]);
        Assert.Equal(@"Källa: Personal- och kompetensförsörjningsplan (Social- och omsorgsnämnden, 2021, Rekryteringsbehov)", texts[2]);
        Assert.DoesNotContain(CardQuery.Objects(card), o => ((string?)o["type"])?.StartsWith("Chart.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_series_gets_a_bar_chart_with_a_table_fallback_of_the_same_numbers()
    {
        var card = AnswerCard.Build(CardSamples.SeriesAnswer, CardLanguage.Swedish).ToJsonObject();

        var chart = Assert.Single(CardQuery.OfType(card, "Chart.VerticalBar"));
        Assert.Equal(["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027"], chart["data"]!.AsArray().Select(d => (string?)d!["x"]));
        Assert.Equal(112m, (decimal?)chart["data"]![2]!["y"]);
        Assert.Equal("År", (string?)chart["xAxisTitle"]);
        var fallback = chart["fallback"]!;
        Assert.Equal("Table", (string?)fallback["type"]);
        var rows = fallback["rows"]!.AsArray();
        Assert.Equal(10, rows.Count);
        Assert.Equal(["År", "Värde"], CardQuery.Texts(rows[0]!));
        Assert.Equal(["2021", "112\u00A0personer"], CardQuery.Texts(rows[3]!));
    }

    [Fact]
    public void A_long_series_becomes_a_line_chart_and_percentages_read_the_swedish_way()
    {
        var card = AnswerCard.Build(CardSamples.LongSeriesAnswer, CardLanguage.Swedish).ToJsonObject();

        var chart = Assert.Single(CardQuery.OfType(card, "Chart.Line"));
        var series = Assert.Single(chart["data"]!.AsArray())!;
        Assert.Equal(15, series["values"]!.AsArray().Count);
        Assert.Contains("4,6\u00A0%", CardQuery.Texts(chart["fallback"]!));
    }

    [Fact]
    public void English_cards_use_english_headers_and_number_format()
    {
        var answer = CardSamples.SeriesAnswer with
        {
            Series = new SeriesView("Staffing need", null, [new("2021", 1422), new("2027", 1527)]) { Chart = ChartKind.Line },
        };

        var card = AnswerCard.Build(answer, CardLanguage.English).ToJsonObject();

        var chart = Assert.Single(CardQuery.OfType(card, "Chart.Line"));
        Assert.Equal("Year", (string?)chart["xAxisTitle"]);
        Assert.Equal(["Year", "Value", "2021", "1,422", "2027", "1,527"], CardQuery.Texts(chart["fallback"]!));
        Assert.StartsWith("Source: ", CardQuery.Texts(card).Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestions_become_buttons_that_send_their_text()
    {
        var card = AnswerCard.Build(CardSamples.Clarification, CardLanguage.Swedish).ToJsonObject();

        var buttons = CardQuery.OfType(card, "Action.Submit").ToList();
        Assert.Equal(["Personalbehov undersköterskor 2025", "Rekryteringsbehov undersköterskor 2025"], buttons.Select(b => (string?)b["title"]));
        var expected = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = "Personalbehov undersköterskor 2025" } };
        Assert.True(JsonNode.DeepEquals(expected, buttons[0]["data"]));
    }

    [Fact]
    public void Answer_text_and_sources_cannot_inject_links_but_keep_bold()
    {
        var answer = new AnswerView("Kommentar: **Pågår** [klicka](https://evil.example)", [new SourceView("[doc](https://evil.example)")]);

        var texts = CardQuery.Texts(AnswerCard.Build(answer, CardLanguage.Swedish).ToJsonObject());

        Assert.Equal(@"Kommentar: **Pågår** \[klicka\]\(https\://evil.example\)", texts[0]);
        Assert.Equal(@"Källa: \[doc\]\(https\://evil.example\)", texts[1]);
    }

    [Fact]
    public void The_summary_is_the_plain_answer_text()
    {
        var card = AnswerCard.Build(CardSamples.FigureAnswer, CardLanguage.Swedish);

        Assert.Equal("Rekryteringsbehovet för Vårdare/undersköterska/assistent 2025 är 112 personer.", card.FallbackText);
    }
}
