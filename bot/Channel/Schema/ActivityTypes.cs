namespace Assistant.Bot.Channel.Schema;

/// <summary>Activity types and the invoke names the bot knows (docs/protocol.md §4, §5).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string Typing = "typing";
}

public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string MessageSubmitAction = "message/submitAction";
    public const string FileConsent = "fileConsent/invoke";
}

public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string Error = "application/vnd.microsoft.error";
    public const string ActivityMessage = "application/vnd.microsoft.activity.message";
}
