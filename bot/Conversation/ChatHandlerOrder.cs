namespace Assistant.Bot.Conversation;

/// <summary>
/// The one table of <see cref="IChatHandler.Order"/>: every chat handler takes its value from here, so the order in
/// which a message is offered to the features is read in one place (lowest first; the first handler that answers
/// wins; the answering engine comes after all of them). Narrow, cheap matches go first; handlers that read a
/// message as a question about reports go last, just before the engine.
/// </summary>
public static class ChatHandlerOrder
{
    /// <summary>"påminn mig igen ..." / "snooze ...": a reply to a reminder (Reminders).</summary>
    public const int Snooze = 5;

    /// <summary>"mina aktiviteter" / "my activities" (the plan activities' status feature).</summary>
    public const int MyActivities = 8;

    /// <summary>A message with a file attached: a plan document to import (Knowledge upload).</summary>
    public const int DocumentUpload = 9;

    /// <summary>A status in plain words ("klar", "pågår ...") for one of the sender's activities.</summary>
    public const int Status = 10;

    /// <summary>"senaste import" / "who imported the plan last?" (the import log, Reports).</summary>
    public const int ImportLog = 190;

    /// <summary>"rapport som fil" / a report as a file (Reports/Files).</summary>
    public const int ReportFile = 195;

    /// <summary>"rapport ..." / "report ...": the follow-up in chat (Reports).</summary>
    public const int Report = 200;
}
