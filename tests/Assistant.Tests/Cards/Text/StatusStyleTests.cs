using Assistant.Bot.Plans;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Tests.Cards.Text;

public sealed class StatusStyleTests
{
    [Fact]
    public void Every_ActivityStatus_has_a_style_with_the_same_key_and_code()
    {
        foreach (var status in Enum.GetValues<ActivityStatus>())
        {
            var style = StatusStyle.FromCode((int)status);
            Assert.Equal(status.ToString(), style.Key);
        }

        Assert.Equal(Enum.GetValues<ActivityStatus>().Length, StatusStyle.All.Count);
    }

    [Theory]
    [InlineData("Klart", "Done", TextColor.Good)]
    [InlineData("Pågår", "InProgress", TextColor.Warning)]
    [InlineData("Kvarstår", "Remains", TextColor.Attention)]
    [InlineData("Uppstart", "StartingUp", TextColor.Default)]
    [InlineData("Ej påbörjad", "NotStarted", TextColor.Default)]
    public void Swedish_words_map_to_their_colours(string word, string key, TextColor color)
    {
        Assert.True(StatusStyle.TryParse(word, out var style));
        Assert.Equal(key, style.Key);
        Assert.Equal(color, style.Color);
        Assert.Equal(word, style.Word(CardLanguage.Swedish));
    }

    [Theory]
    [InlineData("PÅGÅR", "InProgress")]
    [InlineData(" in progress ", "InProgress")]
    [InlineData("done", "Done")]
    [InlineData("NotStarted", "NotStarted")]
    public void TryParse_accepts_keys_and_both_languages_ignoring_case(string text, string key)
    {
        Assert.True(StatusStyle.TryParse(text, out var style));
        Assert.Equal(key, style.Key);
    }

    [Fact]
    public void Uppstart_is_subtle_and_the_others_are_not() =>
        Assert.Equal(["StartingUp"], StatusStyle.All.Where(s => s.Subtle).Select(s => s.Key));

    [Fact]
    public void TryParse_rejects_unknown_words() => Assert.False(StatusStyle.TryParse("kanske", out _));
}
