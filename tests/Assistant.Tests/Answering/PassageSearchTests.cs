using Assistant.Bot.Answering.Understanding;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Knowledge.Extraction;

namespace Assistant.Tests.Answering;

/// <summary>The pieces passage search is built from: how text is cut at import, analysed and matched.</summary>
public sealed class PassageSearchTests
{
    [Fact]
    public void A_paragraph_that_introduces_a_list_starts_the_next_passage_with_its_list()
    {
        var passages = new List<Passage>();
        var builder = new PassageBuilder(passages);
        builder.StartSection("Sammanfattning");
        builder.Add(new string('a', 20) + " " + string.Join(' ', Enumerable.Repeat("Granskningen visar att arbetet har gjorts.", 30)));
        builder.Add("Vi rekommenderar att:");
        builder.Add("- Socialnämnden tar fram en kompetensförsörjningsplan varje år. " + string.Join(' ', Enumerable.Repeat("Den följs upp.", 10)));
        builder.Flush();

        Assert.Equal(2, passages.Count);
        Assert.DoesNotContain("rekommenderar", passages[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Vi rekommenderar att:\n\n- Socialnämnden", passages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_that_goes_on_with_an_open_sentence_is_joined_to_it_not_cut_into_the_next_passage()
    {
        var passages = new List<Passage>();
        var builder = new PassageBuilder(passages);
        builder.StartSection("Samverkansgrupp");
        builder.Add(string.Join(' ', Enumerable.Repeat("Gruppen arbetar på uppdrag av direktören.", 36)) + " Rapportering");
        builder.Add("med utvecklingsförslag sker i september årligen.");
        builder.Add("Nästa stycke börjar med stor bokstav.");
        builder.Flush();

        Assert.Contains("Rapportering med utvecklingsförslag sker i september årligen.", passages[0].Text, StringComparison.Ordinal);
        Assert.True(PassageBuilder.ContinuesSentence("Rapportering", "med förslag"));
        Assert.False(PassageBuilder.ContinuesSentence("Det sker årligen.", "med förslag"));
        Assert.False(PassageBuilder.ContinuesSentence("Rapportering", "Med förslag"));
    }

    [Fact]
    public void A_paragraph_ending_in_a_semicolon_introduces_what_follows_unless_it_is_a_list_item()
    {
        Assert.True(PassageBuilder.IsIntroduction("Studien pekar på olika utvecklingsområden som presenteras kort nedan;"));
        Assert.True(PassageBuilder.IsIntroduction("Vi rekommenderar att:"));
        Assert.False(PassageBuilder.IsIntroduction("- Minska beroendet av bemanningsföretag;"));
        Assert.False(PassageBuilder.IsIntroduction("Det sker årligen."));
    }

    [Fact]
    public void A_paragraph_ending_in_a_colon_alone_in_a_passage_is_not_cut_from_what_follows()
    {
        var passages = new List<Passage>();
        var builder = new PassageBuilder(passages);
        builder.Add("Revisorerna rekommenderar nämnderna att:");
        builder.Add("- " + string.Join(' ', Enumerable.Repeat("Minska beroendet av kortsiktiga bemanningslösningar.", 40)));
        builder.Flush();

        Assert.Single(passages);
    }

    [Fact]
    public void A_word_matches_the_compounds_it_ends_but_not_a_word_that_merely_ends_like_it()
    {
        var words = new HashSet<string>(new SwedishSearchAnalyzer().Terms("Under 2010 tog 3700 personer ut undersköterskeexamen. Ansvaret är chefens."));

        Assert.True(SearchIndex.Matches("exam", words));
        Assert.False(SearchIndex.Matches("svar", words));
    }

    [Fact]
    public void Comparatives_are_analysed_as_their_adjective()
    {
        var analyzer = new SwedishSearchAnalyzer();

        Assert.Equal(analyzer.Terms("unga"), analyzer.Terms("yngre"));
        Assert.Equal(analyzer.Terms("stor"), analyzer.Terms("större"));
        Assert.Equal(analyzer.Terms("ökad"), analyzer.Terms("ökar"));
        Assert.Equal(analyzer.Terms("ökning"), analyzer.Terms("ökade"));
    }

    [Fact]
    public void Two_english_words_are_searched_as_the_swedish_compound_a_text_has()
    {
        var index = SearchIndex.Build([
            new SearchItem(1, "Vi behöver göra professionsanalyser, en metod för att renodla yrken."),
            new SearchItem(2, "Kompetens och krav följs upp varje år."),
            new SearchItem(3, "Nya kompetenskrav införs."),
        ]);

        // "profession analyses": the texts write "professionsanalyser"; "professions" is read as a cue, not searched.
        var terms = Assistant.Bot.Answering.Answerers.QueryTerms.For(QuestionReader.Read("What does the plan mean by profession analyses?", new DateOnly(2026, 3, 1)), index);
        Assert.Contains(terms, t => t.StartsWith("professionsanaly", StringComparison.Ordinal));

        // Two words each searched and found already are not joined ("kompetens", "krav"), though a text has the compound.
        var both = Assistant.Bot.Answering.Answerers.QueryTerms.For(QuestionReader.Read("What are the competence demands?", new DateOnly(2026, 3, 1)), index);
        Assert.DoesNotContain(both, t => t.StartsWith("kompetenskrav", StringComparison.Ordinal));
    }

    [Fact]
    public void The_askers_aside_after_the_question_and_a_spoken_pronoun_are_not_searched()
    {
        var index = SearchIndex.Build([
            new SearchItem(1, "Kontaktpersoner vill utreda hur samordningen ska se ut, och dom ska stödja cheferna."),
        ]);
        var aside = Assistant.Bot.Answering.Answerers.QueryTerms.For(QuestionReader.Read("Finns det kontaktpersoner i hemtjänsten? vill ta upp det på mötet", new DateOnly(2026, 3, 1)), index);
        Assert.Contains(aside, t => t.StartsWith("kontaktperson", StringComparison.Ordinal));
        Assert.DoesNotContain(aside, t => t.StartsWith("vill", StringComparison.Ordinal) || t.StartsWith("mot", StringComparison.Ordinal));

        // A tail after the question that names a subject of its own is still searched.
        var subject = Assistant.Bot.Answering.Answerers.QueryTerms.For(QuestionReader.Read("Finns det kontaktpersoner? samordningen", new DateOnly(2026, 3, 1)), index);
        Assert.Contains(subject, t => t.StartsWith("samordning", StringComparison.Ordinal));

        var pronoun = Assistant.Bot.Answering.Answerers.QueryTerms.For(QuestionReader.Read("Vad gör kontaktpersoner och varför behövs dom?", new DateOnly(2026, 3, 1)), index);
        Assert.DoesNotContain(pronoun, t => t == "dom");
    }

    [Fact]
    public void Something_tested_is_searched_as_the_trial_or_pilot_the_texts_name()
    {
        var index = SearchIndex.Build([new SearchItem(1, "Förvaltningen har påbörjat ett försöksprojekt med nattpatruller.")]);
        var terms = Assistant.Bot.Answering.Answerers.QueryTerms.For(QuestionReader.Read("Har vi testat nattpatruller?", new DateOnly(2026, 3, 1)), index, siblings: true);
        Assert.Contains(terms, t => t.StartsWith("forsoksprojek", StringComparison.Ordinal) || t.StartsWith("försöksprojek", StringComparison.Ordinal));
    }

    [Fact]
    public void A_definition_verb_is_not_searched_as_a_word_of_the_text()
    {
        var index = SearchIndex.Build([new SearchItem(1, "Professionsanalyser är en metod för att renodla professioner.")]);
        var terms = Assistant.Bot.Answering.Answerers.QueryTerms.For(QuestionReader.Read("Vad menas med professionsanalyser?", new DateOnly(2026, 3, 1)), index);
        Assert.DoesNotContain(terms, t => t.StartsWith("menas", StringComparison.Ordinal));
    }

    [Fact]
    public void The_index_finds_a_passage_by_the_compound_that_ends_in_the_question_s_word()
    {
        var index = SearchIndex.Build([
            new SearchItem(1, "Under 2010 tog 3700 personer ut undersköterskeexamen."),
            new SearchItem(2, "Ansvaret för rekryteringen ligger hos cheferna."),
        ]);

        var hits = index.Search(index.Analyze("examen"), 5);

        Assert.Equal(1, Assert.Single(hits).Key);
    }

    [Fact]
    public void A_verb_is_searched_as_the_noun_the_text_says_it_with()
    {
        // "Vilka ramar föreslås": the text states "ett förslag på minskade ramar".
        var analyzer = new SwedishSearchAnalyzer();
        Assert.Equal(analyzer.Terms("förslaget"), analyzer.Terms("föreslås"));
        Assert.Equal(analyzer.Terms("förslag"), analyzer.Terms("föreslog"));
    }
}
