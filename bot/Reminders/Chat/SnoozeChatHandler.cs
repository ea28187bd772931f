using System.Globalization;
using Assistant.Bot.Channel;
using Assistant.Bot.Plans;
using Assistant.Bot.Conversation;
using Assistant.Bot.Storage;
using Assistant.Cards.Text;

namespace Assistant.Bot.Reminders.Chat;

/// <summary>
/// "påminn mig på måndag": reminders to this person wait until that morning (stored; the dispatcher skips them until
/// then, nothing is dropped). At most 90 days ahead.
/// </summary>
public sealed class SnoozeChatHandler(AssistantDbContext db, TimeProvider time) : IChatHandler
{
    public const int MaxDays = 90;

    public int Order => ChatHandlerOrder.Snooze;

    public async Task<IReadOnlyList<OutgoingMessage>?> TryHandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (!SnoozeRequest.TryParse(message.Text, message.Today, out var until))
        {
            return null;
        }

        var language = Languages.Of(message.Text, message.Locale);
        var english = language == CardLanguage.English;
        if (until is not { } day || day <= message.Today || day > message.Today.AddDays(MaxDays))
        {
            return [new OutgoingMessage(english
                ? $"When should I remind you again? Say for example \"remind me on Monday\", \"remind me next week\" or \"remind me in 3 days\" (at most {MaxDays} days ahead)."
                : $"När ska jag påminna dig igen? Skriv till exempel \"påminn mig på måndag\", \"påminn mig nästa vecka\" eller \"påminn mig om 3 dagar\" (högst {MaxDays} dagar fram).")];
        }

        db.ReminderSnoozes.Add(new ReminderSnooze
        {
            UserKey = (message.User.AadObjectId ?? message.User.Id).ToLowerInvariant(),
            Until = day,
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);

        var culture = CultureInfo.GetCultureInfo(english ? "en-GB" : "sv-SE");
        var when = day.ToString(english ? "dddd d MMMM" : "dddd d MMMM", culture);
        return [new OutgoingMessage(english
            ? $"OK, I will remind you again on {when}. Reminders due before then wait until that morning."
            : $"Okej, jag påminner dig igen {when}. Påminnelser som kommer innan dess väntar till den morgonen.")];
    }
}
