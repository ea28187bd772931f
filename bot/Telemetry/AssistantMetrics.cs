using System.Diagnostics;
using System.Diagnostics.Metrics;
using Assistant.Bot.Plans;

namespace Assistant.Bot.Telemetry;

/// <summary>
/// The project's own metrics (Meter "Assistant"), one method per event. Inject it (singleton) and call the method
/// where the event happens; tags are low-cardinality kinds, never names, ids or text.
/// </summary>
public sealed class AssistantMetrics
{
    private readonly Counter<long> _answers;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _remindersSent;
    private readonly Counter<long> _remindersFailed;
    private readonly Counter<long> _remindersEscalated;
    private readonly Counter<long> _statusesRecorded;

    public AssistantMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(AssistantTelemetry.Name);
        _answers = meter.CreateCounter<long>("assistant.answers", "{answer}", "Questions answered, by kind of question and outcome.");
        _answerDuration = meter.CreateHistogram<double>("assistant.answer.duration", "s", "Time to compute an answer.");
        _remindersSent = meter.CreateCounter<long>("assistant.reminders.sent", "{reminder}", "Reminder cards delivered to owners.");
        _remindersFailed = meter.CreateCounter<long>("assistant.reminders.failed", "{reminder}", "Reminder cards that could not be delivered.");
        _remindersEscalated = meter.CreateCounter<long>("assistant.reminders.escalated", "{reminder}", "Overdue reminders escalated to a manager or stand-in.");
        _statusesRecorded = meter.CreateCounter<long>("assistant.statuses.recorded", "{status}", "Activity status changes recorded.");
    }

    /// <param name="kind">What was asked: forecast, keyfigure, activity, list, narrative, ... (a fixed set).</param>
    /// <param name="outcome">answered, ambiguous, notfound.</param>
    public void AnswerGiven(string kind, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { "kind", kind }, { "outcome", outcome } };
        _answers.Add(1, tags);
        _answerDuration.Record(duration.TotalSeconds, tags);
    }

    /// <param name="kind">window (before a deadline) or overdue.</param>
    public void ReminderSent(string kind) => _remindersSent.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <param name="reason">A short error class: notinstalled, throttled, forbidden, error.</param>
    public void ReminderFailed(string reason) => _remindersFailed.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <param name="target">manager or standin.</param>
    public void ReminderEscalated(string target) => _remindersEscalated.Add(1, new KeyValuePair<string, object?>("target", target));

    /// <param name="status">The plan activity's new status (the domain's enum; only its name is recorded, so this
    /// low area need not know the domain).</param>
    /// <param name="channel">card, chat or admin: how the status came in.</param>
    public void StatusRecorded<TStatus>(TStatus status, string channel)
        where TStatus : struct, Enum =>
        _statusesRecorded.Add(1, new TagList { { "status", status.ToString() }, { "channel", channel } });
}
