using Assistant.Cards.Building;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Cards.Activities;

/// <summary>How an activity's status, owners and deadline read in every activity card.</summary>
internal static class ActivityParts
{
    public const int TitleShownLength = 120;
    public const int OwnersShownLength = 80;

    public static string Owners(ActivityView activity, int max = int.MaxValue) =>
        activity.Owners.Count == 0 ? "–" : Markdown.Escape(CardFormat.Shorten(string.Join(", ", activity.Owners), max));

    public static string Deadline(ActivityView activity, CardTexts texts) =>
        Markdown.Escape(activity.DeadlineText ?? texts.NoDeadline);

    /// <summary>The status word in its colour, with the overdue marker under it when overdue.</summary>
    public static AdaptiveElement StatusCell(ActivityView activity, CardTexts texts) => activity.Overdue
        ? new Container([CardParts.Status(activity.Status, texts), CardParts.OverdueMarker(texts) with { Spacing = Spacing.None, Size = TextSize.Small }])
        : CardParts.Status(activity.Status, texts);

    /// <summary>A table of activities (title, owners, deadline, status) with a header row; long titles shortened.</summary>
    public static Table Table(IReadOnlyList<ActivityView> activities, CardTexts texts) => CardParts.Table(
        [texts.Activity, texts.Owner, texts.Deadline, texts.Status],
        activities.Select(a => (IReadOnlyList<AdaptiveElement>)
        [
            CardParts.Cell(CardFormat.Shorten(a.Title, TitleShownLength)),
            new TextBlock(Owners(a, OwnersShownLength)) { Wrap = true },
            new TextBlock(Deadline(a, texts)) { Wrap = true },
            StatusCell(a, texts),
        ]).ToList(),
        [4, 3, 2, 2]);

    /// <summary>"2024-08-07 12:05 Anna Andersson: Uppstart → Pågår" and the comment under it.</summary>
    public static Container History(HistoryEntry entry, CardTexts texts)
    {
        var change = $"{entry.From?.Word(texts.Language) ?? texts.NoStatus} → {entry.To?.Word(texts.Language) ?? texts.NoStatus}";
        var items = new List<AdaptiveElement>
        {
            new TextBlock($"{CardFormat.DateTime(entry.At, texts.Language)} {Markdown.Escape(entry.By)}: {change}") { Wrap = true, Size = TextSize.Small },
        };
        if (!string.IsNullOrWhiteSpace(entry.Comment))
        {
            items.Add(new TextBlock(Markdown.Escape(entry.Comment)) { Wrap = true, Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None });
        }

        return new Container(items) { Spacing = Spacing.Small };
    }
}
