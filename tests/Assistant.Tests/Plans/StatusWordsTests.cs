using Assistant.Bot.Plans;
using Assistant.Cards.Text;

namespace Assistant.Tests.Plans;

/// <summary>The one table of status words (<see cref="StatusWords"/>), both languages.</summary>
public sealed class StatusWordsTests
{
    [Theory]
    [InlineData(ActivityStatus.Done, "Klart", "Done")]
    [InlineData(ActivityStatus.InProgress, "Pågår", "In progress")]
    [InlineData(ActivityStatus.Remains, "Kvarstår", "Remains")]
    [InlineData(ActivityStatus.StartingUp, "Uppstart", "Starting up")]
    [InlineData(ActivityStatus.NotStarted, "Ej påbörjad", "Not started")]
    public void Each_status_has_one_word_per_language_and_reads_back(ActivityStatus status, string swedish, string english)
    {
        Assert.Equal(swedish, StatusWords.Word(status, CardLanguage.Swedish));
        Assert.Equal(english, StatusWords.Word(status, CardLanguage.English));
        Assert.Equal(status, StatusWords.ParseCell(swedish));
        Assert.Equal(status, StatusWords.ParseCell(english));
        Assert.Equal(status, StatusWords.Find(swedish).Single().Status);
        Assert.Equal(status, StatusWords.Find(english).Single().Status);
    }

    [Theory]
    [InlineData("Klart", ActivityStatus.Done)]
    [InlineData("klar", ActivityStatus.Done)]
    [InlineData("Genomförd", ActivityStatus.Done)]
    [InlineData("Pågår", ActivityStatus.InProgress)]
    [InlineData("Pågående", ActivityStatus.InProgress)]
    [InlineData("Fortsätter från 2015", ActivityStatus.InProgress)]
    [InlineData("Kvarstår", ActivityStatus.Remains)]
    [InlineData("Ej klar", ActivityStatus.Remains)]
    [InlineData("Uppstart", ActivityStatus.StartingUp)]
    [InlineData("Ej påbörjad", ActivityStatus.NotStarted)]
    [InlineData("Ej påbörjat", ActivityStatus.NotStarted)]
    public void A_status_cell_is_read_from_its_start(string cell, ActivityStatus status) => Assert.Equal(status, StatusWords.ParseCell(cell));

    [Theory]
    [InlineData("")]
    [InlineData("Se kommentar")]
    public void A_cell_without_a_status_word_names_none(string cell) => Assert.Null(StatusWords.ParseCell(cell));

    [Fact]
    public void Chat_phrases_are_found_as_whole_words_longest_first()
    {
        var found = StatusWords.Find("Tillsyn är inte påbörjad, larm är klart").ToList();

        Assert.Equal([ActivityStatus.NotStarted, ActivityStatus.Done], found.Select(f => f.Status));
        Assert.Empty(StatusWords.Find("klartext"));
    }
}
