using Assistant.Cards.General;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Tests.Cards.General;

public sealed class ErrorCardTests
{
    [Fact]
    public void It_shows_the_title_in_red_the_escaped_message_and_the_hint()
    {
        var card = ErrorCard.Build("Du får inte ändra [x](https://evil.example).", CardLanguage.Swedish).ToJsonObject();

        var texts = CardQuery.Texts(card);
        Assert.Equal("Det gick inte", texts[0]);
        Assert.Equal("Attention", (string?)card["body"]![0]!["color"]);
        Assert.Equal(@"Du får inte ändra \[x\]\(https\://evil.example\).", texts[1]);
        Assert.Contains("hjälp", texts[2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_hint_can_be_left_out_and_english_is_english()
    {
        var card = ErrorCard.Build("You are not an owner of this activity.", CardLanguage.English, showHint: false);

        Assert.Equal(["That did not work", "You are not an owner of this activity."], CardQuery.Texts(card.ToJsonObject()));
        Assert.Equal("That did not work: You are not an owner of this activity.", card.FallbackText);
    }

    [Fact]
    public void An_empty_message_is_refused() =>
        Assert.Throws<ArgumentException>(() => ErrorCard.Build(" ", CardLanguage.Swedish));
}
