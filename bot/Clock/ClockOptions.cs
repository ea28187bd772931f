using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Clock;

/// <summary>The municipality's local time (section "Clock"): the zone whose calendar day is "today" everywhere.</summary>
public sealed class ClockOptions : IValidatableObject
{
    public const string SectionName = "Clock";

    /// <summary>The default zone; the only place its name is written in the bot.</summary>
    public const string DefaultTimeZone = "Europe/Stockholm";

    /// <summary>IANA id of the local zone: "today", quarter ends, reminder mornings and report days are taken in it.</summary>
    [Required]
    public string TimeZone { get; set; } = DefaultTimeZone;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Clock:TimeZone '{TimeZone}' is not a known time zone.", [nameof(TimeZone)]);
        }
    }
}
