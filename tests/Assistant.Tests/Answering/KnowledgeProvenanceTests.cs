using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Plans;

namespace Assistant.Tests.Answering;

/// <summary>
/// Questions about where the documents come from (who wrote them, for whom, when, which period, who made the forecast
/// and how far it reaches) are answered from the documents' stored provenance, over documents written in the test.
/// </summary>
public sealed class KnowledgeProvenanceTests
{
    private static readonly DateOnly Today = new(2024, 9, 16);

    private static readonly KnowledgeSnapshot Knowledge = KnowledgeSnapshot.Create(
        [
            new KnowledgeDocument
            {
                Id = 1, Title = "Personalplan 2022 med plan för 2023-2029", Organisation = "Omsorgsnämnden", Year = 2022, Period = "2022 med plan för 2023-2029",
                Kind = DocumentKind.StaffingPlan, SourceFile = "plan.txt", ContentHash = "a", ForecastBy = "Exempelanalys AB", ForecastUntil = 2029,
            },
            new KnowledgeDocument
            {
                Id = 2, Title = "Strategi för trygg bemanning", Period = "2023–2026", Kind = DocumentKind.Strategy, SourceFile = "strategi.txt", ContentHash = "b",
                Author = "Förbundet",
            },
            new KnowledgeDocument
            {
                Id = 3, Title = "Granskning av bemanningen", Kind = DocumentKind.Audit, SourceFile = "granskning.txt", ContentHash = "c",
                Author = "Nordrevision AB", CommissionedBy = "Revisorerna i Exempelby kommun", Dated = new DateOnly(2022, 3, 3),
            },
        ],
        [
            new ForecastValue { Id = 1, DocumentId = 1, Measure = "Personalbehov", Group = "Totalt", Year = 2023, Value = 100, Table = "Personalbehov" },
            new ForecastValue { Id = 2, DocumentId = 1, Measure = "Personalbehov", Group = "Totalt", Year = 2029, Value = 120, Table = "Personalbehov" },
        ],
        [],
        [],
        [new Passage { Id = 1, DocumentId = 2, Ordinal = 1, HeadingPath = "Strategi för trygg bemanning", Text = "Strategin ska minska beroendet av hyrpersonal." }]);

    private static Answer Ask(string question) => AnswerRouter.Route(QuestionReader.Read(question, Today), Knowledge);

    [Theory]
    [InlineData("När skrevs granskningen och av vem?", "Nordrevision AB", "3 mars 2022")]
    [InlineData("Vem har skrivit revisionsrapporten?", "Nordrevision AB", "Revisorerna i Exempelby kommun")]
    [InlineData("Who wrote the audit, and when?", "Nordrevision AB", "3 March 2022")]
    [InlineData("Vem står bakom strategin?", "Förbundet", "2023–2026")]
    [InlineData("Vilken period gäller strategin?", "2023–2026", "strategi")]
    [InlineData("Vem har tagit fram prognosen och hur långt fram går den?", "Exempelanalys AB", "2029")]
    [InlineData("Which consultancy made the forecast?", "Exempelanalys AB", "2029")]
    [InlineData("Vilket år skrevs granskningen?", "3 mars 2022", "Nordrevision AB")]
    public void A_question_about_a_documents_provenance_is_answered_from_it(string question, string first, string second)
    {
        var answer = Ask(question);

        Assert.Contains(first, answer.Text, StringComparison.Ordinal);
        Assert.Contains(second, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asked_who_made_the_forecast_it_names_the_documents_with_one_only()
    {
        var answer = Ask("Vem har gjort prognosen?");

        Assert.Contains("Personalplan 2022", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Granskning", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Strategi", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_of_documents_names_author_date_and_period_of_each()
    {
        var answer = Ask("Vilka dokument känner du till?");

        Assert.Contains("av Nordrevision AB på uppdrag av Revisorerna i Exempelby kommun", answer.Text, StringComparison.Ordinal);
        Assert.Contains("daterad 3 mars 2022", answer.Text, StringComparison.Ordinal);
        Assert.Contains("period 2023–2026; av Förbundet", answer.Text, StringComparison.Ordinal);
        Assert.Contains("prognos 2023–2029 gjord av Exempelanalys AB", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_question_with_a_who_is_not_taken_for_one_about_a_document()
    {
        var read = Assistant.Bot.Answering.Queries.QueryReader.Read(QuestionReader.Read("Vem har gjort aktiviteterna i planen?", Today), Knowledge);

        Assert.NotEqual(Assistant.Bot.Answering.Queries.QueryTarget.Knowledge, read.Query.Target);
    }

    [Fact]
    public void A_source_line_of_a_document_of_no_namnd_names_its_author_and_stated_period()
    {
        var source = Knowledge.Source(2);

        Assert.Equal("Förbundet", source.Organisation);
        Assert.Equal("2023–2026", source.Period);
    }
}
