using Assistant.Bot.Activities;

namespace Assistant.Bot.Reports;

/// <summary>
/// The status words and colours the municipality uses (Klart green, Pågår yellow, Kvarstår red, Uppstart grey),
/// as the reports print them. Temporary home until Assistant.Cards offers the shared StatusStyle.
/// </summary>
internal static class ReportStatuses
{
    /// <summary>The order of the summary: done first, as the nämnd reads it.</summary>
    public static readonly IReadOnlyList<ActivityStatus> Order =
        [ActivityStatus.Done, ActivityStatus.InProgress, ActivityStatus.Remains, ActivityStatus.StartingUp, ActivityStatus.NotStarted];

    public const string NoStatusWord = "Utan status";

    public const string NoStatusWordEnglish = "No status";

    public static string Word(ActivityStatus? status) => status switch
    {
        ActivityStatus.Done => "Klart",
        ActivityStatus.InProgress => "Pågår",
        ActivityStatus.Remains => "Kvarstår",
        ActivityStatus.StartingUp => "Uppstart",
        ActivityStatus.NotStarted => "Ej påbörjad",
        _ => NoStatusWord,
    };

    public static string EnglishWord(ActivityStatus? status) => status switch
    {
        ActivityStatus.Done => "Done",
        ActivityStatus.InProgress => "In progress",
        ActivityStatus.Remains => "Remains",
        ActivityStatus.StartingUp => "Starting up",
        ActivityStatus.NotStarted => "Not started",
        _ => NoStatusWordEnglish,
    };

    /// <summary>Cell fill for Office documents (RRGGBB), light enough for black text; null = no fill.</summary>
    public static string? FillHex(ActivityStatus? status) => status switch
    {
        ActivityStatus.Done => "92D050",
        ActivityStatus.InProgress => "FFD966",
        ActivityStatus.Remains => "FF7C80",
        ActivityStatus.StartingUp => "BFBFBF",
        _ => null,
    };
}
