using System.Diagnostics.Metrics;
using Assistant.Bot.Telemetry;
using Assistant.Bot.Plans;

namespace Assistant.Bot.Reminders;

/// <summary>
/// The reminders' metrics, on the project's meter "Assistant" (<see cref="AssistantMetrics"/>): reminders sent,
/// failed (given up), escalated, statuses recorded, plus owners left unresolved.
/// </summary>
public sealed class ReminderMetrics
{
    private readonly AssistantMetrics _metrics;
    private readonly Counter<long> _unresolved;

    public ReminderMetrics(AssistantMetrics metrics, IMeterFactory meters)
    {
        _metrics = metrics;
        _unresolved = meters.Create(AssistantTelemetry.Name).CreateCounter<long>(
            "assistant.reminders.unresolved", "{owner}", "Owners in a reminder window no person could be found for (listed to admins).");
    }

    /// <param name="kind">deadline, overdue, escalation or admin.</param>
    public void Sent(string kind) => _metrics.ReminderSent(kind);

    public void Failed(int statusCode) => _metrics.ReminderFailed(statusCode switch
    {
        403 => "notinstalled",
        429 => "throttled",
        401 => "forbidden",
        _ => "error",
    });

    public void Escalated() => _metrics.ReminderEscalated("manager-or-standin");

    public void Unresolved(int count) => _unresolved.Add(count);
}
