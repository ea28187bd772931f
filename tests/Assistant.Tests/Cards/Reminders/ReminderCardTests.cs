using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Cards.Model;
using Assistant.Cards.Reminders;
using Assistant.Cards.Text;

namespace Assistant.Tests.Cards.Reminders;

public sealed class ReminderCardTests
{
    private static JsonObject Build(CardLanguage language = CardLanguage.Swedish) =>
        ReminderCard.Build(CardSamples.Reminder, language).ToJsonObject();

    [Fact]
    public void Each_activity_gets_a_status_choice_and_a_comment_field_named_by_its_id()
    {
        var card = Build();

        foreach (var id in new[] { 101, 102, 103 })
        {
            var choice = CardQuery.ById(card, $"status-{id}");
            Assert.Equal("Input.ChoiceSet", (string?)choice["type"]);
            Assert.Equal(["Done", "InProgress", "Remains", "StartingUp", "NotStarted"], choice["choices"]!.AsArray().Select(c => (string?)c!["value"]));
            Assert.Equal(["Klart", "Pågår", "Kvarstår", "Uppstart", "Ej påbörjad"], choice["choices"]!.AsArray().Select(c => (string?)c!["title"]));
            Assert.Equal("Input.Text", (string?)CardQuery.ById(card, $"comment-{id}")["type"]);
        }

        Assert.Equal("InProgress", (string?)CardQuery.ById(card, "status-101")["value"]);
        Assert.Null(CardQuery.ById(card, "status-103")["value"]);
    }

    [Fact]
    public void One_save_action_executes_saveStatus_with_the_reminder_and_activity_ids_and_falls_back_to_submit()
    {
        var card = Build();

        var action = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal("Action.Execute", (string?)action["type"]);
        Assert.Equal("saveStatus", (string?)action["verb"]);
        Assert.Equal("Spara", (string?)action["title"]);
        var expected = new JsonObject { ["verb"] = "saveStatus", ["reminderId"] = 42, ["activityIds"] = new JsonArray(101, 102, 103) };
        Assert.True(JsonNode.DeepEquals(expected, action["data"]), action["data"]!.ToJsonString());
        var fallback = action["fallback"]!;
        Assert.Equal("Action.Submit", (string?)fallback["type"]);
        Assert.True(JsonNode.DeepEquals(expected, fallback["data"]));
    }

    [Fact]
    public void Refresh_targets_the_recipients_with_the_refresh_verb()
    {
        var card = Build();

        Assert.Equal("refreshReminder", (string?)card["refresh"]!["action"]!["verb"]);
        Assert.Equal(42, (long?)card["refresh"]!["action"]!["data"]!["reminderId"]);
        Assert.Equal(["29:1a2b3c", "00000000-0000-0000-0000-000000000001"], card["refresh"]!["userIds"]!.AsArray().Select(u => (string?)u));
    }

    [Fact]
    public void Refresh_is_left_out_without_recipients_and_capped_at_sixty()
    {
        Assert.Null(ReminderCard.Build(CardSamples.Reminder with { RecipientUserIds = [] }, CardLanguage.Swedish).Refresh);

        var many = Enumerable.Range(1, 75).Select(i => $"29:{i}").ToList();
        Assert.Equal(60, ReminderCard.Build(CardSamples.Reminder with { RecipientUserIds = many }, CardLanguage.Swedish).Refresh!.UserIds!.Count);
    }

    [Fact]
    public void Overdue_activities_are_marked_in_red_and_statuses_in_their_colours()
    {
        var card = Build();

        var overdue = CardQuery.ById(card, "activity-102");
        var marker = CardQuery.OfType(overdue, "TextRun").Single(t => (string?)t["text"] == "Försenad");
        Assert.Equal("Attention", (string?)marker["color"]);
        Assert.DoesNotContain(CardQuery.Texts(CardQuery.ById(card, "activity-101")), t => t == "Försenad");
        var status = CardQuery.OfType(CardQuery.ById(card, "activity-101"), "TextRun").Single(t => (string?)t["text"] == "Pågår");
        Assert.Equal("Warning", (string?)status["color"]);
    }

    [Fact]
    public void Texts_follow_the_language()
    {
        var swedish = CardQuery.AllText(Build(CardLanguage.Swedish));
        var english = CardQuery.AllText(Build(CardLanguage.English));

        Assert.Contains("Hej Anna Andersson! Du är ansvarig för 3 aktiviteter som ska följas upp till Q3 2024.", swedish, StringComparison.Ordinal);
        Assert.Contains("Hi Anna Andersson! You own 3 activities to follow up by Q3 2024.", english, StringComparison.Ordinal);
        Assert.Contains("Overdue", english, StringComparison.Ordinal);
        Assert.Equal("Save", (string?)Build(CardLanguage.English)["actions"]![0]!["title"]);
        Assert.Equal("In progress", (string?)CardQuery.ById(Build(CardLanguage.English), "status-101")["choices"]![1]!["title"]);
    }

    [Fact]
    public void User_titles_and_comments_are_escaped()
    {
        var texts = CardQuery.Texts(Build());

        Assert.Contains(@"\*\*Viktigt\*\* \[klicka här\]\(https\://evil.example\) \# rubrik", texts);
        Assert.Contains(texts, t => t.StartsWith("Senaste kommentar: \\- punkt 1. www\\.evil", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("](https://", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reminder_without_activities_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ReminderCard.Build(CardSamples.Reminder with { Activities = [] }, CardLanguage.Swedish));
        Assert.Contains("1 to 15", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_text_names_the_owner_and_count()
    {
        var card = ReminderCard.Build(CardSamples.Reminder, CardLanguage.Swedish);

        Assert.Equal("Hej Anna Andersson! Du är ansvarig för 3 aktiviteter som ska följas upp till Q3 2024.", card.FallbackText);
    }

    [Fact]
    public void Submitted_data_parses_back_into_the_answers()
    {
        var value = JsonDocument.Parse("""
            {"verb":"saveStatus","reminderId":42,"activityIds":[101,102,103],
             "status-101":"Done","comment-101":"  Beslut fattat  ","status-102":"","comment-102":"","status-103":"pågår"}
            """).RootElement;

        Assert.True(ReminderSubmission.TryParse(value, out var submission, out var error), error);
        Assert.Equal(42, submission!.ReminderId);
        Assert.Equal(
            [new ActivityAnswer(101, StatusStyle.Done, "Beslut fattat"), new ActivityAnswer(102, null, null), new ActivityAnswer(103, StatusStyle.InProgress, null)],
            submission.Answers);
    }

    [Theory]
    [InlineData("""{"activityIds":[1]}""", "reminderId")]
    [InlineData("""{"reminderId":1}""", "activityIds")]
    [InlineData("""{"reminderId":1,"activityIds":[]}""", "activityIds")]
    [InlineData("""{"reminderId":1,"activityIds":["x"]}""", "positive whole number")]
    [InlineData("""{"reminderId":1,"activityIds":[5],"status-5":"kanske"}""", "not a status")]
    [InlineData("[]", "not an object")]
    public void Bad_submissions_are_refused_with_a_reason(string json, string reason)
    {
        Assert.False(ReminderSubmission.TryParse(JsonDocument.Parse(json).RootElement, out var submission, out var error));
        Assert.Null(submission);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_too_long_comment_is_refused()
    {
        var json = new JsonObject { ["reminderId"] = "7", ["activityIds"] = new JsonArray(5), ["comment-5"] = new string('x', 1001) };

        Assert.False(ReminderSubmission.TryParse(JsonDocument.Parse(json.ToJsonString()).RootElement, out _, out var error));
        Assert.Contains("1000", error, StringComparison.Ordinal);
    }
}
