namespace Assistant.Bot.Conversation;

/// <summary>The greeting sent once per user and conversation when the app is installed (Swedish first, English too).</summary>
public static class WelcomeMessage
{
    public static OutgoingMessage Create() => new(
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
