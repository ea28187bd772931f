using Assistant.Cards.Model;
using Assistant.Cards.Reminders;
using Assistant.Cards.Text;

namespace Assistant.Tests.Cards.Reminders;

public sealed class ReceiptCardTests
{
    [Fact]
    public void The_receipt_has_no_inputs_and_no_actions()
    {
        var card = ReceiptCard.Build(CardSamples.Receipt, CardLanguage.Swedish).ToJsonObject();

        Assert.Null(card["actions"]);
        Assert.Null(card["refresh"]);
        Assert.DoesNotContain(CardQuery.Objects(card), o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(CardQuery.Objects(card), o => ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void It_says_who_saved_when_and_what_changed()
    {
        var texts = CardQuery.Texts(ReceiptCard.Build(CardSamples.Receipt, CardLanguage.Swedish).ToJsonObject());

        Assert.Contains("Sparat av Anna Andersson 2024-09-16 12:05 för 3 aktiviteter.", texts);
        Assert.Contains("Klart", texts);
        Assert.Contains("(tidigare Pågår)", texts);
        Assert.Contains("(oförändrad)", texts);
        Assert.Contains("(tidigare Ingen status)", texts);
        Assert.Contains("Kommentar: Beslut fattat i ledningsgruppen.", texts);
    }

    [Fact]
    public void English_receipt_uses_english_words()
    {
        var card = ReceiptCard.Build(CardSamples.Receipt, CardLanguage.English);
        var texts = CardQuery.Texts(card.ToJsonObject());

        Assert.Contains("Saved by Anna Andersson 2024-09-16 12:05 for 3 activities.", texts);
        Assert.Contains("(was In progress)", texts);
        Assert.Contains("Done", texts);
        Assert.StartsWith("Thank you! The status is saved. ", card.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public void Saved_comments_are_escaped()
    {
        var texts = CardQuery.Texts(ReceiptCard.Build(CardSamples.Receipt, CardLanguage.Swedish).ToJsonObject());

        Assert.Contains(texts, t => t.StartsWith("Kommentar: \\- punkt", StringComparison.Ordinal));
        Assert.Contains(@"\*\*Viktigt\*\* \[klicka här\]\(https\://evil.example\) \# rubrik", texts);
    }
}
