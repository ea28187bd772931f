using System.Text.Json;
using Assistant.Cards.Text;

namespace Assistant.Cards.Reminders;

/// <summary>
/// What a reminder card sent back (Action.Execute data or Action.Submit value): the reminder, and per listed activity
/// the chosen status and comment. Only the shape is checked here; who may change what is the handler's business.
/// </summary>
/// <param name="OwnerName">The owner the sent card greeted (refresh data only; null when absent, empty or over 200 characters).</param>
/// <param name="PeriodText">The deadline the sent card named (refresh data only; same limits).</param>
public sealed record ReminderSubmission(long ReminderId, IReadOnlyList<ActivityAnswer> Answers, string? OwnerName = null, string? PeriodText = null)
{
    public const int MaxActivities = 100;

    /// <summary>The longest owner name or period text taken back from the card data.</summary>
    public const int MaxDisplayLength = 200;

    /// <returns>False with a reason (for the log and an error card) when the data is not a reminder submission.</returns>
    public static bool TryParse(JsonElement data, out ReminderSubmission? submission, out string? error)
    {
        submission = null;
        error = null;
        if (data.ValueKind != JsonValueKind.Object)
        {
            error = "The card data is not an object.";
            return false;
        }

        if (!TryGetLong(data, "reminderId", out var reminderId))
        {
            error = "The card data has no reminderId.";
            return false;
        }

        if (!data.TryGetProperty("activityIds", out var idsElement) || idsElement.ValueKind != JsonValueKind.Array
            || idsElement.GetArrayLength() is 0 or > MaxActivities)
        {
            error = $"The card data must list 1 to {MaxActivities} activityIds.";
            return false;
        }

        var answers = new List<ActivityAnswer>();
        foreach (var idElement in idsElement.EnumerateArray())
        {
            if (idElement.ValueKind != JsonValueKind.Number || !idElement.TryGetInt32(out var id) || id <= 0)
            {
                error = "An activity id in the card data is not a positive whole number.";
                return false;
            }

            if (answers.Any(a => a.ActivityId == id))
            {
                continue;
            }

            StatusStyle? status = null;
            var statusText = GetString(data, ReminderCard.StatusInputId(id));
            if (!string.IsNullOrWhiteSpace(statusText))
            {
                if (!StatusStyle.TryParse(statusText, out var parsed))
                {
                    error = $"Activity {id}: \"{Truncate(statusText)}\" is not a status.";
                    return false;
                }

                status = parsed;
            }

            var comment = GetString(data, ReminderCard.CommentInputId(id))?.Trim();
            if (comment is { Length: > ReminderCard.CommentMaxLength })
            {
                error = $"Activity {id}: the comment is longer than {ReminderCard.CommentMaxLength} characters.";
                return false;
            }

            answers.Add(new ActivityAnswer(id, status, string.IsNullOrEmpty(comment) ? null : comment));
        }

        submission = new ReminderSubmission(reminderId, answers, DisplayText(data, "owner"), DisplayText(data, "period"));
        return true;
    }

    // Action.Submit values may arrive with numbers as strings from some clients; accept both.
    private static bool TryGetLong(JsonElement data, string name, out long value)
    {
        value = 0;
        if (!data.TryGetProperty(name, out var element))
        {
            return false;
        }

        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt64(out value),
            JsonValueKind.String => long.TryParse(element.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }

    private static string? GetString(JsonElement data, string name) =>
        data.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    private static string? DisplayText(JsonElement data, string name) =>
        GetString(data, name) is { Length: > 0 and <= MaxDisplayLength } text ? text : null;

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <param name="Status">Null when the owner left the choice empty.</param>
/// <param name="Comment">Trimmed; null when empty.</param>
public sealed record ActivityAnswer(int ActivityId, StatusStyle? Status, string? Comment);
