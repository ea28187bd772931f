using Assistant.Bot.Plans;
using Assistant.Cards.Text;

namespace Assistant.Bot.StatusUpdates;

/// <summary>What the status features say, in Swedish and English.</summary>
public static class StatusTexts
{
    // "1 000": a plain space between thousands, as the answers write numbers.
    private static readonly System.Globalization.NumberFormatInfo SwedishThousands = new() { NumberGroupSeparator = " ", NumberGroupSizes = [3] };

    public static string Refused(CardLanguage language, string title, IReadOnlyList<string> owners)
    {
        var who = owners.Count == 0 ? (language == CardLanguage.English ? "no one" : "ingen") : string.Join(", ", owners);
        return language == CardLanguage.English
            ? $"You cannot change the status of \"{title}\": only its owners ({who}) and administrators can. Nothing was changed."
            : $"Du kan inte ändra status för \"{title}\": det kan bara ansvariga ({who}) och administratörer. Inget har ändrats.";
    }

    public static string NotFound(CardLanguage language, int id) => language == CardLanguage.English
        ? $"Activity {id} no longer exists. Nothing was changed."
        : $"Aktivitet {id} finns inte längre. Inget har ändrats.";

    public static string NothingChosen(CardLanguage language) => language == CardLanguage.English
        ? "Choose a status (or write a comment) for at least one activity, then save."
        : "Välj en status (eller skriv en kommentar) för minst en aktivitet och spara sedan.";

    /// <summary>A comment over the card's limit: nothing is saved, the user shortens it.</summary>
    public static string CommentTooLong(CardLanguage language, int maxLength) => language == CardLanguage.English
        ? $"A comment may be at most {maxLength.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} characters. Shorten it and save again; nothing was saved."
        : $"En kommentar får vara högst {maxLength.ToString("#,0", SwedishThousands)} tecken. Korta den och spara igen; inget sparades.";

    public static string BadData(CardLanguage language, string detail) => language == CardLanguage.English
        ? $"The card's answer could not be read: {detail}"
        : $"Kortets svar gick inte att läsa: {detail}";

    public static string Recorded(CardLanguage language, PlanActivity activity, ActivityStatus? from) =>
        language == CardLanguage.English
            ? $"Saved: \"{activity.Title}\" is now {ActivityLabels.Word(activity.Status, language)} (was {ActivityLabels.Word(from, language)})."
            : $"Sparat: \"{activity.Title}\" har nu status {ActivityLabels.Word(activity.Status, language)} (var {ActivityLabels.Word(from, language)}).";

    public static string Duplicate(CardLanguage language, PlanActivity activity) => language == CardLanguage.English
        ? $"Already saved: \"{activity.Title}\" is {ActivityLabels.Word(activity.Status, language)}."
        : $"Redan sparat: \"{activity.Title}\" har status {ActivityLabels.Word(activity.Status, language)}.";
}
