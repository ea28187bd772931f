namespace Assistant.Bot.Reminders;

/// <summary>
/// "Påminn mig på måndag": reminders for this person wait until <see cref="Until"/>; what was due in between goes out
/// that morning instead (nothing is dropped). The latest snooze of a person is the one that counts.
/// </summary>
public sealed class ReminderSnooze
{
    public long Id { get; set; }

    /// <summary>AAD object id (lower case) when Teams gives it, else the channel user id.</summary>
    public required string UserKey { get; set; }

    /// <summary>First local day reminders go out again.</summary>
    public DateOnly Until { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
