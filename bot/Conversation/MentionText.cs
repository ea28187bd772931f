using System.Net;
using System.Text.RegularExpressions;
using Assistant.Bot.Channel.Schema;

namespace Assistant.Bot.Conversation;

/// <summary>
/// The text a user meant: in group chats and channels Teams writes "&lt;at&gt;Bot&lt;/at&gt; question". The bot's own
/// mention goes (found by the mention entities, as the SDK's RemoveRecipientMention does, or by the bot's name); other
/// people's mentions keep their name; remaining HTML tags and entities are undone.
/// </summary>
public static partial class MentionText
{
    public static string Clean(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var type = activity.Conversation?.ConversationType;
        var isGroup = activity.Conversation?.IsGroup == true
            || string.Equals(type, "groupChat", StringComparison.OrdinalIgnoreCase)
            || string.Equals(type, "channel", StringComparison.OrdinalIgnoreCase);

        if (text.Contains("<at", StringComparison.OrdinalIgnoreCase))
        {
            var botMentions = BotMentionTexts(activity);
            var first = true;
            text = AtTag().Replace(text, m =>
            {
                var isBot = botMentions.Contains(m.Value) || (activity.Recipient?.Name is { Length: > 0 } name
                    && string.Equals(WebUtility.HtmlDecode(m.Groups["name"].Value).Trim(), name, StringComparison.OrdinalIgnoreCase));

                // Without entities or a name to go by, a leading mention in a group is the bot's (it only sees those).
                var leading = first && botMentions.Count == 0 && activity.Recipient?.Name is null && text[..m.Index].Trim().Length == 0;
                first = false;
                return isBot || (isGroup && leading) ? " " : m.Groups["name"].Value;
            });
        }

        if (isGroup)
        {
            text = Tag().Replace(text, " ");
        }

        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        return Spaces().Replace(text, " ").Trim();
    }

    private static HashSet<string> BotMentionTexts(Activity activity)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in activity.Entities ?? [])
        {
            var (id, text) = entity.AsMention();
            if (id is not null && text is not null && string.Equals(id, activity.Recipient?.Id, StringComparison.Ordinal))
            {
                result.Add(text);
            }
        }

        return result;
    }

    [GeneratedRegex(@"<at(\s[^>]*)?>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
