using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Queries;

namespace Assistant.Tests.Answering;

/// <summary>
/// Questions too open to answer (a need, a comparison or a summary with nothing to run it over, figures for an occasion)
/// are asked back instead of answered with a passage that shares a generic word; questions about a document itself (what
/// it is, which is newest, whether two concern the same committee, which years a forecast spans) are the knowledge's.
/// </summary>
[Trait("Category", "Integration")]
public sealed class OpenQuestionAndDocumentTests
{
    [Theory]
    [InlineData("Hur ser behovet ut?")]
    [InlineData("what's the need?")]
    [InlineData("Kan du jämföra åren?")]
    [InlineData("compare the years for me please")]
    [InlineData("vad gäller för mina?")]
    [InlineData("Ge mig en sammanfattning av läget.")]
    [InlineData("can you give me an overview of where we stand?")]
    [InlineData("Kan du ta ut siffrorna till ledningsgruppen imorgon?")]
    [InlineData("could you pull the numbers for the board meeting next week?")]
    public async Task An_open_question_with_no_subject_is_asked_back(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.True(read.Query.Target is QueryTarget.WhichSubject or QueryTarget.OffTopic, $"{read.Query.Target}: {answer.Text}");
        Assert.NotEqual(AnswerKind.Passage, answer.Kind);
        Assert.DoesNotMatch(@"\d", string.Join(' ', answer.Text.Split('\n').Where(l => !l.StartsWith('['))).Replace("2025", string.Empty, StringComparison.Ordinal)
            .Replace("2021", string.Empty, StringComparison.Ordinal).Replace("2027", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ge mig en sammanfattning av revisionen")]
    [InlineData("Vad är behovet av undersköterskor 2026?")]
    [InlineData("jämför åren 2024 och 2026 för socialsekreterare")]
    [InlineData("vad gäller för mina aktiviteter?")]
    public async Task A_question_that_names_its_subject_is_not_asked_back(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.NotEqual(QueryTarget.WhichSubject, read.Query.Target);
    }

    [Theory]
    [InlineData("vad är granskningen för något?", "Örebro")]
    [InlineData("vad e strategin för slags dokument", "SKL")]
    [InlineData("the audit – what is it exactly?", "Örebro")]
    [InlineData("SKL-strategin, vad är det? från vilket år?", "2019")]
    public async Task What_a_document_named_by_its_kind_is_is_the_document_itself(string question, string expected)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vad är prognosen?")]
    [InlineData("vad är revisionens viktigaste rekommendation?")]
    public async Task A_document_with_a_subject_or_a_forecast_asked_is_not_what_the_document_is(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.NotEqual(QueryTarget.Knowledge, read.Query.Target);
    }

    [Theory]
    [InlineData("Vilket dokument är nyast?")]
    [InlineData("which is the newest document you have?")]
    public async Task The_newest_document_is_named_first(string question)
    {
        var (read, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
        var first = answer.Text.Split('\n')[0];
        Assert.Contains("2024", first, StringComparison.Ordinal);
        Assert.Contains("Uppföljning", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whether_two_documents_named_by_year_concern_the_same_committee_is_answered_with_each_committee()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Är uppföljningen 2024 och kompetensförsörjningsplanen 2021 från samma nämnd?");
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
        Assert.StartsWith("Nej", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Social- och omsorgsnämnden", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Vård- och äldreomsorgsnämnden", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_named_with_its_year_beside_one_named_without_keeps_both()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vilken organisation står bakom uppföljningen 2024 och vilken står bakom kompetensförsörjningsplanen?");
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
        Assert.Contains("Social- och omsorgsnämnden", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Vård- och äldreomsorgsnämnden", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_years_a_forecast_spans_are_its_period_not_a_measure_asked_back()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vilka år sträcker sig prognosen över för rekryteringsbehovet?");
        Assert.Equal(QueryTarget.Knowledge, read.Query.Target);
        Assert.Contains("2019–2027", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_the_forecast_lacks_cited_from_the_plan_is_said_to_be_missing()
    {
        var (_, answer) = await SeedKnowledge.AskAsync("Hur stort är personalbehovet för barnmorskor 2026 enligt kompetensförsörjningsplanen?");
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
    }

    [Theory]
    [InlineData("any good restaurants in Örebro you can recommend?")]
    [InlineData("finns det någon bra bastu i Linköping?")]
    public async Task A_place_to_go_in_town_is_off_topic(string question)
    {
        var (read, _) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(QueryTarget.OffTopic, read.Query.Target);
    }

    [Theory]
    [InlineData("pb för min enhet i hemtjänsten 2025")]
    public async Task A_year_no_weakly_matching_text_names_is_said_to_be_missing(string question)
    {
        var (_, answer) = await SeedKnowledge.AskAsync(question);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.DoesNotContain("> ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cost_of_a_named_activity_that_no_text_prices_is_no_amount()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Hur mycket kostar införandet av BEATA?");
        Assert.Equal(QueryTarget.NoAmount, read.Query.Target);
        Assert.DoesNotMatch(@"\d", answer.Text);
    }
}
