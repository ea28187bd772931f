using Assistant.Bot.Plans;
using Assistant.Bot.Knowledge.Reading;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// Status cells as people write them ("Klart", "Pågår", "Kvarstår", "Uppstart", "Ej påbörjad", "Fortsätter från 2015")
/// mapped to <see cref="ActivityStatus"/> through the domain's one table (<see cref="StatusWords.ParseCell"/>).
/// </summary>
public static class ActivityStatusText
{
    /// <summary>The status a cell names, or null when it names none the municipality uses (the raw text is kept by the caller).</summary>
    public static ActivityStatus? Parse(string? text) => StatusWords.ParseCell(HtmlText.ToSingleLine(text));
}
