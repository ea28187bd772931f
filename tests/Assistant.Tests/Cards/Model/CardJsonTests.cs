using System.Text.Json.Nodes;
using Assistant.Cards.Model;

namespace Assistant.Tests.Cards.Model;

public sealed class CardJsonTests
{
    [Fact]
    public void Card_serializes_type_schema_and_version_first_and_omits_nulls()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("Hej") { Wrap = true }] };

        var json = card.ToJsonObject();

        Assert.Equal(["type", "$schema", "version", "body"], json.Select(p => p.Key));
        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("1.5", (string?)json["version"]);
        var block = json["body"]![0]!.AsObject();
        Assert.Equal("TextBlock", (string?)block["type"]);
        Assert.Equal("Hej", (string?)block["text"]);
        Assert.True((bool?)block["wrap"]);
        Assert.False(block.ContainsKey("color"));
        Assert.False(block.ContainsKey("fallback"));
    }

    [Fact]
    public void Elements_and_actions_carry_their_schema_type_names_and_enum_spellings()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new Container([new TextBlock("a") { Color = TextColor.Attention, Weight = TextWeight.Bolder }]) { Style = ContainerStyle.Emphasis },
                new ColumnSet([new Column([new Image(new Uri("https://example.org/a.png"))]) { Width = ColumnWidth.Auto }, new Column([]) { Width = ColumnWidth.Weight(2) }]),
                new ChoiceSetInput([new Choice("Klart", "Done")]) { Id = "status-1", Style = ChoiceInputStyle.Expanded },
                new TextInput { Id = "comment-1", IsMultiline = true },
                new Table([new TableColumnDefinition(2)], [new TableRow([new TableCell([new TextBlock("x")])])]),
                new VerticalBarChart([new BarDatum("2021", 759)]) { Fallback = new TextBlock("fallback") },
            ],
            Actions =
            [
                new ExecuteAction { Verb = "saveStatus", Data = new JsonObject { ["verb"] = "saveStatus" }, Fallback = new SubmitAction { Data = new JsonObject { ["verb"] = "saveStatus" } } },
                new ToggleVisibilityAction([new TargetElement("history")]) { Title = "Visa" },
                new OpenUrlAction(new Uri("https://example.org/")) { Style = ActionStyle.Positive },
            ],
            Refresh = new Refresh(new ExecuteAction { Verb = "refresh" }, ["29:1"]),
            MsTeams = new TeamsCardProperties(Entities: [Mention.Of("29:1", "Anna")]),
        };

        var json = card.ToJsonObject();
        var body = json["body"]!.AsArray();

        Assert.Equal(["Container", "ColumnSet", "Input.ChoiceSet", "Input.Text", "Table", "Chart.VerticalBar"], body.Select(e => (string?)e!["type"]));
        Assert.Equal("emphasis", (string?)body[0]!["style"]);
        Assert.Equal("Attention", (string?)body[0]!["items"]![0]!["color"]);
        Assert.Equal("auto", (string?)body[1]!["columns"]![0]!["width"]);
        Assert.Equal(2, (int?)body[1]!["columns"]![1]!["width"]);
        Assert.Equal("Column", (string?)body[1]!["columns"]![0]!["type"]);
        Assert.Equal("expanded", (string?)body[2]!["style"]);
        Assert.Equal("TableCell", (string?)body[4]!["rows"]![0]!["cells"]![0]!["type"]);
        Assert.Equal("TextBlock", (string?)body[5]!["fallback"]!["type"]);
        Assert.Equal("Action.Submit", (string?)json["actions"]![0]!["fallback"]!["type"]);
        Assert.Equal("Action.ToggleVisibility", (string?)json["actions"]![1]!["type"]);
        Assert.Equal("positive", (string?)json["actions"]![2]!["style"]);
        Assert.Equal("Action.Execute", (string?)json["refresh"]!["action"]!["type"]);
        Assert.Equal("Full", (string?)json["msteams"]!["width"]);
        Assert.Equal("mention", (string?)json["msteams"]!["entities"]![0]!["type"]);
        Assert.Equal("<at>Anna</at>", (string?)json["msteams"]!["entities"]![0]!["text"]);
    }

    [Fact]
    public void ToJson_round_trips_through_a_json_parser()
    {
        var card = new AdaptiveCard { Body = [new FactSet([new Fact("Ansvarig", "HR-chef")])], FallbackText = "å ä ö" };

        var parsed = JsonNode.Parse(card.ToJson())!;

        Assert.Equal("å ä ö", (string?)parsed["fallbackText"]);
        Assert.Equal("HR-chef", (string?)parsed["body"]![0]!["facts"]![0]!["value"]);
    }
}
