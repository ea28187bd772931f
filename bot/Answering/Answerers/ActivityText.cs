using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Understanding;
using Assistant.Cards.Text;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>How an activity's status, owners and deadline read in an answer.</summary>
public static class ActivityText
{
    /// <summary>
    /// The status word, with the source's own words where they say more than the word ("Fortsätter från 2015" is read as
    /// Pågår: "Pågår (Fortsätter från 2015)"). A status set from a card or chat keeps only its word.
    /// </summary>
    public static string Status(QuestionUnderstanding q, PlanActivity activity)
    {
        var word = activity.Status switch
        {
            ActivityStatus.Done => q.Say("Klart", "Done (Klart)"),
            ActivityStatus.InProgress => q.Say("Pågår", "In progress (Pågår)"),
            ActivityStatus.Remains => q.Say("Kvarstår", "Remains, not done by the deadline (Kvarstår)"),
            ActivityStatus.StartingUp => q.Say("Uppstart", "Starting up (Uppstart)"),
            ActivityStatus.NotStarted => q.Say("Ej påbörjad", "Not started (Ej påbörjad)"),
            _ when !string.IsNullOrWhiteSpace(activity.StatusRaw) => activity.StatusRaw.Trim(),
            _ => q.Say("ingen status registrerad", "no status recorded"),
        };
        return activity.Status is { } status && SaysMore(activity.StatusRaw, status)
            ? word + q.Say($" ({activity.StatusRaw!.Trim()})", $", written “{activity.StatusRaw!.Trim()}”")
            : word;
    }

    /// <summary>The status cell as written, when it says more than the status word a card shows ("Fortsätter från 2015"
    /// for Pågår, a cell no status word was read from); null otherwise.</summary>
    public static string? StatusAsWritten(PlanActivity activity) =>
        string.IsNullOrWhiteSpace(activity.StatusRaw) || (activity.Status is { } status && !SaysMore(activity.StatusRaw, status))
            ? null
            : activity.StatusRaw.Trim();

    // The cell says more than its status word when it does not begin with that word ("Pågår Försenad" begins with it;
    // the overdue mark says the rest).
    private static bool SaysMore(string? raw, ActivityStatus status) =>
        !string.IsNullOrWhiteSpace(raw)
        && !TextFold.Fold(raw.Trim()).StartsWith(TextFold.Fold(StatusWords.Word(status, CardLanguage.Swedish)), StringComparison.Ordinal);

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
        var title = TextFold.SingleSpaced(activity.Title);
        if (string.IsNullOrWhiteSpace(activity.Description))
        {
            return title;
        }

        // A title cut short in the source ("... finansiering från …"): the description has the whole mission and, after
        // a bullet, the activity itself ("• Aktivitet: Fortsätta söka och använda statsbidrag ..."), which must show.
        if (title.EndsWith('…') || title.EndsWith("...", StringComparison.Ordinal))
        {
            var full = TextFold.SingleSpaced(activity.Description);
            var bullet = full.IndexOf('•', StringComparison.Ordinal);
            return bullet <= 0 ? SourceText.Shorten(full, 320) : $"{SourceText.Shorten(full[..bullet].Trim(), 180)} {full[bullet..]}";
        }

        if (!title.EndsWith(':'))
        {
            return title + SubActivities(title, activity.Description);
        }

        // The description may repeat the title before the sub-activities.
        var description = TextFold.SingleSpaced(activity.Description);
        var at = description.IndexOf(title, StringComparison.Ordinal);
        var rest = (at >= 0 ? description[(at + title.Length)..] : description).Trim();
        return rest.Length == 0 ? title : $"{title} {rest}";
    }

    /// <summary>
    /// " • Aktivitet: Etablera en gemensam miljöplan ...": what the description lists as the activity itself, after the
    /// title (a bullet or an "Aktivitet:" line), when the title does not already say it. A list that names only the
    /// mission ("Strategiskt utvecklingsuppdrag (4) ... ekologisk hållbarhet") would hide what is done.
    /// </summary>
    private static string SubActivities(string title, string description)
    {
        var text = TextFold.SingleSpaced(description);
        var at = text.IndexOf(title.TrimEnd('.', ' '), StringComparison.Ordinal);
        var rest = at >= 0 ? text[(at + title.TrimEnd('.', ' ').Length)..].TrimStart('.', ' ') : text;
        var start = rest.IndexOf('•', StringComparison.Ordinal);
        var marker = rest.IndexOf("Aktivitet", StringComparison.OrdinalIgnoreCase);
        var from = start >= 0 && (marker < 0 || start <= marker) ? start : marker;
        if (from < 0 || (at < 0 && from > 0 && !rest[..from].TrimEnd().EndsWith(':')))
        {
            return string.Empty;
        }

        var items = rest[from..].Split('•', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(i => Bare(i).Length >= 3 && !TextFold.Fold(title).Contains(TextFold.Fold(Bare(i)), StringComparison.Ordinal))
            .ToList();
        return items.Count == 0 ? string.Empty : " • " + string.Join(" • ", items);
    }

    /// <summary>
    /// What the description says after the title when the title is only its first sentence ("Nytt systemstöd ... införs."
    /// then "Riktade uppföljningar med chefer som har arbetsgrupper med >10% sjukfrånvaro."): the rest of what is done, which
    /// a one-activity answer must show. Empty when the description does not begin with the title or adds nothing.
    /// </summary>
    public static string Continuation(PlanActivity activity, int max = 400)
    {
        if (string.IsNullOrWhiteSpace(activity.Description))
        {
            return string.Empty;
        }

        var title = TextFold.SingleSpaced(activity.Title).TrimEnd('.', ' ', '…');
        var description = TextFold.SingleSpaced(activity.Description);
        if (title.Length < 10 || !description.StartsWith(title, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var rest = description[title.Length..].TrimStart('.', ' ');
        return rest.Length < 3 ? string.Empty : SourceText.Shorten(rest, max);
    }

    /// <summary>"Aktivitet: Nulägesbeskrivning." → "Nulägesbeskrivning": a bullet without its "Aktivitet" label.</summary>
    private static string Bare(string item)
    {
        var text = item.Trim();
        if (text.StartsWith("Aktivitet", StringComparison.OrdinalIgnoreCase))
        {
            text = text["Aktivitet".Length..].TrimStart(':', ';', '-', '–', ' ');
        }

        return text.TrimEnd('.', ' ');
    }

    /// <summary>
    /// " [Lönebildning]": the short name of what the activity serves (the plan's "Vad" column), when the headline does not
    /// already say it; empty otherwise. Long goal texts (a nämndmål paragraph) are left out.
    /// </summary>
    public static string Area(PlanActivity activity)
    {
        var goal = TextFold.SingleSpaced(activity.Goal ?? string.Empty).TrimEnd('.', ' ');
        if (goal.Length == 0 || goal.Length > 70 || Headline(activity).Contains(goal, StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        return $" [{goal}]";
    }
}
