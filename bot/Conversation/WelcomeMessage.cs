using Assistant.Bot.Channel;
using Assistant.Cards.General;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Bot.Conversation;

/// <summary>
/// The greeting sent once per user and conversation when the app is installed: the welcome card in the client's
/// language (Swedish unless the locale is English) with example questions as buttons, and the text for notifications.
/// </summary>
public static class WelcomeMessage
{
    public static OutgoingMessage Create(string? locale = null) => new(Text, HelpCard.Welcome(LanguageOf(locale)).ToJsonObject());

    private static CardLanguage LanguageOf(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? CardLanguage.English : CardLanguage.Swedish;

    private static readonly string Text = (
        "Hej! Jag är Assistenten för vård- och omsorgsförvaltningen. Fråga mig om personal- och kompetensförsörjningsplanen "
        + "och verksamhetsplanens aktiviteter, till exempel:\n\n"
        + "- Vad är rekryteringsbehovet för undersköterskor 2025?\n"
        + "- Vilka aktiviteter ligger efter?\n"
        + "- Mina aktiviteter\n\n"
        + "Jag påminner också ansvariga inför varje kvartalsdeadline.\n\n"
        + "Hi! I am the Assistant of the care and social services administration. Ask me, in Swedish or English, about the "
        + "staffing plan's forecasts and the operational plan's activities, for example \"What is the recruitment need for "
        + "assistant nurses in 2025?\"");
}
