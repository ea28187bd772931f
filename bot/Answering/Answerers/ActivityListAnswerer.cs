using Assistant.Bot.Activities;
using Assistant.Bot.Answering.Knowledge;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>Lists and counts of activities by status, owner, quarter, year and overdue.</summary>
public static class ActivityListAnswerer
{
    private const int MaxLines = 25;

    /// <param name="pool">The activities to choose from (those the question's words found), all when null.</param>
    public static Answer Answer(QuestionUnderstanding q, KnowledgeSnapshot k, ActivityFilter filter, IReadOnlyList<PlanActivity>? pool = null)
    {
        var matches = (pool ?? k.Activities).Where(a => filter.Accepts(a, q.Today)).ToList();
        var sources = matches.Select(a => a.DocumentId).Distinct().Select(id => k.Source(id)).ToList();
        if (sources.Count == 0)
        {
            sources = [.. k.Activities.Select(a => a.DocumentId).Distinct().Select(id => k.Source(id))];
        }

        var described = filter.IsEmpty ? string.Empty : " (" + filter.Describe(q) + ")";
        string text;
        if (matches.Count == 0)
        {
            text = q.Say($"Inga aktiviteter{described}.", $"No activities{described}.");
        }
        else
        {
            var count = matches.Count == 1 ? q.Say("**1** aktivitet", "**1** activity") : q.Say($"**{matches.Count}** aktiviteter", $"**{matches.Count}** activities");
            var header = q.Has(Cue.HowMany) && !q.HasAny(Cue.Which, Cue.ListVerb)
                ? q.Say($"Det är {count}{described}.", $"There are {count}{described}.")
                : q.Say($"{count}{described}:", $"{count}{described}:");
            var perDocument = matches.GroupBy(a => a.DocumentId).ToList();
            if (perDocument.Count > 1)
            {
                header += "\n" + string.Join('\n', perDocument.Select(g => q.Say($"{g.Count()} i {k.Source(g.Key).DocumentTitle}", $"{g.Count()} in {k.Source(g.Key).DocumentTitle}")));
            }

            var lines = matches.Take(MaxLines).Select(a => ActivityText.Line(q, a)).ToList();
            if (matches.Count > MaxLines)
            {
                lines.Add(q.Say($"… och {matches.Count - MaxLines} till.", $"… and {matches.Count - MaxLines} more."));
            }

            var untracked = filter.Overdue
                ? k.Activities.Count(a => a.Status is null && a.Deadline.LastDay is DateOnly last && last < q.Today)
                : 0;
            var note = untracked > 0
                ? "\n" + q.Say($"({untracked} aktiviteter utan registrerad status har också passerat sin tidpunkt.)",
                    $"({untracked} activities without a recorded status have also passed their deadline.)")
                : string.Empty;
            text = header + "\n" + string.Join('\n', lines) + note;
        }

        return new Answer(SourceText.WithSources(q, text, sources), q.Language, AnswerKind.ActivityList, sources)
        {
            ActivityIds = [.. matches.Select(a => a.Id)],
        };
    }

    /// <summary>"mina aktiviteter" needs to know who asks: the reminders feature answers it; here, a pointer to the owner lists.</summary>
    public static Answer Mine(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var owners = k.Owners.Take(6).Select(o => q.Say($"Vilka aktiviteter har {o.Display}?", $"Which activities does {o.Display} own?")).ToList();
        var text = q.Say(
            "Jag vet inte vilken roll du har i planerna. Fråga efter en ansvarig, till exempel:",
            "I do not know which role you have in the plans. Ask for an owner, for example:") + "\n" + string.Join('\n', owners.Select(o => "- " + o));
        return new Answer(text, q.Language, AnswerKind.Clarification, [])
        {
            Suggestions = owners,
        };
    }
}
