using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>One activity found by the distinctive words of the question; its status, owner, deadline and comment.</summary>
public static class ActivityAnswerer
{
    private const double MinimumCoverage = 0.5;

    /// <summary>The activities the question's words point at, best first; empty when none is a confident match.</summary>
    public static List<SearchHit> Find(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        var terms = QueryTerms.For(q, k.ActivityIndex);
        if (terms.Count == 0)
        {
            return [];
        }

        var hits = k.ActivityIndex.Search(terms, 8, q.English).Where(h => h.Coverage >= MinimumCoverage).ToList();
        if (hits.Count == 0)
        {
            return [];
        }

        // The best covers the most of the question; among equals, Lucene's ranking decides.
        var best = hits.Max(h => h.Coverage);
        return [.. hits.Where(h => h.Coverage >= best - 0.15).OrderByDescending(h => h.Coverage).ThenByDescending(h => h.Score)];
    }

    public static Answer Answer(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyList<SearchHit> hits)
    {
        var top = hits[0];
        var activity = k.ActivitiesById[top.Key];
        // A rival that matches clearly less distinctive words (by rarity) than the best is no rival.
        double Weight(SearchHit h) => h.MatchedTerms.Sum(k.ActivityIndex.Idf);
        // What only one of two hits covers decides between them: a rare word the best alone has outweighs a common one the
        // other alone has ("säkerställa språkkunskaperna hos personalen": språkkunskap, not personal).
        double Differing(SearchHit a, SearchHit b) => a.MatchedTerms.Except(b.MatchedTerms).Sum(k.ActivityIndex.Idf);
        var rivals = hits.Skip(1)
            .Where(h => h.Coverage >= top.Coverage - 0.01 && h.Score >= top.Score * 0.85 && Weight(top) < 1.5 * Weight(h))
            .Select(h => k.ActivitiesById[h.Key])
            .Where(a => !SameActivity(a, activity))
            .ToList();
        // The best covers only part of the question and another covers a different part about as well: ask, do not guess.
        if (rivals.Count == 0 && top.Coverage < 0.75)
        {
            rivals = [.. hits.Skip(1)
                .Where(h => h.Coverage >= top.Coverage - 0.15 && !h.MatchedTerms.SetEquals(top.MatchedTerms) && Weight(top) < 1.5 * Weight(h)
                    && Differing(top, h) < 1.5 * Differing(h, top))
                .Select(h => k.ActivitiesById[h.Key])
                .Where(a => !SameActivity(a, activity))];
        }

        if (rivals.Count > 0)
        {
            return Clarify(q, k, [activity, .. rivals.Take(3)], top.MatchedTerms.Concat(hits.Skip(1).SelectMany(h => h.MatchedTerms)).ToHashSet());
        }

        var source = k.Source(activity.DocumentId);
        var lines = new List<string> { $"**{ActivityText.Title(activity, 200)}**" };
        var all = !q.HasAny(Cue.StatusWord, Cue.Owner, Cue.When, Cue.Comment, Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone, Cue.Due);
        if (all || q.HasAny(Cue.StatusWord, Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone, Cue.Owner, Cue.When, Cue.Due))
        {
            var overdue = activity.IsOverdueOn(q.Today) ? q.Say(" (tidpunkten har passerat)", " (the deadline has passed)") : string.Empty;
            lines.Add(q.Say("Status: ", "Status: ") + ActivityText.Status(q, activity) + overdue);
        }

        if (all || q.Has(Cue.Owner))
        {
            lines.Add(q.Say("Ansvarig: ", "Owner: ") + ActivityText.Owners(q, activity));
        }

        // Status and deadline belong together: "how is it going" is answered against when it is due.
        if (all || q.HasAny(Cue.When, Cue.Due, Cue.StatusWord, Cue.Done, Cue.InProgress, Cue.Remains, Cue.StartingUp, Cue.NotStarted, Cue.NotDone))
        {
            lines.Add(q.Say("Ska vara klar: ", "Due: ") + ActivityText.Deadline(q, activity));
        }

        if (all || q.Has(Cue.Comment) || !string.IsNullOrWhiteSpace(activity.Comment))
        {
            lines.Add(q.Say("Kommentar: ", "Comment: ") + (string.IsNullOrWhiteSpace(activity.Comment) ? q.Say("ingen", "none") : activity.Comment.Trim()));
        }

        return new Answer(SourceText.WithSources(q, string.Join('\n', lines), [source]), q.Language, AnswerKind.Activity, [source])
        {
            ActivityIds = [activity.Id],
        };
    }

    private static Answer Clarify(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyList<PlanActivity> candidates, IReadOnlySet<string> terms)
    {
        var titles = candidates.Select(a => Label(a, terms, k.ActivityIndex)).ToList();
        var text = q.Say("Flera aktiviteter passar. Vilken menar du?", "Several activities match. Which one do you mean?") + "\n"
            + string.Join('\n', titles.Select(t => "- " + t));
        var sources = candidates.Select(a => k.Source(a.DocumentId)).Distinct().ToList();
        return new Answer(SourceText.WithSources(q, text, sources), q.Language, AnswerKind.Clarification, sources)
        {
            ActivityIds = [.. candidates.Select(a => a.Id)],
            Suggestions = [.. titles.Select(t => q.Say("Status för ", "Status of ") + t)],
        };
    }

    /// <summary>The title, and where the title is cut before the words asked about, the words around them ("… implementering av BEATA").</summary>
    private static string Label(PlanActivity activity, IReadOnlySet<string> terms, SearchIndex index)
    {
        var title = ActivityText.Title(activity, 90);
        var shown = index.Analyze(title).ToHashSet();
        if (terms.Count == 0 || terms.Any(t => SearchIndex.Matches(t, shown)))
        {
            return title;
        }

        var words = (activity.Title + " " + activity.Description).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var analysed = index.Analyze(words[i]).ToHashSet();
            if (analysed.Count > 0 && terms.Any(t => SearchIndex.Matches(t, analysed)))
            {
                var from = Math.Max(0, i - 5);
                return $"{ActivityText.Title(activity, 60)} (… {string.Join(' ', words[from..Math.Min(words.Length, i + 4)])} …)";
            }
        }

        return title;
    }

    private static bool SameActivity(PlanActivity a, PlanActivity b) =>
        string.Equals(TextFold.Fold(a.Title), TextFold.Fold(b.Title), StringComparison.Ordinal) && a.Status == b.Status;
}
