using Assistant.Bot.Knowledge.Reading;
using static Assistant.Bot.Knowledge.Extraction.TableCells;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// Activity tables (recognised by their header, see <see cref="ActivityColumns"/>), row by row:
/// <list type="bullet">
/// <item>goal and perspective cells left empty mean "as the row above" (merged cells);</item>
/// <item>a row with no owner, deadline or status of its own, and no goal, is the rest of the row above, split off by a
/// page break: its text is appended there;</item>
/// <item>a row whose activity text starts mid-sentence after a row that ended mid-sentence gives that first fragment back;</item>
/// <item>owners are split (<see cref="OwnerSplitter"/>), deadlines read against the plan year, statuses mapped with the raw text kept.</item>
/// </list>
/// </summary>
public static class ActivityTableReader
{
    public static List<ExtractedActivity>? TryRead(IReadOnlyList<IReadOnlyList<string>> rows, TableContext context, int firstOrdinal, List<string> problems)
    {
        var headerIndex = -1;
        ActivityColumns? columns = null;
        for (var i = 0; i < Math.Min(rows.Count, 3) && columns is null; i++)
        {
            columns = ActivityColumns.Recognise(rows[i]);
            headerIndex = i;
        }

        if (columns is null)
        {
            return null;
        }

        var activities = new List<ExtractedActivity>();
        string? goal = null;
        var perspective = context.Perspective;
        for (var r = headerIndex + 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (IsSeparator(row) || IsBlank(row) || columns.IsRepeatedBy(row))
            {
                continue;
            }

            var read = new RowReader(row, columns);
            var lines = HtmlText.ToLines(read.Text(ActivityColumn.Title)).ToList();
            var previous = activities.Count > 0 ? activities[^1] : null;
            if (previous is not null && read.IsContinuation && lines.Count > 0 && GoesOn(previous, lines[0]))
            {
                Append(previous, lines);
                previous.Comment = Join(previous.Comment, HtmlText.ToText(read.Text(ActivityColumn.Comment)));
                previous.Details.AddRange(read.Details());
                continue;
            }

            if (lines.Count == 0)
            {
                goal = read.Value(ActivityColumn.Goal) ?? goal;
                perspective = read.Value(ActivityColumn.Perspective) ?? perspective;
                if (read.HasOwnerDeadlineOrStatus)
                {
                    problems.Add($"Tabell '{context.Name}', rad {r + 1}: ansvarig/slutfört/status utan aktivitet; raden lästes inte.");
                }

                continue;
            }

            if (previous is not null && lines.Count > 1 && ActivityText.StartsMidSentence(lines[0]) && ActivityText.EndsMidSentence(previous.Lines[^1]))
            {
                Append(previous, [lines[0]]);
                lines.RemoveAt(0);
            }

            goal = read.Value(ActivityColumn.Goal) ?? goal;
            perspective = read.Value(ActivityColumn.Perspective) ?? perspective;
            activities.Add(Create(read, lines, goal, perspective, context, firstOrdinal + activities.Count, r + 1, problems));
        }

        return activities;
    }

    private static ExtractedActivity Create(RowReader read, List<string> lines, string? goal, string? perspective, TableContext context, int ordinal, int rowNumber, List<string> problems)
    {
        var deadlineCell = read.Text(ActivityColumn.Deadline);
        var (deadline, understood) = DeadlineParser.Parse(deadlineCell, context.PlanYear);
        if (!understood)
        {
            problems.Add(deadline.Quarters.Count > 0
                ? $"Tabell '{context.Name}', rad {rowNumber}: kvartal '{deadline.Text}' utan år (dokumentet anger inget planår)."
                : $"Tabell '{context.Name}', rad {rowNumber}: tidpunkten '{deadline.Text}' kunde inte tolkas; texten sparas.");
        }

        var statusRaw = HtmlText.ToSingleLine(read.Text(ActivityColumn.Status));
        var status = ActivityStatusText.Parse(statusRaw);
        if (status is null && statusRaw.Length > 0)
        {
            problems.Add($"Tabell '{context.Name}', rad {rowNumber}: statusen '{statusRaw}' är ingen känd status; texten sparas.");
        }

        var activity = new ExtractedActivity
        {
            Ordinal = ordinal,
            Goal = goal,
            Perspective = perspective,
            Table = context.Title,
            Owners = OwnerSplitter.Split(read.Text(ActivityColumn.Owner)),
            Deadline = deadline,
            Status = status,
            StatusRaw = statusRaw.Length > 0 ? statusRaw : null,
            Comment = NullIfEmpty(HtmlText.ToText(read.Text(ActivityColumn.Comment))),
        };
        activity.Lines.AddRange(lines);
        activity.Details.AddRange(read.Details());
        return activity;
    }

    /// <summary>Continuation lines: a line that goes on mid-sentence joins the last line, others are added.</summary>
    private static void Append(ExtractedActivity activity, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (activity.Lines.Count > 0 && ActivityText.EndsMidSentence(activity.Lines[^1]) && ActivityText.StartsMidSentence(line))
            {
                activity.Lines[^1] = activity.Lines[^1] + " " + ActivityText.StripBullet(line);
            }
            else
            {
                activity.Lines.Add(line);
            }
        }
    }

    /// <summary>
    /// Text that carries on the row above: a list item (the activities under an assignment), a line that starts
    /// mid-sentence, or any line after a row that stopped mid-sentence or on a label.
    /// </summary>
    private static bool GoesOn(ExtractedActivity previous, string first) =>
        first.StartsWith("• ", StringComparison.Ordinal)
        || ActivityText.StartsMidSentence(first)
        || ActivityText.EndsMidSentence(previous.Lines[^1])
        || ActivityText.IsLabel(previous.Lines[^1]);

    private static string? Join(string? a, string b) => b.Length == 0 ? a : a is null ? b : a + "\n" + b;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>One data row read through the table's column roles.</summary>
    private sealed class RowReader(IReadOnlyList<string> row, ActivityColumns columns)
    {
        public string Text(ActivityColumn role) => Cell(row, columns.IndexOf(role));

        public string? Value(ActivityColumn role)
        {
            var text = HtmlText.ToSingleLine(Text(role));
            return text.Length > 0 ? text : null;
        }

        public bool HasOwnerDeadlineOrStatus =>
            !IsEmpty(Text(ActivityColumn.Owner)) || !IsEmpty(Text(ActivityColumn.Deadline)) || !IsEmpty(Text(ActivityColumn.Status));

        /// <summary>
        /// Maybe the rest of the row above: the table has owner, deadline or status columns and this row fills
        /// no cell but the activity and the comment.
        /// </summary>
        public bool IsContinuation =>
            (columns.Has(ActivityColumn.Owner) || columns.Has(ActivityColumn.Deadline) || columns.Has(ActivityColumn.Status))
            && Enumerable.Range(0, row.Count).All(i => columns.Roles.ElementAtOrDefault(i) is ActivityColumn.Title or ActivityColumn.Comment || IsEmpty(row[i]));

        public IEnumerable<string> Details()
        {
            for (var i = 0; i < columns.Roles.Count; i++)
            {
                if (columns.Roles[i] is ActivityColumn.Other or ActivityColumn.Period && columns.Headers[i].Length > 0)
                {
                    var text = HtmlText.ToSingleLine(Cell(row, i));
                    if (text.Length > 0)
                    {
                        yield return $"{columns.Headers[i]}: {text}";
                    }
                }
            }
        }
    }
}
