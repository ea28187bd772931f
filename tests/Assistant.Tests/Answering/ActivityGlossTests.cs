using Assistant.Bot.Answering.Queries;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Tests.Answering;

/// <summary>
/// Activities named in English with the documents' own word beside it ("crisis management (krisledning)"), by a word of
/// their name that is also an amount ("referenskostnader"), and questions whether a document exists ("har vi någon
/// uppföljning ...").
/// </summary>
[Trait("Category", "Integration")]
public sealed class ActivityGlossTests
{
    [Fact]
    public void A_word_in_parentheses_after_an_english_phrase_is_read_instead_of_the_phrase()
    {
        var q = QuestionReader.Read("Is the emergency management (krisledning) work done?", SeedKnowledge.Today);
        Assert.Contains("krisledning", q.Tokens);
        Assert.DoesNotContain("management", q.Tokens);
        Assert.Empty(q.Occupations);
        // A code in parentheses is no gloss.
        Assert.Contains("privata", QuestionReader.Read("costs compared with private providers (R9)?", SeedKnowledge.Today).Tokens);
    }

    [Fact]
    public void The_activity_names_english_words_are_read_as_their_swedish_ones()
    {
        var folded = Glossary.Apply(TextFold.Fold("the analysis of preventive and health-promoting efforts, workplace learning"));
        Assert.Contains("analys", folded, StringComparison.Ordinal);
        Assert.Contains("forebyggande", folded, StringComparison.Ordinal);
        Assert.Contains("halsoframjande", folded, StringComparison.Ordinal);
        Assert.Contains("insatser", folded, StringComparison.Ordinal);
        Assert.Contains("arbetsplatslarande", folded, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is the emergency management (krisledning) work done, and who has it?", "Biträdande direktör")]
    [InlineData("How far has the work on reference costs compared with private providers got?", "Ekonomichef")]
    public async Task An_activity_named_in_english_or_by_a_word_that_is_also_an_amount_is_answered(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whether_we_have_a_document_is_asked_of_the_knowledge_but_a_plan_to_do_something_is_not()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("har vi någon uppföljning av vård och omsorg för 2024?");
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
        Assert.Contains("Uppföljning av Vård- och omsorgsförvaltningens verksamhetsplan 2024", answer.Text, StringComparison.Ordinal);
        var (plan, _) = await SeedKnowledge.AskAsync("har vi någon plan för att minska sjukfrånvaron?");
        Assert.NotEqual(QueryTarget.Knowledge, plan.Query.Target);
    }

    [Fact]
    public void Commitments_are_activities_and_having_the_responsibility_asks_the_owner()
    {
        Assert.True(QuestionReader.Read("which commitments are late?", SeedKnowledge.Today).Has(Cue.Activities));
        Assert.True(QuestionReader.Read("vem har ansvaret för introduktionen?", SeedKnowledge.Today).Has(Cue.Owner));
    }

    [Fact]
    public async Task Who_has_the_responsibility_for_an_activity_is_its_owner_not_a_passage()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("vem har ansvar för bemanningspoolen?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("HR och kompetensförsörjning", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Alternatives joined by "eller", "or" or a slash: the activities about either, not only those about both.
    [InlineData("aktiviteter om språkstöd eller språkkunskaper?")]
    [InlineData("which activities concern language support / language skills?")]
    public async Task Topic_alternatives_list_the_activities_about_either(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains("språkstöd", answer.Text, StringComparison.Ordinal);
        Assert.Contains("språkkunskaper", answer.Text, StringComparison.Ordinal);
    }
}
