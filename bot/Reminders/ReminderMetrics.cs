using System.Diagnostics.Metrics;

namespace Assistant.Bot.Reminders;

/// <summary>
/// Counters of the meter "Assistant.Reminders": reminders sent, failed (given up), escalated (sent to a manager or
/// stand-in), unresolved (owners nobody could be found for), and statuses recorded (any channel).
/// </summary>
public sealed class ReminderMetrics
{
    public const string MeterName = "Assistant.Reminders";

    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _escalated;
    private readonly Counter<long> _unresolved;
    private readonly Counter<long> _statuses;

    public ReminderMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _sent = meter.CreateCounter<long>("assistant.reminders.sent", description: "Reminder messages the connector accepted");
        _failed = meter.CreateCounter<long>("assistant.reminders.failed", description: "Reminder messages given up after their attempts");
        _escalated = meter.CreateCounter<long>("assistant.reminders.escalated", description: "Escalations sent to a manager or stand-in");
        _unresolved = meter.CreateCounter<long>("assistant.reminders.unresolved", description: "Owners no person could be found for");
        _statuses = meter.CreateCounter<long>("assistant.statuses.recorded", description: "Activity status changes recorded");
    }

    public void Sent(string kind) => _sent.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Failed(string kind, int statusCode) =>
        _failed.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("status", statusCode));

    public void Escalated() => _escalated.Add(1);

    public void Unresolved(int count) => _unresolved.Add(count);

    public void StatusRecorded(string channel) => _statuses.Add(1, new KeyValuePair<string, object?>("channel", channel));
}
