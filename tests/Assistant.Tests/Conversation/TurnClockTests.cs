using Assistant.Bot.Conversation;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Conversation;

public sealed class TurnClockTests
{
    [Theory]
    [InlineData("2024-06-30T21:59:59Z", "2024-06-30")]
    [InlineData("2024-06-30T22:00:00Z", "2024-07-01")]
    [InlineData("2024-12-31T22:59:59Z", "2024-12-31")]
    [InlineData("2024-12-31T23:00:00Z", "2025-01-01")]
    public void Today_is_the_local_date_in_Stockholm(string utc, string expected)
    {
        var clock = new TurnClock(new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)), Options.Create(new ConversationOptions()));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), clock.Today);
    }
}
