namespace Assistant.Bot.Clock;

/// <summary>Local time in the municipality's zone (<see cref="ClockOptions.TimeZone"/>), built on the injected <see cref="TimeProvider"/>.</summary>
public interface ILocalClock
{
    TimeZoneInfo Zone { get; }

    /// <summary>Now, with the local offset.</summary>
    DateTimeOffset Now { get; }

    /// <summary>The local calendar day.</summary>
    DateOnly Today { get; }

    /// <summary>The same instant with the local offset (its <see cref="DateTimeOffset.DateTime"/> is the wall clock).</summary>
    DateTimeOffset ToLocal(DateTimeOffset instant);

    /// <summary>The local calendar day of an instant.</summary>
    DateOnly DayOf(DateTimeOffset instant);

    /// <summary>The instant the local day begins (DST-safe).</summary>
    DateTimeOffset StartOf(DateOnly day);

    /// <summary>The instant after the local day ends: what happened before it belongs to the day.</summary>
    DateTimeOffset EndOf(DateOnly day);
}
