using Assistant.Bot.Answering.Queries;

namespace Assistant.Tests.Answering;

/// <summary>
/// Activities and lists asked in words other than the plans' over the real seeds: an assignment by its number, a
/// department described in the asker's words beside its name, an owner's finished work under a heading, two owners whose
/// names overlap, whether an activity exists for a forecast group, and which activity takes on a problem.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ActivityWordingTests
{
    [Fact]
    public async Task An_assignment_named_by_its_number_is_that_row_not_a_question_back()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vem äger frågan om undersköterska som lägsta utbildningsnivå, alltså uppdrag 14?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("(14)", answer.Text, StringComparison.Ordinal);
        Assert.Contains("HR och kompetensförsörjning", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nämndsuppdrag 29", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_aside_that_only_stresses_the_question_is_no_subject()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("PM3, hur går det egentligen?");
        Assert.Equal(QueryTarget.Activity, read.Query.Target);
        Assert.Contains("PM3", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Pågår", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_department_described_in_english_beside_its_name_is_no_topic()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Which activities has the authority unit (Myndighet och Kvalité) finished?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Empty(read.Query.Topic);
        Assert.Contains("upphandling", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owners_finished_work_within_a_heading_is_listed_from_that_heading()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vilka saker har Direktören fått klart inom Medarbetare?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Contains("sysselsättningsgrad", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pågår", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_owners_whose_names_overlap_are_both_meant_when_both_are_written()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Vad har HR-chef och Biträdande HR-chef fått klart under Goda arbetsplatser?");
        Assert.Equal(QueryTarget.ActivityList, read.Query.Target);
        Assert.Equal(2, read.Query.Owners.Count);
        Assert.Contains("lönebildning", answer.Text, StringComparison.Ordinal);
        Assert.Contains("arbetsmiljö", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whether_an_activity_exists_for_a_forecast_group_is_the_need_with_its_activities()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Personalbehovet för personlig assistent 2026, finns det någon aktivitet för den gruppen?");
        Assert.Equal(QueryTarget.ForecastAndActivities, read.Query.Target);
        Assert.Contains("Personlig assistent 2026", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Which_activity_takes_on_a_problem_is_the_activities_about_it_with_their_status()
    {
        var (read, answer) = await SeedKnowledge.AskAsync("Sjukfrånvaron är hög. Vilken aktivitet tar tag i den och ligger den i fas?");
        Assert.Equal(QueryTarget.ForecastAndActivities, read.Query.Target);
        Assert.Contains("sjukfrånvaro", answer.Text, StringComparison.Ordinal);
    }
}
