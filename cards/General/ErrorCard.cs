using Assistant.Cards.Building;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Cards.General;

/// <summary>What replaces a card when an action could not be done: the reason in plain words and what to try.</summary>
public static class ErrorCard
{
    /// <param name="message">Plain text for the user (escaped here, it may quote what they wrote).</param>
    /// <param name="showHint">Add "try again, or type help".</param>
    public static AdaptiveCard Build(string message, CardLanguage language, bool showHint = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var texts = CardTexts.For(language);
        var body = new List<AdaptiveElement>
        {
            CardParts.Heading(texts.ErrorTitle, TextColor.Attention),
            CardParts.UserText(message),
        };
        if (showHint)
        {
            body.Add(CardParts.Paragraph(texts.ErrorHint, subtle: true));
        }

        return CardParts.Card(texts, body, $"{texts.ErrorTitle}: {message}");
    }
}
