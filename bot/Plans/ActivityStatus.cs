namespace Assistant.Bot.Plans;

/// <summary>The canonical statuses the municipality uses; the raw text is kept beside.</summary>
public enum ActivityStatus
{
    /// <summary>Ej påbörjad.</summary>
    NotStarted = 0,

    /// <summary>Uppstart.</summary>
    StartingUp = 1,

    /// <summary>Pågår.</summary>
    InProgress = 2,

    /// <summary>Kvarstår: not done by the deadline.</summary>
    Remains = 3,

    /// <summary>Klart.</summary>
    Done = 4,
}
