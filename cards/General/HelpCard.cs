using Assistant.Cards.Building;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Cards.General;

/// <summary>The welcome (first contact) and help cards: what the bot does and example questions as buttons.</summary>
public static class HelpCard
{
    public static AdaptiveCard Welcome(CardLanguage language) => Build(language, welcome: true);

    public static AdaptiveCard Help(CardLanguage language) => Build(language, welcome: false);

    private static AdaptiveCard Build(CardLanguage language, bool welcome)
    {
        var texts = CardTexts.For(language);
        var other = CardTexts.For(language == CardLanguage.Swedish ? CardLanguage.English : CardLanguage.Swedish);
        var title = welcome ? texts.WelcomeTitle : texts.HelpTitle;
        var body = new List<AdaptiveElement>
        {
            CardParts.Heading(title),
            CardParts.Paragraph(welcome ? texts.WelcomeText : texts.HelpText),
            new TextBlock(texts.ExamplesTitle) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
            new ActionSet(texts.ExampleQuestions.Select(q => (AdaptiveAction)CardActions.MessageBack(q)).ToList()),
            CardParts.Paragraph(texts.HelpStatusHint, subtle: true),
            CardParts.Paragraph(texts.OtherLanguageHint, subtle: true),
            new ActionSet([CardActions.MessageBack(other.ExampleQuestions[0])]) { Spacing = Spacing.Small },
        };
        var summary = $"{title}. {texts.ExamplesTitle}: {string.Join(" ", texts.ExampleQuestions.Select(q => "\"" + q + "\""))}";
        return CardParts.Card(texts, body, summary);
    }
}
