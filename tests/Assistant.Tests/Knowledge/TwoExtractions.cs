namespace Assistant.Tests.Knowledge;

/// <summary>One small plan in two extractions, like the 000 (Word text) and 001 (PDF text) seeds.</summary>
public static class TwoExtractions
{
    private const string Narrative = "Behovet av personal inom vård och omsorg växer för varje år som går. Fler invånare blir äldre och fler behöver stöd i hemmet samtidigt som antalet personer i arbetsför ålder inte ökar lika snabbt. Förvaltningen behöver därför både rekrytera fler och behålla de medarbetare som redan finns. Sjukfrånvaron är högst bland unga medarbetare och många slutar under sina första år. En bättre introduktion och scheman som går att förena med familjeliv är det som medarbetarna själva efterfrågar mest. Cheferna behöver färre medarbetare per person för att hinna leda och följa upp arbetet.";

    public static string Word => $"""
        Personalplan 2023

        Omsorgsnämnden

        Inledning

        {Narrative}

        Prognos

        	2023	2024	2025
        Personalbehov			
        Undersköterska	700	710	720
        Rekryteringsbehov			
        Undersköterska	100	104	118

        Aktiviteter

        Vad	Aktivitet	Ansvarig	Genomförande
        Introduktion	Ta fram en gemensam introduktion.	HR-chef	2023-2024
        Scheman	Pröva önskeschema i två områden.	Avd- c Hemtjänst	2023
        """;

    /// <summary>The same plan with hard line breaks, the heading glued to its paragraph, the table intact, and one paragraph more.</summary>
    public static string Pdf => $"""
        Omsorgsnämnden

        Inledning
        {string.Join("\n", Wrap(Narrative, 90))}

        Prognos

        	2023	2024	2025
        Personalbehov			
        Undersköterska	700	710	720
        Rekryteringsbehov			
        Undersköterska	100	104	118

        Aktiviteter

        Vad	Aktivitet	Ansvarig	Genomförande
        Introduktion	Ta fram en gemensam introduktion.	HR-chef	2023-2024
        Scheman	Pröva önskeschema i två områden.	Avd- c Hemtjänst	2023

        Tillägg
        Ny text som bara finns i den andra utgåvan av planen och som handlar om något helt annat än resten, nämligen lokaler och parkering vid kontoret.
        """;

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length + 1 > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        yield return line;
    }
}
