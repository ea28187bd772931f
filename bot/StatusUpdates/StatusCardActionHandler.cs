using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Assistant.Bot.Channel;
using System.Text;
using Assistant.Bot.Clock;
using Assistant.Bot.Conversation;
using Assistant.Bot.Plans;
using Assistant.Bot.Storage;
using Assistant.Cards.Building;
using Assistant.Cards.General;
using Assistant.Cards.Model;
using Assistant.Cards.Reminders;
using Assistant.Cards.Text;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.StatusUpdates;

/// <summary>
/// The reminder card's "saveStatus" (and its refresh) and the confirm card's "confirmStatus": every listed activity is
/// checked first (owner or admin), so a refused save changes nothing; the answer is a receipt that replaces the card.
/// </summary>
public sealed class StatusCardActionHandler(
    IStatusRecorder recorder,
    AssistantDbContext db,
    ILocalClock clock) : ICardActionHandler
{
    public bool CanHandle(string verb) =>
        verb is CardVerbs.SaveStatus or CardVerbs.ConfirmStatus or CardVerbs.RefreshReminder;

    public Task<CardActionResult> HandleAsync(CardAction action, CancellationToken cancellationToken) => action.Verb switch
    {
        CardVerbs.SaveStatus => SaveAsync(action, cancellationToken),
        CardVerbs.ConfirmStatus => ConfirmAsync(action, cancellationToken),
        _ => RefreshAsync(action, cancellationToken),
    };

    private async Task<CardActionResult> SaveAsync(CardAction action, CancellationToken cancellationToken)
    {
        var language = Languages.FromLocale(action.Locale);
        if (HasTooLongComment(action.Data))
        {
            return Error(400, StatusTexts.CommentTooLong(language, ReminderCard.CommentMaxLength), language);
        }

        if (!ReminderSubmission.TryParse(action.Data, out var submission, out var error))
        {
            return Error(400, StatusTexts.BadData(language, error!), language);
        }

        var answers = submission!.Answers.Where(a => a.Status is not null || a.Comment is not null).ToList();
        if (answers.Count == 0)
        {
            return Error(400, StatusTexts.NothingChosen(language), language);
        }

        // All or nothing: check every activity before recording any.
        var ids = answers.Select(a => a.ActivityId).ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        foreach (var answer in answers)
        {
            var activity = activities.FirstOrDefault(a => a.Id == answer.ActivityId);
            if (activity is null)
            {
                return Error(404, StatusTexts.NotFound(language, answer.ActivityId), language);
            }

            if (!await recorder.MayChangeAsync(activity, action.User, cancellationToken))
            {
                return Error(403, StatusTexts.Refused(language, activity.Title, activity.Owners), language);
            }
        }

        var origin = submission.ReminderId > 0 ? $"r{submission.ReminderId}" : action.CardMessageId ?? action.ActivityId;
        var entries = new List<ReceiptEntry>();
        foreach (var answer in answers)
        {
            var status = answer.Status is null ? (ActivityStatus?)null : ActivityLabels.ToStatus(answer.Status);
            var key = SubmissionKey("card", origin, answer.ActivityId, status, answer.Comment, action.User);
            var result = await recorder.RecordAsync(answer.ActivityId, status, answer.Comment, action.User, StatusChannel.Card, key, cancellationToken);
            if (result.Outcome == StatusRecordOutcome.Refused)
            {
                return Error(403, StatusTexts.Refused(language, result.Activity!.Title, result.Activity.Owners), language);
            }

            if (result.Outcome == StatusRecordOutcome.NotFound)
            {
                return Error(404, StatusTexts.NotFound(language, answer.ActivityId), language);
            }

            entries.Add(new ReceiptEntry(result.Activity!.Id, result.Activity.Title, ActivityLabels.Style(result.Change!.From), ActivityLabels.Style(result.Change.To), result.Change.Comment));
        }

        return Receipt(action, entries, language);
    }

    private async Task<CardActionResult> ConfirmAsync(CardAction action, CancellationToken cancellationToken)
    {
        var language = Languages.FromLocale(action.Locale);
        var data = action.Data;
        if (data.ValueKind != JsonValueKind.Object || !TryGetInt(data, "activityId", out var activityId)
            || !StatusStyle.TryParse(GetString(data, "status"), out var style))
        {
            return Error(400, StatusTexts.BadData(language, "activityId and status are required"), language);
        }

        var comment = GetString(data, "comment");
        if (comment?.Trim().Length > ReminderCard.CommentMaxLength)
        {
            return Error(400, StatusTexts.CommentTooLong(language, ReminderCard.CommentMaxLength), language);
        }

        var status = ActivityLabels.ToStatus(style);
        var origin = action.CardMessageId ?? action.ActivityId;
        var key = SubmissionKey("confirm", origin, activityId, status, comment, action.User);
        var result = await recorder.RecordAsync(activityId, status, comment, action.User, StatusChannel.Chat, key, cancellationToken);
        return result.Outcome switch
        {
            StatusRecordOutcome.NotFound => Error(404, StatusTexts.NotFound(language, activityId), language),
            StatusRecordOutcome.Refused => Error(403, StatusTexts.Refused(language, result.Activity!.Title, result.Activity.Owners), language),
            _ => Receipt(action, [new ReceiptEntry(activityId, result.Activity!.Title, ActivityLabels.Style(result.Change!.From), ActivityLabels.Style(result.Change.To), result.Change.Comment)], language),
        };
    }

    // Teams asks for the user's view of a reminder card: the form again, with today's statuses.
    private async Task<CardActionResult> RefreshAsync(CardAction action, CancellationToken cancellationToken)
    {
        var language = Languages.FromLocale(action.Locale);
        if (!ReminderSubmission.TryParse(action.Data, out var submission, out var error))
        {
            return Error(400, StatusTexts.BadData(language, error!), language);
        }

        var ids = submission!.Answers.Select(a => a.ActivityId).ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        var listed = ids.Select(id => activities.FirstOrDefault(a => a.Id == id)).OfType<PlanActivity>().ToList();
        if (listed.Count == 0)
        {
            return Error(404, StatusTexts.NotFound(language, ids.FirstOrDefault()), language);
        }

        // The sent card's owner and period come back in the refresh data; a card sent before they did falls back to the
        // user's own name and no period line.
        var owner = submission.OwnerName ?? action.User.Name ?? action.User.Id;
        var card = ReminderCards.Build(submission.ReminderId, owner, [action.User.Id], listed, action.Today, submission.PeriodText, language, clock);
        return new CardActionResult(200, new OutgoingMessage(card.FallbackText ?? owner, card.ToJsonObject()), UpdateOriginal: false);
    }

    private CardActionResult Receipt(CardAction action, List<ReceiptEntry> entries, CardLanguage language)
    {
        var savedAt = clock.Now;
        var card = ReceiptCard.Build(new ReceiptCardModel(action.User.Name ?? action.User.Id, savedAt, entries), language);
        return new CardActionResult(200, new OutgoingMessage(card.FallbackText ?? string.Empty, card.ToJsonObject()), UpdateOriginal: true);
    }

    private static CardActionResult Error(int status, string message, CardLanguage language) =>
        new(status, new OutgoingMessage(message, ErrorCard.Build(message, language).ToJsonObject()), UpdateOriginal: false);

    // The card caps its comment inputs (maxLength); a client that ignores the cap is answered with the limit, so a
    // receipt or an updated card never grows past what Teams accepts (about 28 KB).
    private static bool HasTooLongComment(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object
        && data.EnumerateObject().Any(p => p.Name.StartsWith("comment", StringComparison.Ordinal)
            && p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Trim().Length > ReminderCard.CommentMaxLength);

    /// <summary>Same card (or message), activity, answer and user → same key: a redelivery or double click is recorded once.</summary>
    public static string SubmissionKey(string kind, string origin, int activityId, ActivityStatus? status, string? comment, UserRef user)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{status}\n{comment?.Trim()}\n{user.AadObjectId ?? user.Id}")))[..16];
        return string.Create(CultureInfo.InvariantCulture, $"{kind}:{origin}:{activityId}:{hash}");
    }

    private static bool TryGetInt(JsonElement data, string name, out int value)
    {
        value = 0;
        return data.TryGetProperty(name, out var element) && element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt32(out value),
            JsonValueKind.String => int.TryParse(element.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }

    private static string? GetString(JsonElement data, string name) =>
        data.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;
}
