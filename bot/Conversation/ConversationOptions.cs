using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Conversation;

/// <summary>Turn handling: when the typing indicator shows, and the time zone "today" is taken in.</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversation";

    /// <summary>An answer slower than this gets a typing indicator.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Typing is repeated at this interval while the answer is computed (Teams: not more often than 3 s).</summary>
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>IANA id of the zone whose local date is "today".</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Stockholm";
}
