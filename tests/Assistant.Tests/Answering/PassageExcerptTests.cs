using Assistant.Bot.Answering.Answerers;

namespace Assistant.Tests.Answering;

/// <summary>Which sentences of a long passage are shown: the run the question's words point at.</summary>
public sealed class PassageExcerptTests
{
    // A section longer than one excerpt, made of paragraphs that each open with their own label and a semicolon; the
    // label of the second is mentioned again later, beside the section's title words.
    private static readonly string Section = string.Join(' ',
        "Lokaler och fastigheter; förvaltningen hyr många små lokaler som är dyra att underhålla.",
        "Flera enheter delar i dag entré och kök, vilket försvårar arbetet.",
        "Ett samlat grepp om lokalerna efterfrågas av flera verksamheter.",
        "Introduktion; nyanställda medarbetare får i dag en introduktion som skiljer sig mellan arbetsplatserna.",
        "En gemensam checklista för enheterna med fadderskap och uppföljning efter tre månader föreslås.",
        "Enhetscheferna vill också ha en digital utbildning i verksamhetssystemen inför första dagen.",
        "Rekrytering; annonseringen sker i många kanaler och kostar mycket tid för cheferna.",
        "En samlad rekryteringsfunktion skulle avlasta verksamheterna.",
        "Kompetensutveckling; medarbetarna önskar fler utbildningsdagar under året.",
        "Det finns även önskemål om handledning i grupp och om mer tid för reflektion.",
        "Arbetsmiljö; den fysiska arbetsmiljön har förbättrats genom nya hjälpmedel.",
        "Samtidigt upplevs den psykosociala arbetsmiljön som pressad under sommaren.",
        "Flera medarbetare tar upp att introduktion av sommarvikarier i enheterna behöver planeras långt innan semestrarna börjar.");

    [Fact]
    public void A_paragraph_whose_label_names_what_is_asked_is_shown_from_its_label()
    {
        var k = SampleKnowledge.Snapshot();
        var terms = k.PassageTerms.Terms("introduktion enheterna").ToList();

        var excerpt = PassageAnswerer.Trim(Section, terms, k);

        Assert.StartsWith("Introduktion;", excerpt, StringComparison.Ordinal);
        Assert.Contains("checklista", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_without_the_question_words_does_not_pull_the_excerpt_to_it()
    {
        var k = SampleKnowledge.Snapshot();
        var terms = k.PassageTerms.Terms("psykosociala arbetsmiljön sommaren").ToList();

        var excerpt = PassageAnswerer.Trim(Section, terms, k);

        Assert.Contains("psykosociala", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("Lokaler och fastigheter;", excerpt, StringComparison.Ordinal);
    }
}
