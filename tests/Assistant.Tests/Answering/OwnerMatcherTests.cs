using Assistant.Bot.Answering.Answerers;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Tests.Answering;

public sealed class OwnerMatcherTests
{
    private static readonly Bot.Answering.Snapshot.KnowledgeSnapshot Knowledge = SampleKnowledge.Snapshot();

    private static List<string> Owners(string question) =>
        [.. OwnerMatcher.Find(QuestionReader.Read(question, new DateOnly(2024, 9, 16)), Knowledge).Select(o => o.Display).Order()];

    [Fact]
    public void Definite_deputy_director_is_the_deputy_director_only() => Assert.Equal(["Biträdande direktör"], Owners("aktiviteter för biträdande direktören"));

    [Fact]
    public void Director_is_not_the_deputy_director() => Assert.Equal(["Direktör"], Owners("Vilka aktiviteter har Direktören?"));

    [Fact]
    public void Department_matches_without_the_avd_prefix() => Assert.Equal(["Avd- HR och kompetensförsörjning"], Owners("avdelningen för HR och kompetensförsörjning"));

    [Fact]
    public void English_role_names_map_to_the_Swedish_roles() => Assert.Equal(["Biträdande direktör"], Owners("activities of the deputy director"));

    [Fact]
    public void English_department_name_is_read_through_the_glossary() =>
        Assert.Equal(["Avd- HR och kompetensförsörjning"], Owners("Which activities does the HR and competence supply department own?"));

    [Fact]
    public void Hr_manager_in_definite_form_is_hr_chef() => Assert.Equal(["HR-chef"], Owners("Vilka aktiviteter har HR-chefen?"));

    [Theory]
    [InlineData("vilka aktiviteter har direktören (inte biträdande)?")]
    [InlineData("list what the director owns, not the deputy director")]
    [InlineData("what does the director own (except biträdande)?")]
    [InlineData("aktiviteter för direktören men inte den biträdande")]
    public void A_word_of_an_owner_after_a_negation_rules_that_owner_out(string question) => Assert.Equal(["Direktör"], Owners(question));

    [Fact]
    public void A_negated_owner_word_is_no_topic_of_the_list()
    {
        var q = QuestionReader.Read("vilka aktiviteter har direktören (inte biträdande)?", new DateOnly(2024, 9, 16));
        Assert.DoesNotContain(Bot.Answering.Queries.QueryWords.Topic(q, Knowledge, OwnerMatcher.Find(q, Knowledge)), t => t.StartsWith("bitr", StringComparison.Ordinal));
    }

    [Fact]
    public void A_negation_before_a_status_rules_out_no_owner() => Assert.Equal(["Direktör"], Owners("vad har direktören som inte är klart?"));
}
