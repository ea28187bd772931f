using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Reminders;

/// <summary>The reminder policy (section "Reminders"); every key is documented in appsettings.sample.json.</summary>
public sealed class ReminderOptions : IValidatableObject
{
    public const string SectionName = "Reminders";

    /// <summary>False stops the recurring job from planning or sending anything (the CLI still works).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Local time of day (in the Clock's zone) from which a working morning's reminders go out.</summary>
    public TimeOnly TimeOfDay { get; set; } = new(7, 30);

    /// <summary>Reminder windows: days before each quarter end. A window on a weekend or holiday moves to the working day before.</summary>
    public List<int> DaysBefore { get; set; } = [14, 3];

    /// <summary>Overdue activities are reminded once a week, on this weekday (or the next working day of that week).</summary>
    public DayOfWeek OverdueWeekday { get; set; } = DayOfWeek.Monday;

    /// <summary>Overdue activities older than this (days past their deadline) are no longer reminded.</summary>
    [Range(1, 3650)]
    public int OverdueHorizonDays { get; set; } = 365;

    /// <summary>Days after a quarter deadline when what is still open is escalated to the owner's manager; 0 turns escalation off.</summary>
    [Range(0, 90)]
    public int EscalateAfterDays { get; set; } = 14;

    /// <summary>Stand-ins that receive escalations instead of the manager: owner name as written → AAD object ids / UPNs.</summary>
    public Dictionary<string, List<string>> StandIns { get; set; } = [];

    /// <summary>Stand-ins for owners that have neither a configured stand-in nor a manager in the directory.</summary>
    public List<string> DefaultStandIns { get; set; } = [];

    /// <summary>A window missed (app down) is still planned this many days later.</summary>
    [Range(0, 14)]
    public int CatchUpDays { get; set; } = 3;

    /// <summary>How long a worker holds a dispatch while it sends it; must exceed one send with the connector's retries.</summary>
    [Range(10, 3600)]
    public int LeaseSeconds { get; set; } = 900;

    /// <summary>Sends attempted for one dispatch before it is marked Failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Workers of one dispatcher. Each waits for a rate token (Connector:RequestsPerSecondPerTenant) before it
    /// claims a row, so this bounds the tokens reserved ahead, not the rate; a worker in a 429's Retry-After does not
    /// hold up the others.</summary>
    [Range(1, 64)]
    public int SendParallelism { get; set; } = 8;

    /// <summary>Bot Connector serviceUrl for creating a 1:1 conversation with a user the bot has never talked to.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The tenant of those users (AAD tenant id).</summary>
    public string? TenantId { get; set; }

    /// <summary>UTC cron of the recurring job; the job itself decides from local rules whether the morning's run is due.</summary>
    [Required]
    public string Cron { get; set; } = "*/15 * * * *";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DaysBefore.Count == 0 || DaysBefore.Any(d => d is < 0 or > 80))
        {
            yield return new ValidationResult("Reminders:DaysBefore needs one or more whole days between 0 and 80.", [nameof(DaysBefore)]);
        }
    }
}
