using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;
using Assistant.Bot.Clock;
using Assistant.Bot.Plans;
using Assistant.Bot.Answering;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Cards.Activities;
using Assistant.Cards.Answers;
using Assistant.Cards.General;
using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Bot.Answering;

/// <summary>
/// Series → an answer card with a chart (table fallback); one activity → its activity card; a list → the activity
/// list card; help → the help card; suggestions → an answer card with buttons; everything else → text only.
/// The activities and their history come from the same knowledge snapshot the answer was computed from, so the card
/// agrees with the text and costs no database work (a status recorded here invalidates the snapshot at once).
/// </summary>
public sealed class AnswerPresenter(IKnowledgeCache knowledge, ILocalClock clock) : IAnswerPresenter
{
    private const int MaxHistory = ActivityCard.MaxHistory;

    public Task<OutgoingMessage> PresentAsync(Answer answer, CancellationToken cancellationToken) =>
        PresentAsync(answer, clock.Today, cancellationToken);

    /// <param name="today">The date overdue is judged from (the turn's date, or --as-of).</param>
    public async Task<OutgoingMessage> PresentAsync(Answer answer, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var language = answer.Language == AnswerLanguage.English ? CardLanguage.English : CardLanguage.Swedish;
        var card = answer.Kind switch
        {
            AnswerKind.Help => HelpCard.Help(language, answer.Suggestions),
            AnswerKind.Activity when answer.ActivityIds.Count == 1 => Activity(await knowledge.GetAsync(cancellationToken), answer, today, language),
            AnswerKind.Activity or AnswerKind.ActivityList when answer.ActivityIds.Count > 0 => List(await knowledge.GetAsync(cancellationToken), answer, today, language),
            _ when answer.Series is { Points.Count: > 1 } series => AnswerCard.Build(SeriesView(answer, series), language),
            AnswerKind.Clarification or AnswerKind.NotFound when answer.Suggestions.Count > 0 =>
                AnswerCard.Build(new AnswerView(answer.Text, []) { Suggestions = answer.Suggestions }, language),
            _ => null,
        };
        return new OutgoingMessage(answer.Text, card?.ToJsonObject());
    }

    private static AnswerView SeriesView(Answer answer, Series series) =>
        new(AnswerTextParts.WithoutPointLines(AnswerTextParts.WithoutSourceLine(answer.Text), series.Points.Select(p => p.Label)), Sources(answer))
        {
            Series = new SeriesView(series.Title, series.Unit, series.Points.Select(p => new SeriesValue(p.Label, p.Value)).ToList()),
        };

    private static List<SourceView> Sources(Answer answer) =>
        answer.Sources.Select(s => new SourceView(s.DocumentTitle, s.Organisation, s.Year, s.Table, Assistant.Bot.Answering.Answerers.SourceText.PeriodNotInTitle(s.DocumentTitle, s.Period), s.Imported)).Distinct().ToList();

    private AdaptiveCard? Activity(KnowledgeSnapshot snapshot, Answer answer, DateOnly today, CardLanguage language)
    {
        if (!snapshot.ActivitiesById.TryGetValue(answer.ActivityIds[0], out var activity))
        {
            return null;
        }

        var history = snapshot.RecentChanges.GetValueOrDefault(activity.Id, [])
            .Take(MaxHistory)
            .Select(c => new HistoryEntry(clock.ToLocal(c.At), c.UserName ?? c.UserId, ActivityLabels.Style(c.From), ActivityLabels.Style(c.To), c.Comment))
            .ToList();
        // The badge shows a status word; the plan's own cell ("Fortsätter från 2015") goes first among the details.
        var written = Answerers.ActivityText.StatusAsWritten(activity) is { } raw
            ? (language == CardLanguage.English ? "Status as written: " : "Status i dokumentet: ") + raw
            : null;
        var details = string.Join('\n', new[] { written, AnswerTextParts.BesidesFields(answer.Text, activity.Comment) }.OfType<string>());
        return ActivityCard.Build(ActivityLabels.View(activity, today, clock) with { History = history, Details = details.Length == 0 ? null : details }, language);
    }

    private AdaptiveCard List(KnowledgeSnapshot snapshot, Answer answer, DateOnly today, CardLanguage language)
    {
        var views = answer.ActivityIds.Distinct()
            .Select(id => snapshot.ActivitiesById.GetValueOrDefault(id))
            .OfType<PlanActivity>()
            .Select(a => ActivityLabels.View(a, today, clock))
            .ToList();
        return ActivityListCard.Build(new ActivityListModel(AnswerTextParts.FirstLine(answer.Text), views) { Intro = AnswerTextParts.AroundItems(answer.Text) }, language);
    }
}

/// <summary>
/// The few known shapes of the engine's answer text the cards use: the first line (a list's heading), the trailing
/// "Källa:"/"Source:" paragraph (the card shows the sources itself), and "- LABEL: value" lines a chart replaces.
/// </summary>
internal static class AnswerTextParts
{
    private static readonly string[] SourcePrefixes = ["Källa:", "Källor:", "Source:", "Sources:"];

    public static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? text;

    /// <summary>
    /// What a list answer says besides its first line and its items: the figures a link answer leads with, the count per
    /// plan, a quoted sentence, the note after the list ("Ingen av dem är försenad"). The card's table replaces the item
    /// lines ("- title — status; owner; deadline") and the label line just before them; the card shows the sources
    /// itself. Null when nothing is left.
    /// </summary>
    public static string? AroundItems(string text)
    {
        var lines = WithoutSourceLine(text).Split('\n').Select(l => l.TrimEnd()).ToList();
        var first = lines.FindIndex(l => l.Trim().Length > 0);
        var kept = new List<string>();
        for (var i = first + 1; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || IsItem(line) || (line.EndsWith(':') && i + 1 < lines.Count && IsItem(lines[i + 1].Trim())))
            {
                continue;
            }

            // A quoted sentence ("> Rekryteringsbehovet ökar med 17 %.") keeps its words in quotation marks: a card's
            // text has no block quotes.
            kept.Add(line.StartsWith("> ", StringComparison.Ordinal) ? $"”{line[2..].Trim()}”" : line);
        }

        return kept.Count == 0 ? null : string.Join('\n', kept);

        // The engine's list line (ActivityText.Line): "- TITLE — STATUS; OWNERS; DEADLINE".
        static bool IsItem(string line) => line.StartsWith("- ", StringComparison.Ordinal) && line.Contains(" — ", StringComparison.Ordinal);
    }

    /// <summary>
    /// What a one-activity answer says besides its title line and the fields the card shows itself (status, owner,
    /// deadline, comment): the rest of a title the plan cut short, the sub-activities, a related forecast figure. Null
    /// when nothing is left.
    /// </summary>
    public static string? BesidesFields(string text, string? comment)
    {
        var body = WithoutSourceLine(text);
        if (!string.IsNullOrWhiteSpace(comment))
        {
            // The comment may run over several lines: it goes as a whole, under either language's label.
            foreach (var label in CommentLabels)
            {
                var at = body.IndexOf(label + comment.Trim(), StringComparison.Ordinal);
                if (at >= 0)
                {
                    body = body.Remove(at, label.Length + comment.Trim().Length);
                    break;
                }
            }
        }

        var lines = body.Split('\n').Select(l => l.Trim()).ToList();
        var first = lines.FindIndex(l => l.Length > 0);
        var kept = lines.Skip(first + 1).Where(l => l.Length > 0 && !FieldLabels.Any(f => l.StartsWith(f, StringComparison.Ordinal))).ToList();
        return kept.Count == 0 ? null : string.Join('\n', kept);
    }

    // The labels of a one-activity answer's fields (ActivityAnswerer), in both languages.
    private static readonly string[] CommentLabels = ["Kommentar: ", "Comment: "];
    private static readonly string[] FieldLabels = ["Status:", "Ansvarig:", "Ansvariga:", "Owner:", "Owners:", "Ska vara klar:", "Due:", "Kommentar:", "Comment:"];

    public static string WithoutSourceLine(string text)
    {
        var trimmed = text.TrimEnd();
        var cut = trimmed.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (cut < 0)
        {
            return trimmed;
        }

        var last = trimmed[(cut + 2)..];
        return SourcePrefixes.Any(p => last.StartsWith(p, StringComparison.Ordinal)) && !last.Contains('\n', StringComparison.Ordinal)
            ? trimmed[..cut]
            : trimmed;
    }

    /// <summary>Drops "- 2021: 759" lines when each label occurs once (one series); keeps the text whole otherwise.</summary>
    public static string WithoutPointLines(string text, IEnumerable<string> labels)
    {
        var lines = text.Split('\n');
        var prefixes = labels.Select(l => $"- {l}:").ToList();
        var matches = prefixes.Select(p => lines.Count(l => l.TrimStart().StartsWith(p, StringComparison.Ordinal))).ToList();
        if (matches.Count == 0 || matches.Any(m => m != 1))
        {
            return text;
        }

        return string.Join('\n', lines.Where(l => !prefixes.Any(p => l.TrimStart().StartsWith(p, StringComparison.Ordinal)))).Trim();
    }
}
