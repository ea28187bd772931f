namespace Assistant.Cards.Building;

/// <summary>The verbs our cards send; every action's data carries its verb too (for the Action.Submit fallback).</summary>
public static class CardVerbs
{
    /// <summary>Reminder card: save the chosen statuses and comments. Data: reminderId, activityIds.</summary>
    public const string SaveStatus = "saveStatus";

    /// <summary>Reminder card refresh: show the current state (the receipt once saved). Data: reminderId, activityIds.</summary>
    public const string RefreshReminder = "refreshReminder";

    /// <summary>Confirm card: the user picked which activity a chat status update meant. Data: activityId, status, comment.</summary>
    public const string ConfirmStatus = "confirmStatus";
}
