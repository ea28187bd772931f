using Assistant.Bot.Plans;
using Assistant.Bot.StatusUpdates.Chat;

namespace Assistant.Tests.StatusUpdates.Chat;

public sealed class StatusStatementTests
{
    [Theory]
    [InlineData("FAS2 pågår, klar i oktober", "FAS2", ActivityStatus.InProgress, "klar i oktober", false)]
    [InlineData("status för bemanningspoolen: klart", "bemanningspoolen", ActivityStatus.Done, null, true)]
    [InlineData("Status för bemanningspoolen är klar", "bemanningspoolen", ActivityStatus.Done, null, true)]
    [InlineData("set PM3 to done", "PM3", ActivityStatus.Done, null, true)]
    [InlineData("Mark the PM3 work as in progress, waiting for the union", "the PM3 work", ActivityStatus.InProgress, "waiting for the union", true)]
    [InlineData("sätt uppdrag 43 till kvarstår", "uppdrag 43", ActivityStatus.Remains, null, true)]
    [InlineData("Referenskostnader: klart. Rapporten skickad till nämnden", "Referenskostnader", ActivityStatus.Done, "Rapporten skickad till nämnden", false)]
    [InlineData("Krisledningen är ej påbörjad", "Krisledningen", ActivityStatus.NotStarted, null, false)]
    [InlineData("status of BEATA: starting up", "BEATA", ActivityStatus.StartingUp, null, true)]
    public void Plain_words_give_subject_status_and_comment(string text, string subject, ActivityStatus status, string? comment, bool isExplicit)
    {
        var statement = StatusStatement.Parse(text);
        Assert.NotNull(statement);
        Assert.Equal(new StatusStatement(subject, status, comment, isExplicit), statement);
    }

    [Theory]
    [InlineData("Vilka aktiviteter är klara?")]
    [InlineData("Hur många aktiviteter är klara")]
    [InlineData("Är FAS2 klar?")]
    [InlineData("Antal klara aktiviteter")]
    [InlineData("Klart")]
    [InlineData("Aktiviteter som är klara")]
    [InlineData("FAS2 är inte klar")]
    [InlineData("Is PM3 done")]
    [InlineData("Vad är rekryteringsbehovet för undersköterskor 2025?")]
    [InlineData("mina aktiviteter")]
    [InlineData("påminn mig på måndag")]
    public void Questions_and_other_messages_are_not_status_updates(string text) => Assert.Null(StatusStatement.Parse(text));
}
