using Assistant.Cards.Activities;

namespace Assistant.Cards.Reminders;

/// <summary>One reminder to one owner.</summary>
/// <param name="ReminderId">The reminder dispatch id: the card's actions carry it back.</param>
/// <param name="OwnerName">How the owner is greeted ("Anna Andersson" or the role, "HR-chef").</param>
/// <param name="RecipientUserIds">Who the card refreshes for (Teams user ids); at most 60 are used.</param>
/// <param name="Activities">The owner's open activities, in plan order.</param>
/// <param name="PeriodText">The deadline the reminder is about, e.g. "Q3 2024"; null for a general reminder.</param>
public sealed record ReminderCardModel(
    long ReminderId,
    string OwnerName,
    IReadOnlyList<string> RecipientUserIds,
    IReadOnlyList<ActivityView> Activities,
    string? PeriodText = null);
