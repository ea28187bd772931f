using Microsoft.Extensions.Options;

namespace Assistant.Bot.Conversation;

/// <summary>"Today" for a turn: the local date in Europe/Stockholm (configurable) from the injected clock.</summary>
public sealed class TurnClock(TimeProvider time, IOptions<ConversationOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);
}
