using Assistant.Bot.Channel;
using Assistant.Bot.Clock;
using Assistant.Bot.Conversation;
using Assistant.Bot.People;
using Assistant.Bot.Plans;
using Assistant.Bot.StatusUpdates;
using Assistant.Bot.Storage;
using Assistant.Cards.Activities;
using Assistant.Cards.Model;
using Assistant.Cards.Text;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.StatusUpdates.Chat;

/// <summary>
/// Status updates in plain words ("FAS2 pågår, klar i oktober", "status för bemanningspoolen: klart", "set PM3 to
/// done"): a certain match is recorded (owners and admins only), an uncertain one is answered with a confirm card.
/// </summary>
public sealed class StatusChatHandler(AssistantDbContext db, IStatusRecorder recorder, IOwnerDirectory directory, ILocalClock clock) : IChatHandler
{
    public int Order => ChatHandlerOrder.Status;

    public async Task<IReadOnlyList<OutgoingMessage>?> TryHandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (StatusStatement.Parse(message.Text) is not { } statement)
        {
            return null;
        }

        var language = Languages.Of(message.Text, message.Locale);
        var activities = await db.Activities.AsNoTracking().ToListAsync(cancellationToken);
        var match = ActivityMatcher.Match(statement.Subject, activities);
        if (!match.Certain && match.Candidates.Count > 1)
        {
            // Among several, the one the user owns is meant.
            var keys = (await directory.OwnerKeysOfAsync(message.User, match.Candidates.SelectMany(a => a.Owners), cancellationToken)).ToHashSet();
            var own = match.Candidates.Where(a => a.OwnerEntries().Any(o => keys.Contains(o.Key))).Select(a => a.Id).ToHashSet();
            match = ActivityMatcher.Match(statement.Subject, activities, own);
        }

        if (match.Candidates.Count == 0 || (!statement.Explicit && !match.Certain && match.Candidates.Count > ConfirmStatusCard.MaxCandidates))
        {
            return statement.Explicit ? [new OutgoingMessage(NoMatch(language, statement.Subject))] : null;
        }

        if (!match.Certain)
        {
            var views = match.Candidates.Take(ConfirmStatusCard.MaxCandidates).Select(a => ActivityLabels.View(a, message.Today, clock)).ToList();
            var card = ConfirmStatusCard.Build(new ConfirmStatusModel(ActivityLabels.Style(statement.Status)!, statement.Comment, views), language);
            return [new OutgoingMessage(card.FallbackText ?? statement.Subject, card.ToJsonObject())];
        }

        var activity = match.Candidates[0];
        var key = message.ActivityId is null ? null : $"chat:{message.ConversationId}:{message.ActivityId}:{activity.Id}";
        var result = await recorder.RecordAsync(activity.Id, statement.Status, statement.Comment, message.User, StatusChannel.Chat, key, cancellationToken);
        var text = result.Outcome switch
        {
            StatusRecordOutcome.Recorded => StatusTexts.Recorded(language, result.Activity!, result.Change!.From)
                + (statement.Comment is null ? string.Empty : language == CardLanguage.English ? $" Comment: {statement.Comment}" : $" Kommentar: {statement.Comment}"),
            StatusRecordOutcome.Duplicate => StatusTexts.Duplicate(language, result.Activity!),
            StatusRecordOutcome.Refused => StatusTexts.Refused(language, activity.Title, activity.Owners),
            _ => StatusTexts.NotFound(language, activity.Id),
        };
        return [new OutgoingMessage(text)];
    }

    private static string NoMatch(CardLanguage language, string subject) => language == CardLanguage.English
        ? $"I found no activity matching \"{subject}\". Write a larger part of its name, or \"my activities\" to see yours."
        : $"Jag hittade ingen aktivitet som matchar \"{subject}\". Skriv en större del av namnet, eller \"mina aktiviteter\" för att se dina.";
}
