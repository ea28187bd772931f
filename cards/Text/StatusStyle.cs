using System.Globalization;
using Assistant.Cards.Model;

namespace Assistant.Cards.Text;

/// <summary>
/// The canonical activity statuses with their words and colours: the one place the cards and the follow-up report
/// agree on how a status looks. <see cref="Key"/> equals the name of the bot's ActivityStatus member and
/// <see cref="Code"/> its value, so either side can map without a table of its own.
/// </summary>
/// <param name="Color">The TextBlock colour in a card.</param>
/// <param name="ContainerStyle">The background of a status badge.</param>
/// <param name="Subtle">Shown subdued (Uppstart).</param>
/// <param name="HexColor">For documents (the report).</param>
/// <param name="ChartColor">The Teams chart colour name ("good", "warning", "attention", "neutral", categorical names).</param>
public sealed record StatusStyle(
    int Code,
    string Key,
    string Swedish,
    string English,
    TextColor Color,
    ContainerStyle ContainerStyle,
    bool Subtle,
    string HexColor,
    string ChartColor)
{
    public static readonly StatusStyle NotStarted = new(0, "NotStarted", "Ej påbörjad", "Not started", TextColor.Default, ContainerStyle.Default, false, "#FFFFFF", "categoricalLightBlue");
    public static readonly StatusStyle StartingUp = new(1, "StartingUp", "Uppstart", "Starting up", TextColor.Default, ContainerStyle.Emphasis, true, "#D9D9D9", "neutral");
    public static readonly StatusStyle InProgress = new(2, "InProgress", "Pågår", "In progress", TextColor.Warning, ContainerStyle.Warning, false, "#FFD966", "warning");
    public static readonly StatusStyle Remains = new(3, "Remains", "Kvarstår", "Remains", TextColor.Attention, ContainerStyle.Attention, false, "#FF7C80", "attention");
    public static readonly StatusStyle Done = new(4, "Done", "Klart", "Done", TextColor.Good, ContainerStyle.Good, false, "#92D050", "good");

    /// <summary>In the order people pick them on a card: the most likely answers first.</summary>
    public static IReadOnlyList<StatusStyle> All { get; } = [Done, InProgress, Remains, StartingUp, NotStarted];

    public string Word(CardLanguage language) => language == CardLanguage.English ? English : Swedish;

    public static StatusStyle FromCode(int code) =>
        All.FirstOrDefault(s => s.Code == code) ?? throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown status code.");

    /// <summary>By key ("InProgress"), Swedish word ("pågår") or English word ("in progress"), ignoring case.</summary>
    public static bool TryParse(string? text, out StatusStyle status)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        foreach (var candidate in All)
        {
            if (Same(trimmed, candidate.Key) || Same(trimmed, candidate.Swedish) || Same(trimmed, candidate.English))
            {
                status = candidate;
                return true;
            }
        }

        status = NotStarted;
        return false;
    }

    private static bool Same(string a, string b) =>
        string.Compare(a, b, CultureInfo.GetCultureInfo("sv-SE"), CompareOptions.IgnoreCase) == 0;
}
