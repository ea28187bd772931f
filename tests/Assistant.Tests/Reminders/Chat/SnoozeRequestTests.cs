using Assistant.Bot.Reminders.Chat;

namespace Assistant.Tests.Reminders.Chat;

public sealed class SnoozeRequestTests
{
    private static readonly DateOnly Monday = new(2024, 9, 16);

    [Theory]
    [InlineData("påminn mig på måndag", "2024-09-23")]        // on a Monday: next Monday
    [InlineData("Påminn mig igen på torsdag", "2024-09-19")]
    [InlineData("påminn mig i morgon", "2024-09-17")]
    [InlineData("påminn mig nästa vecka", "2024-09-23")]
    [InlineData("påminn mig om 3 dagar", "2024-09-19")]
    [InlineData("påminn mig om två veckor", "2024-09-30")]
    [InlineData("påminn mig den 3 oktober", "2024-10-03")]
    [InlineData("påminn mig 2024-10-01", "2024-10-01")]
    [InlineData("remind me on Friday", "2024-09-20")]
    [InlineData("remind me next week", "2024-09-23")]
    [InlineData("remind me in a week", "2024-09-23")]
    [InlineData("snooze until 5 january", "2025-01-05")]
    public void The_day_reminders_may_come_again(string text, string expected)
    {
        Assert.True(SnoozeRequest.TryParse(text, Monday, out var until));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), until);
    }

    [Fact]
    public void A_snooze_without_a_day_is_recognised_but_has_no_date()
    {
        Assert.True(SnoozeRequest.TryParse("påminn mig senare", Monday, out var until));
        Assert.Null(until);
    }

    [Theory]
    [InlineData("mina aktiviteter")]
    [InlineData("FAS2 pågår")]
    [InlineData("Vad är påminnelsen om?")]
    public void Other_messages_are_not_snoozes(string text) => Assert.False(SnoozeRequest.TryParse(text, Monday, out _));
}
