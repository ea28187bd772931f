using Assistant.Cards.Building;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Cards.Activities;

/// <summary>A list of activities as a table (title, owners, deadline, status), with the count and the answer's words.</summary>
/// <param name="Title">What the list is (our text, e.g. the answer's first sentence).</param>
public sealed record ActivityListModel(string Title, IReadOnlyList<ActivityView> Activities)
{
    /// <summary>More words under the title, one paragraph a line (our text; ** bold kept, the rest escaped).</summary>
    public string? Intro { get; init; }
}

public static class ActivityListCard
{
    public const int MaxRows = 25;

    public static AdaptiveCard Build(ActivityListModel model, CardLanguage language)
    {
        ArgumentNullException.ThrowIfNull(model);
        var texts = CardTexts.For(language);
        var count = CardFormat.ActivityCount(texts, model.Activities.Count);
        var body = new List<AdaptiveElement>
        {
            new TextBlock(Markdown.EscapeKeepingBold(model.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true, Style = TextBlockStyle.Heading },
        };
        body.AddRange(CardParts.Lines(model.Intro));

        if (model.Activities.Count == 0)
        {
            body.Add(CardParts.Paragraph(texts.EmptyList, subtle: true));
            return CardParts.Card(texts, body, $"{Markdown.ToPlainText(model.Title)} {texts.EmptyList}");
        }

        body.Add(new TextBlock(count) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small });
        body.Add(ActivityParts.Table(model.Activities.Take(MaxRows).ToList(), texts));
        if (model.Activities.Count > MaxRows)
        {
            body.Add(CardParts.Paragraph(CardFormat.Fill(texts.AndMore, language, model.Activities.Count - MaxRows), subtle: true));
        }

        var summary = $"{Markdown.ToPlainText(model.Title)} ({count}): "
            + string.Join("; ", model.Activities.Take(MaxRows).Select(a => $"{a.Title} ({a.Status?.Word(language) ?? texts.NoStatus})"));
        return CardParts.Card(texts, body, summary);
    }
}
