using Assistant.Bot.Channel.Schema;

namespace Assistant.Bot.Conversation;

internal static class TurnUser
{
    /// <summary>The sender as the feature contracts see them.</summary>
    public static UserRef Of(Activity activity) =>
        new(activity.From?.Id ?? string.Empty, activity.From?.AadObjectId, activity.From?.Name, activity.TenantId);
}
