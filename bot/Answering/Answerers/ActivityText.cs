using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Understanding;
using Assistant.Cards.Text;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>How an activity's status, owners and deadline read in an answer.</summary>
public static class ActivityText
{
    public static string Status(QuestionUnderstanding q, PlanActivity activity) => activity.Status switch
    {
        ActivityStatus.Done => q.Say("Klart", "Done (Klart)"),
        ActivityStatus.InProgress => q.Say("Pågår", "In progress (Pågår)"),
        ActivityStatus.Remains => q.Say("Kvarstår", "Remains, not done by the deadline (Kvarstår)"),
        ActivityStatus.StartingUp => q.Say("Uppstart", "Starting up (Uppstart)"),
        ActivityStatus.NotStarted => q.Say("Ej påbörjad", "Not started (Ej påbörjad)"),
        _ when !string.IsNullOrWhiteSpace(activity.StatusRaw) => activity.StatusRaw.Trim(),
        _ => q.Say("ingen status registrerad", "no status recorded"),
    };

    public static string StatusName(QuestionUnderstanding q, ActivityStatus status) =>
        StatusWords.Word(status, q.English ? CardLanguage.English : CardLanguage.Swedish);

    public static string Owners(QuestionUnderstanding q, PlanActivity activity) =>
        activity.Owners.Count == 0 ? q.Say("ingen ansvarig angiven", "no owner given") : string.Join(", ", activity.Owners.Select(o => o.Trim()));

    public static string Deadline(QuestionUnderstanding q, PlanActivity activity) =>
        activity.Deadline.Describe(q.English ? CardLanguage.English : CardLanguage.Swedish);

    public static string Title(PlanActivity activity, int max = 110) => SourceText.Shorten(activity.Title, max);

    /// <summary>One line of a list: title — status, owners, deadline.</summary>
    public static string Line(QuestionUnderstanding q, PlanActivity activity) =>
        $"- {SourceText.Shorten(Headline(activity), 320)} — {Status(q, activity)}; {Owners(q, activity)}; {Deadline(q, activity)}";

    /// <summary>
    /// The title, and when the title only announces its sub-activities ("... Aktiviteter:"), the sub-activities too: they
    /// are what is done ("Genom en pilot ... med farmaceut").
    /// </summary>
    public static string Headline(PlanActivity activity)
    {
        var title = Words(activity.Title);
        if (string.IsNullOrWhiteSpace(activity.Description))
        {
            return title;
        }

        // A title cut short in the source ("... finansiering från …"): the description has the whole mission and, after
        // a bullet, the activity itself ("• Aktivitet: Fortsätta söka och använda statsbidrag ..."), which must show.
        if (title.EndsWith('…') || title.EndsWith("...", StringComparison.Ordinal))
        {
            var full = Words(activity.Description);
            var bullet = full.IndexOf('•', StringComparison.Ordinal);
            return bullet <= 0 ? SourceText.Shorten(full, 320) : $"{SourceText.Shorten(full[..bullet].Trim(), 180)} {full[bullet..]}";
        }

        if (!title.EndsWith(':'))
        {
            return title;
        }

        // The description may repeat the title before the sub-activities.
        var description = Words(activity.Description);
        var at = description.IndexOf(title, StringComparison.Ordinal);
        var rest = (at >= 0 ? description[(at + title.Length)..] : description).Trim();
        return rest.Length == 0 ? title : $"{title} {rest}";
    }

    /// <summary>
    /// " [Lönebildning]": the short name of what the activity serves (the plan's "Vad" column), when the headline does not
    /// already say it; empty otherwise. Long goal texts (a nämndmål paragraph) are left out.
    /// </summary>
    public static string Area(PlanActivity activity)
    {
        var goal = Words(activity.Goal ?? string.Empty).TrimEnd('.', ' ');
        if (goal.Length == 0 || goal.Length > 70 || Headline(activity).Contains(goal, StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        return $" [{goal}]";
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
