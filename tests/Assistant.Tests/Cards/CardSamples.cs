using Assistant.Cards.Activities;
using Assistant.Cards.Answers;
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

    public static SourceView Forecast => new("Personal- och kompetensförsörjningsplan", "Social- och omsorgsnämnden", 2021, "Rekryteringsbehov");

    /// <summary>A recruitment need per year, like the forecast tables (figures as the plans give them).</summary>
    public static SeriesView Recruitment => new(
        "Rekryteringsbehov, Vårdare/undersköterska/assistent",
        "personer",
        [new("2019", 96), new("2020", 101), new("2021", 112), new("2022", 104), new("2023", 108), new("2024", 110), new("2025", 112), new("2026", 115), new("2027", 118)]);

    public static AnswerView FigureAnswer => new("Rekryteringsbehovet för **Vårdare/undersköterska/assistent** 2025 är 112 personer.", [Forecast]) { Figure = "112 personer" };

    public static AnswerView SeriesAnswer => new("Rekryteringsbehovet per år 2019–2027:", [Forecast]) { Series = Recruitment };

    public static AnswerView LongSeriesAnswer => new("Sjukfrånvaro per år:", [new SourceView("Nyckeltal", Year: 2019)])
    {
        Series = new SeriesView("Sjukfrånvaro", "%", Enumerable.Range(2005, 15).Select(y => new SeriesValue(y.ToString(System.Globalization.CultureInfo.InvariantCulture), 4m + ((y % 5) * 0.3m))).ToList()),
    };

    public static AnswerView Clarification => new("Menar du personalbehov eller rekryteringsbehov?", [])
    {
        Suggestions = ["Personalbehov undersköterskor 2025", "Rekryteringsbehov undersköterskor 2025"],
    };

    public static ActivityListModel Behind => new("Aktiviteter som ligger efter", [Guidelines, Staffing with { Overdue = true }, Hostile]) { Intro = "**3** aktiviteter är inte klara i tid." };

    public static ReportSummaryModel Report => new(
        "Verksamhetsplan 2024",
        "Q3 2024",
        [new(StatusStyle.Done, 21), new(StatusStyle.InProgress, 24), new(StatusStyle.Remains, 1), new(StatusStyle.StartingUp, 4), new(StatusStyle.NotStarted, 3), new(null, 0)],
        [Guidelines]);

    public static ConfirmStatusModel Confirm => new(StatusStyle.InProgress, "klar i oktober [länk](https://evil.example)", [Staffing, Done, Hostile]);

    /// <summary>Every card, named for its file, in both languages.</summary>
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        foreach (var language in Enum.GetValues<CardLanguage>())
        {
            var suffix = language == CardLanguage.Swedish ? "sv" : "en";
            yield return ($"reminder.{suffix}", ReminderCard.Build(Reminder, language));
            yield return ($"reminder-single.{suffix}", ReminderCard.Build(Reminder with { Activities = [Done], RecipientUserIds = [], PeriodText = null }, language));
            yield return ($"receipt.{suffix}", ReceiptCard.Build(Receipt, language));
            yield return ($"answer-figure.{suffix}", AnswerCard.Build(FigureAnswer, language));
            yield return ($"answer-series.{suffix}", AnswerCard.Build(SeriesAnswer, language));
            yield return ($"answer-line.{suffix}", AnswerCard.Build(LongSeriesAnswer, language));
            yield return ($"answer-clarification.{suffix}", AnswerCard.Build(Clarification, language));
            yield return ($"activity.{suffix}", ActivityCard.Build(Staffing with { HistoryUrl = new Uri("https://assistant.example/activities/101") }, language));
            yield return ($"activity-hostile.{suffix}", ActivityCard.Build(Hostile, language));
            yield return ($"activity-list.{suffix}", ActivityListCard.Build(Behind, language));
            yield return ($"activity-list-empty.{suffix}", ActivityListCard.Build(Behind with { Activities = [] }, language));
            yield return ($"activity-list-long.{suffix}", ActivityListCard.Build(Behind with { Activities = Enumerable.Range(1, 30).Select(i => Done with { Id = i }).ToList() }, language));
            yield return ($"report-summary.{suffix}", ReportSummaryCard.Build(Report, language));
            yield return ($"report-summary-none-overdue.{suffix}", ReportSummaryCard.Build(Report with { Overdue = [] }, language));
            yield return ($"confirm-status.{suffix}", ConfirmStatusCard.Build(Confirm, language));
            yield return ($"welcome.{suffix}", HelpCard.Welcome(language));
            yield return ($"help.{suffix}", HelpCard.Help(language));
            yield return ($"help-engine.{suffix}", HelpCard.Help(language, [.. CardTexts.For(language).ExampleQuestions, "Vad säger planen om heltid?"]));
            yield return ($"error.{suffix}", ErrorCard.Build("Du är inte ansvarig för aktiviteten [x](https://evil.example).", language));
        }
    }
}
