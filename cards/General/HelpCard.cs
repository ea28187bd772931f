using Assistant.Cards.Building;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Cards.General;

/// <summary>The welcome (first contact) and help cards: what the bot does and example questions as buttons.</summary>
public static class HelpCard
{
    /// <summary>At most this many buttons in one ActionSet (the renderers' default limit).</summary>
    public const int ButtonsPerRow = 5;

    public static AdaptiveCard Welcome(CardLanguage language) => Build(language, welcome: true, null);

    /// <param name="examples">The questions to offer (e.g. the answering engine's own); the built-in ones when null or empty.</param>
    public static AdaptiveCard Help(CardLanguage language, IReadOnlyList<string>? examples = null) => Build(language, welcome: false, examples);

    private static AdaptiveCard Build(CardLanguage language, bool welcome, IReadOnlyList<string>? examples)
    {
        var texts = CardTexts.For(language);
        var other = CardTexts.For(language == CardLanguage.Swedish ? CardLanguage.English : CardLanguage.Swedish);
        var title = welcome ? texts.WelcomeTitle : texts.HelpTitle;
        var questions = examples?.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct().Take(ButtonsPerRow * 2).ToList() is { Count: > 0 } given
            ? given
            : texts.ExampleQuestions;
        var body = new List<AdaptiveElement>
        {
            CardParts.Heading(title),
            CardParts.Paragraph(welcome ? texts.WelcomeText : texts.HelpText),
            new TextBlock(texts.ExamplesTitle) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
        };
        body.AddRange(questions.Chunk(ButtonsPerRow).Select(row => new ActionSet(row.Select(q => (AdaptiveAction)CardActions.MessageBack(q)).ToList())));
        body.AddRange(
        [
            CardParts.Paragraph(texts.HelpStatusHint, subtle: true),
            CardParts.Paragraph(texts.OtherLanguageHint, subtle: true),
            new ActionSet([CardActions.MessageBack(other.ExampleQuestions[0])]) { Spacing = Spacing.Small },
        ]);
        var summary = $"{title}. {texts.ExamplesTitle}: {string.Join(" ", questions.Select(q => "\"" + q + "\""))}";
        return CardParts.Card(texts, body, summary);
    }
}
