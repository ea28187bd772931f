namespace Assistant.Bot.Channel;

/// <summary>An inbound activity id already handled: a redelivery of the same id is answered once.</summary>
public sealed class ProcessedActivity
{
    /// <summary>Channel id + conversation id + activity id.</summary>
    public required string Key { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
