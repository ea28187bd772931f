using Assistant.Cards.Building;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Cards.Activities;

/// <summary>One activity: status in its colour, owners, deadline, last comment, and its latest changes behind a toggle.</summary>
public static class ActivityCard
{
    public const int MaxHistory = 5;

    public static string HistoryId(int activityId) => $"history-{activityId}";

    public static AdaptiveCard Build(ActivityView activity, CardLanguage language)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var texts = CardTexts.For(language);
        var badge = new List<Column>
        {
            new([CardParts.Status(activity.Status, texts)]) { Width = ColumnWidth.Auto, Style = activity.Status?.ContainerStyle },
        };
        if (activity.Overdue)
        {
            badge.Add(CardParts.AutoColumn(CardParts.OverdueMarker(texts)));
        }

        var facts = new List<Fact>
        {
            new(activity.Owners.Count > 1 ? texts.Owners : texts.Owner, ActivityParts.Owners(activity)),
            new(texts.Deadline, ActivityParts.Deadline(activity, texts)),
        };
        if (!string.IsNullOrWhiteSpace(activity.Goal))
        {
            facts.Add(new Fact(texts.Goal, Markdown.Escape(activity.Goal)));
        }

        if (activity.ChangedAt is { } changedAt)
        {
            var by = Markdown.Escape(activity.ChangedBy ?? "–");
            facts.Add(new Fact(texts.ChangedBy, CardFormat.Fill(texts.ChangedByAt, language, by, CardFormat.DateTime(changedAt, language))));
        }

        var body = new List<AdaptiveElement>
        {
            CardParts.UserText(activity.Title, bold: true) with { Size = TextSize.Large, Style = TextBlockStyle.Heading },
        };
        body.AddRange(CardParts.Lines(activity.Details));
        body.AddRange(
        [
            new ColumnSet(badge),
            new FactSet(facts),
            new TextBlock(texts.LastComment) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
            string.IsNullOrWhiteSpace(activity.Comment)
                ? new TextBlock(texts.NoComment) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small }
                : CardParts.UserText(activity.Comment) with { Spacing = Spacing.Small },
        ]);

        var actions = new List<AdaptiveAction>();
        if (activity.History.Count > 0)
        {
            var history = activity.History.Take(MaxHistory).Select(h => (AdaptiveElement)ActivityParts.History(h, texts));
            body.Add(new Container([new TextBlock(texts.HistoryTitle) { Weight = TextWeight.Bolder, Wrap = true }, .. history])
            {
                Id = HistoryId(activity.Id),
                IsVisible = false,
                Separator = true,
                Spacing = Spacing.Medium,
            });
            actions.Add(new ToggleVisibilityAction([new TargetElement(HistoryId(activity.Id))]) { Title = texts.ShowHistory });
        }

        if (activity.HistoryUrl is not null)
        {
            actions.Add(new OpenUrlAction(activity.HistoryUrl) { Title = texts.OpenHistory });
        }

        var summary = $"{activity.Title}: {activity.Status?.Word(language) ?? texts.NoStatus}"
            + (activity.Overdue ? $" ({texts.Overdue})" : string.Empty)
            + $". {(activity.Owners.Count > 1 ? texts.Owners : texts.Owner)}: {string.Join(", ", activity.Owners)}. {texts.Deadline}: {activity.DeadlineText ?? texts.NoDeadline}.";
        return CardParts.Card(texts, body, summary, actions);
    }
}
