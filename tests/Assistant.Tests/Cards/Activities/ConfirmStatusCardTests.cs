using System.Text.Json.Nodes;
using Assistant.Cards.Activities;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Tests.Cards.Activities;

public sealed class ConfirmStatusCardTests
{
    [Fact]
    public void Each_candidate_has_a_confirmStatus_button_with_its_id_status_and_comment()
    {
        var card = ConfirmStatusCard.Build(CardSamples.Confirm, CardLanguage.Swedish).ToJsonObject();

        var buttons = CardQuery.OfType(card, "Action.Execute").ToList();
        Assert.Equal(3, buttons.Count);
        Assert.All(buttons, b => Assert.Equal("confirmStatus", (string?)b["verb"]));
        var expected = new JsonObject
        {
            ["verb"] = "confirmStatus",
            ["activityId"] = 101,
            ["status"] = "InProgress",
            ["comment"] = "klar i oktober [länk](https://evil.example)",
        };
        Assert.True(JsonNode.DeepEquals(expected, buttons[0]["data"]), buttons[0]["data"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(expected, buttons[0]["fallback"]!["data"]));
        Assert.Equal("Action.Submit", (string?)buttons[0]["fallback"]!["type"]);
        Assert.Equal(104, (int?)buttons[1]["data"]!["activityId"]);
    }

    [Fact]
    public void It_names_the_status_and_shows_the_comment_escaped()
    {
        var texts = CardQuery.Texts(ConfirmStatusCard.Build(CardSamples.Confirm, CardLanguage.English).ToJsonObject());

        Assert.Equal("Which activity do you mean?", texts[0]);
        Assert.Contains("the status **In progress**", texts[1], StringComparison.Ordinal);
        Assert.Contains(@"Comment: klar i oktober \[länk\]\(https\://evil.example\)", texts);
    }

    [Fact]
    public void Without_a_comment_the_data_has_none()
    {
        var card = ConfirmStatusCard.Build(CardSamples.Confirm with { Comment = "  " }, CardLanguage.Swedish).ToJsonObject();

        Assert.All(CardQuery.OfType(card, "Action.Execute"), b => Assert.False(b["data"]!.AsObject().ContainsKey("comment")));
    }

    [Fact]
    public void Too_many_or_no_candidates_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ConfirmStatusCard.Build(CardSamples.Confirm with { Candidates = [] }, CardLanguage.Swedish));
        var six = Enumerable.Range(1, 6).Select(i => CardSamples.Done with { Id = i }).ToList();
        Assert.Throws<ArgumentException>(() => ConfirmStatusCard.Build(CardSamples.Confirm with { Candidates = six }, CardLanguage.Swedish));
    }
}
