namespace Assistant.Cards.Text;

/// <summary>
/// Every word the cards show, one table per language (builders never hold literals). Entries with {0}, {1} are
/// composite formats filled through <see cref="CardFormat.Fill"/>.
/// </summary>
public sealed partial record CardTexts
{
    public required CardLanguage Language { get; init; }


    // Shared words.
    public required string Status { get; init; }
    public required string Owner { get; init; }
    public required string Owners { get; init; }
    public required string Deadline { get; init; }
    public required string Comment { get; init; }
    public required string Activity { get; init; }
    public required string Overdue { get; init; }
    public required string NoStatus { get; init; }
    public required string NoDeadline { get; init; }
    public required string NoComment { get; init; }
    public required string Source { get; init; }
    public required string Sources { get; init; }

    /// <summary>Before a source's import date: "inläst 2026-12-05".</summary>
    public required string Imported { get; init; }
    public required string Year { get; init; }
    public required string Value { get; init; }
    public required string ChangedBy { get; init; }

    /// <summary>{0} who, {1} when.</summary>
    public required string ChangedByAt { get; init; }

    /// <summary>{0}: count. One and many.</summary>
    public required string ActivityCountOne { get; init; }
    public required string ActivityCountMany { get; init; }

    /// <summary>{0}: how many rows were left out.</summary>
    public required string AndMore { get; init; }

    // Reminder card.
    public required string ReminderTitle { get; init; }

    /// <summary>{0} owner, {1} "N aktiviteter", {2} period (may be empty).</summary>
    public required string ReminderIntro { get; init; }
    public required string ReminderPeriod { get; init; }
    public required string ReminderInstructions { get; init; }
    public required string CurrentStatus { get; init; }
    public required string NewStatus { get; init; }
    public required string ChooseStatus { get; init; }
    public required string CommentPlaceholder { get; init; }
    public required string Save { get; init; }
    public required string ReminderFallback { get; init; }

    // Receipt card.
    public required string ReceiptTitle { get; init; }

    /// <summary>{0} who, {1} when, {2} "N aktiviteter".</summary>
    public required string ReceiptIntro { get; init; }

    /// <summary>{0} old status word.</summary>
    public required string WasStatus { get; init; }
    public required string Unchanged { get; init; }

    // Error card.
    public required string ErrorTitle { get; init; }
    public required string ErrorHint { get; init; }

    // Answer card.
    public required string AnswerTitle { get; init; }
    public required string SeriesTableCaption { get; init; }

    // Activity and list cards.
    public required string ShowHistory { get; init; }
    public required string HistoryTitle { get; init; }
    public required string NoHistory { get; init; }
    public required string OpenHistory { get; init; }
    public required string Goal { get; init; }
    public required string LastComment { get; init; }
    public required string EmptyList { get; init; }

    // Report summary card.
    public required string ReportTitle { get; init; }
    public required string CountsTitle { get; init; }
    public required string OverdueTitle { get; init; }
    public required string NoneOverdue { get; init; }
    public required string Total { get; init; }

    // Welcome and help.
    public required string WelcomeTitle { get; init; }
    public required string WelcomeText { get; init; }
    public required string HelpTitle { get; init; }
    public required string HelpText { get; init; }
    public required string ExamplesTitle { get; init; }
    public required IReadOnlyList<string> ExampleQuestions { get; init; }
    public required string HelpStatusHint { get; init; }

    /// <summary>Introduces one example question in the other language.</summary>
    public required string OtherLanguageHint { get; init; }
    public required string Count { get; init; }

    // Confirm status card.
    public required string ConfirmTitle { get; init; }

    /// <summary>{0}: the status word the user wrote.</summary>
    public required string ConfirmIntro { get; init; }
    public required string ConfirmButton { get; init; }
    public required string ConfirmNoneHint { get; init; }


    public static CardTexts For(CardLanguage language) => language == CardLanguage.English ? English : Swedish;
}
