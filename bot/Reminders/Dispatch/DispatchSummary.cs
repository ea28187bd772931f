namespace Assistant.Bot.Reminders.Dispatch;

/// <summary>What one dispatcher pass did.</summary>
/// <param name="Deferred">Left pending for later: a transient failure, a snooze, or another worker's lease.</param>
public sealed record DispatchSummary(int Sent, int Failed, int Skipped, int Deferred)
{
    public static readonly DispatchSummary Empty = new(0, 0, 0, 0);

    /// <summary>Rows found InFlight after a crash (possibly delivered then) and sent again: at most that many doubles.</summary>
    public int Resent { get; init; }

    public DispatchSummary Add(DispatchSummary other) =>
        new(Sent + other.Sent, Failed + other.Failed, Skipped + other.Skipped, Deferred + other.Deferred) { Resent = Resent + other.Resent };
}
