using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>Greetings and "hjälp": a short guide with example questions.</summary>
public static class HelpAnswerer
{
    public static IEnumerable<string> Examples(QuestionUnderstanding q) => q.English
        ?
        [
            "What is the recruitment need for assistant nurses in 2025?",
            "How much does the total staffing need increase from 2021 to 2027?",
            "Which activities are overdue?",
            "Who is responsible for the FAS2 guidelines?",
            "What was the sick leave in 2015?",
            "What does the plan say about full-time work?",
        ]
        :
        [
            "Vad är rekryteringsbehovet för undersköterskor 2025?",
            "Hur mycket ökar det totala personalbehovet från 2021 till 2027?",
            "Vilka aktiviteter ligger efter?",
            "Vem ansvarar för riktlinjerna för FAS2?",
            "Vad var sjukfrånvaron 2015?",
            "Vad säger planen om heltid?",
        ];

    public static Answer Answer(QuestionUnderstanding q)
    {
        var examples = Examples(q).ToList();
        var intro = q.Say(
            "Hej! Jag svarar på frågor om förvaltningens planer: prognoser för personalbehov och rekryteringsbehov, nyckeltal, aktiviteter (status, ansvarig, när de ska vara klara) och vad planerna säger. Jag anger alltid källan. Prova till exempel:",
            "Hi! I answer questions about the administration's plans: staffing and recruitment forecasts, key figures, activities (status, owner, deadline) and what the plans say. I always name the source. Try for example:");
        return new Answer(intro + "\n" + string.Join('\n', examples.Select(e => "- " + e)), q.Language, AnswerKind.Help, [])
        {
            Suggestions = examples,
        };
    }

    /// <summary>A request the assistant does not do ("skicka ett mejl åt mig"): a short refusal and what it can do.</summary>
    public static Answer OffTopic(QuestionUnderstanding q)
    {
        var examples = Examples(q).Take(3).ToList();
        var text = q.Say(
            "Det är inget jag kan hjälpa till med. Jag svarar bara på frågor om förvaltningens planer: prognoser, nyckeltal, aktiviteter och vad planerna säger.",
            "That is nothing I can help with. I only answer questions about the administration's plans: forecasts, key figures, activities and what the plans say.");
        return new Answer(text, q.Language, AnswerKind.NotFound, [])
        {
            Suggestions = examples,
        };
    }

    /// <summary>Only greeting or help words (and filler): "hej", "hjälp", "hello, what can you do?".</summary>
    public static bool IsHelp(QuestionUnderstanding q)
    {
        if (q.Tokens.Count == 0)
        {
            return true;
        }

        if (!q.HasAny(Cue.Greeting, Cue.Help))
        {
            return false;
        }

        var other = q.Hits.Where(h => h.Entry.Cue is not (Cue.Greeting or Cue.Help)).Sum(h => h.Length);
        var free = q.FreeTokens.Count(t => t is not ("du" or "jag" or "kan" or "med" or "mig" or "me" or "you" or "there" or "bot" or "assistent" or "assistant" or "please" or "tack" or "thanks"));
        return other == 0 && free == 0;
    }
}
