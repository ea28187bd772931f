using Assistant.Cards.Activities;
using Assistant.Cards.Building;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Cards.Reminders;

/// <summary>
/// The reminder form: per open activity its title, deadline, overdue marker and current status, a status choice
/// ("status-{id}") and a comment ("comment-{id}"); one Action.Execute "saveStatus" with an Action.Submit fallback.
/// The data says which reminder and activities the form was for; the handler must still check the user.
/// </summary>
public static class ReminderCard
{
    /// <summary>
    /// Teams refuses messages over about 28 KB: 15 activities with long titles and comments stay under 24 KB
    /// (see the size test). Send more as several cards.
    /// </summary>
    public const int MaxActivities = 15;
    public const int CommentMaxLength = 1000;

    /// <summary>How much of a title and of the last comment the form repeats.</summary>
    public const int TitleShownLength = 160;
    public const int LastCommentShownLength = 120;

    public static string StatusInputId(int activityId) => $"status-{activityId}";

    public static string CommentInputId(int activityId) => $"comment-{activityId}";

    public static AdaptiveCard Build(ReminderCardModel model, CardLanguage language)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Activities.Count is 0 or > MaxActivities)
        {
            throw new ArgumentException($"A reminder lists 1 to {MaxActivities} activities, not {model.Activities.Count}.", nameof(model));
        }

        var texts = CardTexts.For(language);
        var count = CardFormat.ActivityCount(texts, model.Activities.Count);
        var period = model.PeriodText is null ? string.Empty : CardFormat.Fill(texts.ReminderPeriod, language, Markdown.Escape(model.PeriodText));
        var intro = CardFormat.Fill(texts.ReminderIntro, language, Markdown.Escape(model.OwnerName), count, period);

        var body = new List<AdaptiveElement>
        {
            CardParts.Heading(texts.ReminderTitle),
            CardParts.Paragraph(intro),
            CardParts.Paragraph(texts.ReminderInstructions, subtle: true),
        };
        body.AddRange(model.Activities.Select(a => ActivityForm(a, texts)));

        var ids = model.Activities.Select(a => a.Id).ToList();
        var save = CardActions.Execute(
            texts.Save,
            CardVerbs.SaveStatus,
            CardActions.Data(CardVerbs.SaveStatus, ("reminderId", model.ReminderId), ("activityIds", CardActions.Ids(ids))),
            ActionStyle.Positive,
            id: "save");

        var card = CardParts.Card(texts, body, Markdown.ToPlainText(intro), [save]);
        var recipients = model.RecipientUserIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().Take(Refresh.MaxUserIds).ToList();
        return recipients.Count == 0 ? card : card with
        {
            Refresh = new Refresh(
                new ExecuteAction
                {
                    Verb = CardVerbs.RefreshReminder,
                    // The owner and the period travel with the refresh, so the card Teams asks for again greets the
                    // same owner and names the same deadline as the one that was sent (display only; escaped).
                    Data = CardActions.Data(
                        CardVerbs.RefreshReminder,
                        ("reminderId", model.ReminderId),
                        ("activityIds", CardActions.Ids(ids)),
                        ("owner", model.OwnerName),
                        ("period", model.PeriodText)),
                },
                recipients),
        };
    }

    private static Container ActivityForm(ActivityView activity, CardTexts texts)
    {
        // One rich line instead of a column set: the status keeps its colour at a fraction of the JSON (TextRuns are
        // never read as markdown, so the deadline text needs no escaping).
        var runs = new List<TextRun>
        {
            new($"{texts.Deadline}: {activity.DeadlineText ?? texts.NoDeadline} · ") { IsSubtle = true },
            StatusRun(activity.Status, texts),
        };
        if (activity.Overdue)
        {
            runs.Add(new TextRun(" · "));
            runs.Add(new TextRun(texts.Overdue) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        var items = new List<AdaptiveElement>
        {
            CardParts.UserText(CardFormat.Shorten(activity.Title, TitleShownLength), bold: true),
            new RichTextBlock(runs) { Spacing = Spacing.Small },
        };
        if (!string.IsNullOrWhiteSpace(activity.Comment))
        {
            items.Add(new TextBlock($"{texts.LastComment}: {Markdown.Escape(CardFormat.Shorten(activity.Comment, LastCommentShownLength))}") { Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
        }

        items.Add(new ChoiceSetInput(StatusStyle.All.Select(s => new Choice(s.Word(texts.Language), s.Key)).ToList())
        {
            Id = StatusInputId(activity.Id),
            Label = texts.NewStatus,
            Placeholder = texts.ChooseStatus,
            Value = activity.Status?.Key,
            Style = ChoiceInputStyle.Compact,
        });
        items.Add(new TextInput
        {
            Id = CommentInputId(activity.Id),
            Label = texts.Comment,
            Placeholder = texts.CommentPlaceholder,
            IsMultiline = true,
            MaxLength = CommentMaxLength,
        });

        return new Container(items) { Separator = true, Spacing = Spacing.Large, Id = $"activity-{activity.Id}" };
    }

    private static TextRun StatusRun(StatusStyle? status, CardTexts texts) => status is null
        ? new TextRun(texts.NoStatus) { IsSubtle = true }
        : new TextRun(status.Word(texts.Language))
        {
            Color = status.Color == TextColor.Default ? null : status.Color,
            Weight = TextWeight.Bolder,
            IsSubtle = status.Subtle ? true : null,
        };
}
