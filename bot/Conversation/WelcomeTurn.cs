using Assistant.Bot.Channel;
using Assistant.Bot.Channel.Schema;
using Assistant.Bot.Channel.State;
using Assistant.Bot.Channel.Turns;

namespace Assistant.Bot.Conversation;

/// <summary>
/// Installation events: the conversation reference is already stored by the channel; here the user is greeted once
/// (WelcomedAt set atomically, so conversationUpdate and installationUpdate arriving together greet once).
/// </summary>
public sealed class WelcomeTurn(ConversationReferenceStore references, ILogger<WelcomeTurn> logger)
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!IsInstall(turn.Activity))
        {
            return;
        }

        if (turn.Reference is not { } reference || !turn.CanReply)
        {
            Log.CannotReply(logger);
            return;
        }

        if (!await references.TryMarkWelcomedAsync(reference.Id, cancellationToken))
        {
            return;
        }

        var sent = await turn.SendAsync(ActivityFactory.Message(WelcomeMessage.Create(turn.Activity.Locale), turn.Activity.Locale), cancellationToken);
        if (sent.Succeeded)
        {
            Log.Welcomed(logger);
            return;
        }

        Log.ReplyFailed(logger, sent.StatusCode, sent.ErrorCode);
        await references.UnmarkWelcomedAsync(reference.Id, cancellationToken);
    }

    /// <summary>
    /// installationUpdate add / add-upgrade, or conversationUpdate whose membersAdded holds the bot (the app was added)
    /// or, in a personal chat, the user.
    /// </summary>
    public static bool IsInstall(Activity activity)
    {
        if (activity.Type == ActivityTypes.InstallationUpdate)
        {
            return activity.Action is "add" or "add-upgrade";
        }

        if (activity.Type != ActivityTypes.ConversationUpdate || activity.MembersAdded is not { Count: > 0 } added)
        {
            return false;
        }

        var botId = activity.Recipient?.Id;
        var personal = string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
        // A member may arrive as null in a malformed activity (seen by the hostile-input fuzz): skip it, do not fail the turn.
        return added.Exists(m => m is not null && (m.Id == botId || (personal && m.Id == activity.From?.Id)));
    }
}
