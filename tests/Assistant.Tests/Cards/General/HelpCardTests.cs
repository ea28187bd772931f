using Assistant.Cards.General;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Tests.Cards.General;

public sealed class HelpCardTests
{
    [Theory]
    [InlineData(CardLanguage.Swedish, "Vad är rekryteringsbehovet för undersköterskor 2025?", "What is the recruitment need for assistant nurses in 2025?")]
    [InlineData(CardLanguage.English, "What is the recruitment need for assistant nurses in 2025?", "Vad är rekryteringsbehovet för undersköterskor 2025?")]
    public void Example_questions_are_buttons_in_the_language_with_one_in_the_other(CardLanguage language, string first, string other)
    {
        var card = HelpCard.Help(language).ToJsonObject();

        var buttons = CardQuery.OfType(card, "Action.Submit").Select(b => (string?)b["data"]!["msteams"]!["value"]).ToList();
        Assert.Equal(6, buttons.Count);
        Assert.Equal(first, buttons[0]);
        Assert.Equal(other, buttons[^1]);
        Assert.All(CardQuery.OfType(card, "ActionSet"), set => Assert.InRange(set["actions"]!.AsArray().Count, 1, 5));
    }

    [Fact]
    public void Welcome_and_help_differ_in_title()
    {
        Assert.Equal("Hej! Jag är assistenten för vård- och omsorgsförvaltningens planer", CardQuery.Texts(HelpCard.Welcome(CardLanguage.Swedish).ToJsonObject())[0]);
        Assert.Equal("How to ask", CardQuery.Texts(HelpCard.Help(CardLanguage.English).ToJsonObject())[0]);
    }
}
