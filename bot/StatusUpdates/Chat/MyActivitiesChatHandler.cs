using System.Text.RegularExpressions;
using Assistant.Bot.Channel;
using System.Text;
using Assistant.Bot.Clock;
using Assistant.Bot.Conversation;
using Assistant.Bot.People;
using Assistant.Bot.Plans;
using Assistant.Bot.Storage;
using Assistant.Cards.Model;
using Assistant.Cards.Reminders;
using Assistant.Cards.Text;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.StatusUpdates.Chat;

/// <summary>
/// "mina aktiviteter" / "my activities": the open activities the asking user owns (through the owner directory), as
/// the reminder form so statuses can be given right there; done ones are counted.
/// </summary>
public sealed partial class MyActivitiesChatHandler(AssistantDbContext db, IOwnerDirectory directory, ILocalClock clock) : IChatHandler
{
    public int Order => ChatHandlerOrder.MyActivities;

    public async Task<IReadOnlyList<OutgoingMessage>?> TryHandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (!Mine().IsMatch(message.Text.Trim()))
        {
            return null;
        }

        var language = Languages.Of(message.Text, message.Locale);
        var english = language == CardLanguage.English;
        var activities = await db.Activities.AsNoTracking().ToListAsync(cancellationToken);
        var keys = (await directory.OwnerKeysOfAsync(message.User, activities.SelectMany(a => a.Owners), cancellationToken)).ToHashSet();
        var mine = activities.Where(a => a.OwnerEntries().Any(o => keys.Contains(o.Key))).OrderBy(a => a.LastDay ?? DateOnly.MaxValue).ThenBy(a => a.Id).ToList();
        if (mine.Count == 0)
        {
            return [new OutgoingMessage(english
                ? "I find no activities you are the owner of. If that is wrong, ask an administrator to map your role to you."
                : "Jag hittar inga aktiviteter där du är ansvarig. Stämmer det inte, be en administratör koppla din roll till dig.")];
        }

        var open = mine.Where(a => !a.IsDone).ToList();
        var done = mine.Count - open.Count;
        var roles = string.Join(", ", mine.SelectMany(a => a.OwnerEntries()).Where(o => keys.Contains(o.Key)).Select(o => o.Name).Distinct().Order());
        var text = new StringBuilder(english
            ? $"You ({roles}) own {mine.Count} activities: {open.Count} open, {done} done."
            : $"Du ({roles}) är ansvarig för {mine.Count} aktiviteter: {open.Count} öppna, {done} klara.");
        foreach (var activity in open)
        {
            text.Append("\n- ").Append(activity.Title).Append(" (").Append(activity.Deadline.DisplayText ?? "-").Append(", ")
                .Append(ActivityLabels.Word(activity.Status, language)).Append(')')
                .Append(activity.IsOverdueOn(message.Today) ? (english ? " – overdue" : " – försenad") : string.Empty);
        }

        if (open.Count == 0)
        {
            return [new OutgoingMessage(text.ToString())];
        }

        var card = ReminderCards.Build(0, message.User.Name ?? roles, [message.User.Id], open, message.Today, null, language, clock);
        return [new OutgoingMessage(text.ToString(), card.ToJsonObject())];
    }

    [GeneratedRegex(@"^(?:visa\s+|show\s+|lista\s+|list\s+)?(?:mina\s+aktiviteter|min\s+lista|my\s+activities|vilka\s+aktiviteter\s+(?:är\s+jag\s+ansvarig\s+för|har\s+jag|ansvarar\s+jag\s+för))\s*[?.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Mine();
}
