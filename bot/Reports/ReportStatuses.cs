using Assistant.Bot.Plans;
using Assistant.Cards.Text;

namespace Assistant.Bot.Reports;

/// <summary>
/// The bot's <see cref="ActivityStatus"/> seen through the shared <see cref="StatusStyle"/> of Assistant.Cards: the
/// words and colours the cards show are the ones the reports print (Klart green, Pågår yellow, Kvarstår red,
/// Uppstart grey). Nothing about a status's look is decided here.
/// </summary>
internal static class ReportStatuses
{
    /// <summary>The order of the summary: as the cards list them, done first.</summary>
    public static readonly IReadOnlyList<ActivityStatus> Order = [.. StatusStyle.All.Select(s => (ActivityStatus)s.Code)];

    public static string NoStatusWord => CardTexts.For(CardLanguage.Swedish).NoStatus;

    public static StatusStyle? Style(ActivityStatus? status) => status is { } known ? StatusStyle.FromCode((int)known) : null;

    public static string Word(ActivityStatus? status) => Style(status)?.Swedish ?? NoStatusWord;

    public static string EnglishWord(ActivityStatus? status) => Style(status)?.English ?? CardTexts.For(CardLanguage.English).NoStatus;

    /// <summary>Cell fill for Office documents (RRGGBB, no '#'); null when the activity has no status.</summary>
    public static string? FillHex(ActivityStatus? status) => Style(status)?.HexColor.TrimStart('#');
}
