namespace Assistant.Bot.Conversation;

/// <summary>Turn handling: when the typing indicator shows ("today" comes from the Clock).</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversation";

    /// <summary>An answer slower than this gets a typing indicator.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Typing is repeated at this interval while the answer is computed (Teams: not more often than 3 s).</summary>
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(3);
}
