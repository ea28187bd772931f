using Assistant.Cards.Building;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Cards.Reminders;

/// <summary>What was saved, by whom, when: replaces the reminder form after a save. Read-only.</summary>
/// <param name="SavedAt">Local time (Europe/Stockholm).</param>
public sealed record ReceiptCardModel(string SavedBy, DateTimeOffset SavedAt, IReadOnlyList<ReceiptEntry> Entries);

/// <param name="Previous">The status before the save (null: none).</param>
/// <param name="Current">The status after the save (null: none).</param>
public sealed record ReceiptEntry(int ActivityId, string Title, StatusStyle? Previous, StatusStyle? Current, string? Comment);

public static class ReceiptCard
{
    public static AdaptiveCard Build(ReceiptCardModel model, CardLanguage language)
    {
        ArgumentNullException.ThrowIfNull(model);
        var texts = CardTexts.For(language);
        var intro = CardFormat.Fill(
            texts.ReceiptIntro,
            language,
            Markdown.Escape(model.SavedBy),
            CardFormat.DateTime(model.SavedAt, language),
            CardFormat.ActivityCount(texts, model.Entries.Count));

        var body = new List<AdaptiveElement>
        {
            CardParts.Heading(texts.ReceiptTitle, TextColor.Good),
            CardParts.Paragraph(intro),
        };
        body.AddRange(model.Entries.Select(e => Entry(e, texts)));

        var summary = string.Join(
            "; ",
            model.Entries.Select(e => $"{e.Title}: {e.Current?.Word(language) ?? texts.NoStatus}"));
        return CardParts.Card(texts, body, $"{texts.ReceiptTitle}. {summary}");
    }

    private static Container Entry(ReceiptEntry entry, CardTexts texts)
    {
        var change = entry.Previous?.Key == entry.Current?.Key
            ? texts.Unchanged
            : CardFormat.Fill(texts.WasStatus, texts.Language, entry.Previous?.Word(texts.Language) ?? texts.NoStatus);
        var items = new List<AdaptiveElement>
        {
            CardParts.UserText(entry.Title, bold: true),
            new ColumnSet(
            [
                CardParts.AutoColumn(CardParts.Status(entry.Current, texts)),
                CardParts.StretchColumn(new TextBlock($"({change})") { IsSubtle = true, Wrap = true }),
            ]) { Spacing = Spacing.Small },
        };
        if (!string.IsNullOrWhiteSpace(entry.Comment))
        {
            items.Add(new TextBlock($"{texts.Comment}: {Markdown.Escape(entry.Comment)}") { Wrap = true, Spacing = Spacing.Small });
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }
}
