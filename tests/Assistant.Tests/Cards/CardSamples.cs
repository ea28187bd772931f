using Assistant.Cards.Activities;
using Assistant.Cards.General;
using Assistant.Cards.Model;
using Assistant.Cards.Reminders;
using Assistant.Cards.Text;

namespace Assistant.Tests.Cards;

/// <summary>Realistic models (in our own words, figures like the plans') and every card the builders make from them.</summary>
internal static class CardSamples
{
    public static readonly DateTimeOffset Noon = new(2024, 9, 16, 12, 5, 0, TimeSpan.FromHours(2));

    public static ActivityView Staffing => new(
        101,
        "Ta fram en plan för en gemensam bemanningspool",
        ["Avd- HR och kompetensförsörjning"],
        "Q3 2024",
        StatusStyle.InProgress,
        "Underlaget är klart, beslut tas i oktober.",
        Overdue: false)
    {
        Goal = "Medarbetare: attraktiv arbetsgivare",
        ChangedBy = "Anna Andersson",
        ChangedAt = Noon.AddDays(-40),
        History =
        [
            new HistoryEntry(Noon.AddDays(-40), "Anna Andersson", StatusStyle.StartingUp, StatusStyle.InProgress, "Underlaget är klart, beslut tas i oktober."),
            new HistoryEntry(Noon.AddDays(-120), "Import", null, StatusStyle.StartingUp, null),
        ],
    };

    public static ActivityView Guidelines => new(
        102,
        "Revidera riktlinjerna för handläggning (FAS2)",
        ["Direktör"],
        "Q2 2024",
        StatusStyle.NotStarted,
        null,
        Overdue: true);

    /// <summary>A title and comment a user could have typed to try to inject links and formatting.</summary>
    public static ActivityView Hostile => new(
        103,
        "**Viktigt** [klicka här](https://evil.example) # rubrik",
        ["HR-chef", "<at>Någon</at>"],
        "Q4 2024",
        null,
        "- punkt\n1. www.evil.example `kod` > citat",
        Overdue: false);

    public static ActivityView Done => new(104, "Språkkunskaper: stöd för medarbetare", ["Avd- HR och kompetensförsörjning"], "Q1 2024", StatusStyle.Done, "Genomfört enligt plan.", false);

    public static ReminderCardModel Reminder => new(
        42,
        "Anna Andersson",
        ["29:1a2b3c", "00000000-0000-0000-0000-000000000001"],
        [Staffing, Guidelines, Hostile],
        "Q3 2024");

    public static ReceiptCardModel Receipt => new(
        "Anna Andersson",
        Noon,
        [
            new ReceiptEntry(101, Staffing.Title, StatusStyle.InProgress, StatusStyle.Done, "Beslut fattat i ledningsgruppen."),
            new ReceiptEntry(102, Guidelines.Title, StatusStyle.NotStarted, StatusStyle.NotStarted, null),
            new ReceiptEntry(103, Hostile.Title, null, StatusStyle.Remains, Hostile.Comment),
        ]);

    /// <summary>Every card, named for its file, in both languages.</summary>
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        foreach (var language in Enum.GetValues<CardLanguage>())
        {
            var suffix = language == CardLanguage.Swedish ? "sv" : "en";
            yield return ($"reminder.{suffix}", ReminderCard.Build(Reminder, language));
            yield return ($"reminder-single.{suffix}", ReminderCard.Build(Reminder with { Activities = [Done], RecipientUserIds = [], PeriodText = null }, language));
            yield return ($"receipt.{suffix}", ReceiptCard.Build(Receipt, language));
            yield return ($"error.{suffix}", ErrorCard.Build("Du är inte ansvarig för aktiviteten [x](https://evil.example).", language));
        }
    }
}
