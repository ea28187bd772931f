using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge.Reading;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// Status cells as people write them ("Klart", "Pågår", "Kvarstår", "Uppstart", "Ej påbörjad", "Fortsätter från 2015")
/// mapped to <see cref="ActivityStatus"/>; and the canonical Swedish word back.
/// </summary>
public static class ActivityStatusText
{
    // Checked in order: the negated forms before the words they contain ("ej påbörjad" before "påbörjad").
    private static readonly (string Prefix, ActivityStatus Status)[] Words =
    [
        ("ej påbörja", ActivityStatus.NotStarted),
        ("inte påbörja", ActivityStatus.NotStarted),
        ("ej start", ActivityStatus.NotStarted),
        ("inte start", ActivityStatus.NotStarted),
        ("ej klar", ActivityStatus.Remains),
        ("inte klar", ActivityStatus.Remains),
        ("ej genomför", ActivityStatus.Remains),
        ("ej slutför", ActivityStatus.Remains),
        ("not started", ActivityStatus.NotStarted),
        ("kvarstå", ActivityStatus.Remains),
        ("försenad", ActivityStatus.Remains),
        ("remains", ActivityStatus.Remains),
        ("overdue", ActivityStatus.Remains),
        ("klar", ActivityStatus.Done),
        ("genomför", ActivityStatus.Done),
        ("slutför", ActivityStatus.Done),
        ("avslutad", ActivityStatus.Done),
        ("färdig", ActivityStatus.Done),
        ("done", ActivityStatus.Done),
        ("complete", ActivityStatus.Done),
        ("pågå", ActivityStatus.InProgress),
        ("påbörja", ActivityStatus.InProgress),
        ("fortsätt", ActivityStatus.InProgress),
        ("fortgår", ActivityStatus.InProgress),
        ("in progress", ActivityStatus.InProgress),
        ("ongoing", ActivityStatus.InProgress),
        ("uppstart", ActivityStatus.StartingUp),
        ("startar", ActivityStatus.StartingUp),
        ("starting", ActivityStatus.StartingUp),
    ];

    /// <summary>The status a cell names, or null when it names none the municipality uses (the raw text is kept by the caller).</summary>
    public static ActivityStatus? Parse(string? text)
    {
        var t = HtmlText.ToSingleLine(text).ToLowerInvariant();
        if (t.Length == 0)
        {
            return null;
        }

        foreach (var (prefix, status) in Words)
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                return status;
            }
        }

        return null;
    }

    /// <summary>Klart, Pågår, Kvarstår, Uppstart, Ej påbörjad.</summary>
    public static string Swedish(ActivityStatus status) => status switch
    {
        ActivityStatus.Done => "Klart",
        ActivityStatus.InProgress => "Pågår",
        ActivityStatus.Remains => "Kvarstår",
        ActivityStatus.StartingUp => "Uppstart",
        ActivityStatus.NotStarted => "Ej påbörjad",
        _ => status.ToString(),
    };

    /// <summary>Done, In progress, Remains, Starting up, Not started.</summary>
    public static string English(ActivityStatus status) => status switch
    {
        ActivityStatus.Done => "Done",
        ActivityStatus.InProgress => "In progress",
        ActivityStatus.Remains => "Remains",
        ActivityStatus.StartingUp => "Starting up",
        ActivityStatus.NotStarted => "Not started",
        _ => status.ToString(),
    };
}
