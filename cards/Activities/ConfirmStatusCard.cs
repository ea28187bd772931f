using Assistant.Cards.Building;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Cards.Activities;

/// <summary>A status written in chat that fits several activities: the user picks which one.</summary>
/// <param name="Status">The status the user wrote.</param>
/// <param name="Comment">The rest of the message, kept as the comment (null when none).</param>
public sealed record ConfirmStatusModel(StatusStyle Status, string? Comment, IReadOnlyList<ActivityView> Candidates);

public static class ConfirmStatusCard
{
    public const int MaxCandidates = 5;

    public static AdaptiveCard Build(ConfirmStatusModel model, CardLanguage language)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Candidates.Count is 0 or > MaxCandidates)
        {
            throw new ArgumentException($"A confirmation offers 1 to {MaxCandidates} activities, not {model.Candidates.Count}.", nameof(model));
        }

        var texts = CardTexts.For(language);
        var intro = CardFormat.Fill(texts.ConfirmIntro, language, $"**{model.Status.Word(language)}**");
        var body = new List<AdaptiveElement>
        {
            CardParts.Heading(texts.ConfirmTitle),
            CardParts.Paragraph(intro),
        };
        if (!string.IsNullOrWhiteSpace(model.Comment))
        {
            body.Add(new TextBlock($"{texts.Comment}: {Markdown.Escape(model.Comment)}") { Wrap = true, IsSubtle = true });
        }

        body.AddRange(model.Candidates.Select(c => Candidate(c, model, texts)));
        body.Add(CardParts.Paragraph(texts.ConfirmNoneHint, subtle: true));
        return CardParts.Card(texts, body, Markdown.ToPlainText(intro) + " " + string.Join("; ", model.Candidates.Select(c => c.Title)));
    }

    private static Container Candidate(ActivityView activity, ConfirmStatusModel model, CardTexts texts)
    {
        var data = CardActions.Data(
            CardVerbs.ConfirmStatus,
            ("activityId", activity.Id),
            ("status", model.Status.Key),
            ("comment", string.IsNullOrWhiteSpace(model.Comment) ? null : model.Comment.Trim()));
        var current = activity.Status?.Word(texts.Language) ?? texts.NoStatus;
        return new Container(
        [
            CardParts.UserText(activity.Title, bold: true),
            new TextBlock($"{ActivityParts.Owners(activity)} · {texts.Deadline}: {ActivityParts.Deadline(activity, texts)} · {texts.Status}: {current}")
            {
                Wrap = true,
                IsSubtle = true,
                Size = TextSize.Small,
                Spacing = Spacing.None,
            },
            new ActionSet([CardActions.Execute(texts.ConfirmButton, CardVerbs.ConfirmStatus, data, ActionStyle.Positive, id: $"confirm-{activity.Id}")]),
        ]) { Separator = true, Spacing = Spacing.Medium };
    }
}
