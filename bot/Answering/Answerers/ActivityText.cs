using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Understanding;

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

    public static string StatusName(QuestionUnderstanding q, ActivityStatus status) => status switch
    {
        ActivityStatus.Done => q.Say("Klart", "Done"),
        ActivityStatus.InProgress => q.Say("Pågår", "In progress"),
        ActivityStatus.Remains => q.Say("Kvarstår", "Remains"),
        ActivityStatus.StartingUp => q.Say("Uppstart", "Starting up"),
        _ => q.Say("Ej påbörjad", "Not started"),
    };

    public static string Owners(QuestionUnderstanding q, PlanActivity activity) =>
        activity.Owners.Count == 0 ? q.Say("ingen ansvarig angiven", "no owner given") : string.Join(", ", activity.Owners.Select(o => o.Trim()));

    public static string Deadline(QuestionUnderstanding q, PlanActivity activity)
    {
        var deadline = activity.Deadline;
        if (deadline.Year is null)
        {
            return string.IsNullOrWhiteSpace(deadline.Text) ? q.Say("ingen tidpunkt angiven", "no deadline given") : deadline.Text.Trim();
        }

        if (deadline.Quarters.Count > 0)
        {
            return string.Join(" ", deadline.Quarters.Order().Select(n => "Q" + n)) + " " + deadline.Year;
        }

        return deadline.YearTo is int to && to != deadline.Year ? SwedishFormat.Years(deadline.Year.Value, to) : deadline.Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static bool IsOverdue(PlanActivity activity, DateOnly today) =>
        activity.Status is not null and not ActivityStatus.Done && activity.Deadline.LastDay is DateOnly last && last < today;

    public static string Title(PlanActivity activity, int max = 110) => SourceText.Shorten(activity.Title, max);

    /// <summary>One line of a list: title — status, owners, deadline.</summary>
    public static string Line(QuestionUnderstanding q, PlanActivity activity) =>
        $"- {Title(activity, 240)} — {Status(q, activity)}; {Owners(q, activity)}; {Deadline(q, activity)}";
}
