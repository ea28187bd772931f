using System.Text;
using Assistant.Cards.Activities;
using Assistant.Cards.Model;
using Assistant.Cards.Reminders;
using Assistant.Cards.Text;

namespace Assistant.Tests.Cards;

/// <summary>Teams refuses bot messages over about 28 KB; our cards stay under 24 KB even with long user text.</summary>
public sealed class CardSizeTests
{
    private const int Budget = 24 * 1024;

    // Worst case for size: every letter non-ASCII, so a serializer that escapes writes six bytes for it.
    private static readonly string LongTitle = string.Concat(Enumerable.Repeat("Åtgärda förändringsarbete ", 12));
    private static readonly string LongComment = string.Concat(Enumerable.Repeat("Pågående översyn, än så länge ", 34));

    [Fact]
    public void A_full_reminder_with_long_titles_and_comments_fits()
    {
        var activities = Enumerable.Range(1, ReminderCard.MaxActivities)
            .Select(i => CardSamples.Staffing with { Id = 100_000 + i, Title = LongTitle, Comment = LongComment, Owners = [LongTitle] })
            .ToList();

        var card = ReminderCard.Build(CardSamples.Reminder with { Activities = activities }, CardLanguage.Swedish);

        Assert.InRange(EscapedSize(card), 1, Budget);
    }

    [Fact]
    public void A_full_activity_list_with_long_titles_fits()
    {
        var activities = Enumerable.Range(1, ActivityListCard.MaxRows + 10)
            .Select(i => CardSamples.Staffing with { Id = 100_000 + i, Title = LongTitle, Owners = [LongTitle, LongTitle], Overdue = true })
            .ToList();

        var card = ActivityListCard.Build(CardSamples.Behind with { Activities = activities }, CardLanguage.Swedish);

        Assert.InRange(EscapedSize(card), 1, Budget);
    }

    [Fact]
    public void Every_sample_card_fits()
    {
        foreach (var (name, card) in CardSamples.All())
        {
            Assert.True(EscapedSize(card) < Budget, name);
        }
    }

    [Fact]
    public void ToJson_writes_swedish_letters_as_they_are()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("Pågår")] };

        Assert.Contains("\"Pågår\"", card.ToJson(), StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(card.ToJson()) < EscapedSize(card));
    }

    /// <summary>The size with the default (escaping) serializer, whatever the channel uses.</summary>
    private static int EscapedSize(AdaptiveCard card) => Encoding.UTF8.GetByteCount(card.ToJsonObject().ToJsonString());
}
