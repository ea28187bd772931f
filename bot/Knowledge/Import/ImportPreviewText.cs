using System.Globalization;

namespace Assistant.Bot.Knowledge.Import;

/// <summary>
/// An <see cref="ImportPreview"/> as text, Swedish or English: per section a count line, then one line per change
/// ("+ added", "~ changed: old → new", "- removed"), and whether the status history is kept.
/// </summary>
public static class ImportPreviewText
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>"inga ändringar": what a re-import of the same file says.</summary>
    public const string NoChanges = "inga ändringar";

    /// <summary>The summary line and the changes, one per line, indented by two spaces; at most <paramref name="maxPerSection"/> changes per section.</summary>
    public static IReadOnlyList<string> Lines(ImportResult result, bool english = false, int maxPerSection = int.MaxValue)
    {
        var preview = result.Preview ?? ImportPreview.Nothing(result, dryRun: false);
        var lines = new List<string> { Head(result, preview, english) };
        if (result.Failed || result.Outcome == ImportOutcome.Duplicate)
        {
            return lines;
        }

        if (!preview.HasChanges)
        {
            lines.Add("  " + (english ? "no changes (inga ändringar)" : NoChanges));
            return lines;
        }

        if (preview.Outcome == ImportOutcome.Imported)
        {
            maxPerSection = 0; // a new document: everything is new, the counts say it
        }

        Facts(lines, preview.Forecasts, english ? "Forecast values" : "Prognosvärden", english, maxPerSection);
        Facts(lines, preview.Figures, english ? "Key figures" : "Nyckeltal", english, maxPerSection);
        Activities(lines, preview, english, maxPerSection);
        if (preview.PassagesBefore != preview.PassagesAfter)
        {
            lines.Add(english
                ? $"  Text sections: {N(preview.PassagesBefore)} → {N(preview.PassagesAfter)}"
                : $"  Avsnitt: {N(preview.PassagesBefore)} → {N(preview.PassagesAfter)}");
        }

        lines.Add("  " + History(preview, english));
        return lines;
    }

    public static string Render(ImportResult result, bool english = false, int maxPerSection = int.MaxValue) =>
        string.Join('\n', Lines(result, english, maxPerSection));

    /// <summary>"Statushistoriken behålls för 52 aktiviteter (60 statusändringar)."</summary>
    public static string History(ImportPreview preview, bool english)
    {
        var text = english
            ? $"Status history is kept for {N(preview.ActivitiesKept)} activities ({N(preview.HistoryKept)} status changes)."
            : $"Statushistoriken behålls för {N(preview.ActivitiesKept)} aktiviteter ({N(preview.HistoryKept)} statusändringar).";
        var lost = preview.HistoryLost;
        if (lost > 0)
        {
            text += english
                ? $" Removed activities take {N(lost)} status changes with them."
                : $" Borttagna aktiviteter tar {N(lost)} statusändringar med sig.";
        }

        return text;
    }

    private static string Head(ImportResult result, ImportPreview preview, bool english)
    {
        if (!preview.DryRun)
        {
            return result.Summary();
        }

        var what = result.Outcome switch
        {
            ImportOutcome.Failed => result.Summary(),
            ImportOutcome.Duplicate => result.Summary(),
            _ => english
                ? $"{result.Source}: {(result.Outcome == ImportOutcome.Imported ? "new document" : "replaces the earlier import")}, {N(result.Activities)} activities, {N(result.Forecasts)} forecast values, {N(result.Figures)} key figures, {N(result.Passages)} sections"
                : $"{result.Source}: {(result.Outcome == ImportOutcome.Imported ? "nytt dokument" : "ersätter tidigare import")}, {N(result.Activities)} aktiviteter, {N(result.Forecasts)} prognosvärden, {N(result.Figures)} nyckeltal, {N(result.Passages)} avsnitt",
        };
        return (english ? "Preview, nothing saved: " : "Förhandsgranskning, inget är sparat: ") + what;
    }

    private static void Facts(List<string> lines, IReadOnlyList<FactChange> changes, string heading, bool english, int max)
    {
        if (changes.Count == 0)
        {
            return;
        }

        lines.Add($"  {heading}: {Counts(changes.Count(c => c.Kind == ChangeKind.Added), changes.Count(c => c.Kind == ChangeKind.Changed), changes.Count(c => c.Kind == ChangeKind.Removed), english)}");
        foreach (var c in changes.Take(max))
        {
            lines.Add(c.Kind switch
            {
                ChangeKind.Added => $"    + {c.Label}: {c.New}",
                ChangeKind.Changed => $"    ~ {c.Label}: {c.Old} → {c.New}",
                _ => $"    - {c.Label}: {c.Old}",
            });
        }

        More(lines, changes.Count, max, english);
    }

    private static void Activities(List<string> lines, ImportPreview preview, bool english, int max)
    {
        var changes = preview.Activities;
        if (changes.Count == 0)
        {
            return;
        }

        lines.Add($"  {(english ? "Activities" : "Aktiviteter")}: {Counts(preview.Count(ChangeKind.Added), preview.Count(ChangeKind.Changed), preview.Count(ChangeKind.Removed), english)}");
        foreach (var a in changes.Take(max))
        {
            lines.Add(a.Kind switch
            {
                ChangeKind.Added => $"    + {Short(a.Title)} ({string.Join("; ", a.Fields.Where(f => f.Field is "ansvarig" or "slutfört" or "status" && !string.IsNullOrEmpty(f.New)).Select(f => $"{Field(f.Field, english)} {f.New}"))})",
                ChangeKind.Changed => $"    ~ {Short(a.Title)}: {string.Join("; ", a.Fields.Select(f => Change(f, english)))}",
                _ => english
                    ? $"    - {Short(a.Title)}{(a.History > 0 ? $" ({N(a.History)} status changes go with it)" : string.Empty)}"
                    : $"    - {Short(a.Title)}{(a.History > 0 ? $" ({N(a.History)} statusändringar försvinner med den)" : string.Empty)}",
            });
        }

        More(lines, changes.Count, max, english);
    }

    private static string Change(FieldChange f, bool english) => f.Field == "text"
        ? (english ? "text changed" : "texten ändrad")
        : $"{Field(f.Field, english)} {Value(f.Old)} → {Value(f.New)}";

    private static string Value(string? value) => string.IsNullOrEmpty(value) ? "–" : $"\"{Short(value)}\"";

    private static string Field(string field, bool english) => !english ? field : field switch
    {
        "titel" => "title",
        "ansvarig" => "owner",
        "slutfört" => "deadline",
        "kommentar" => "comment",
        _ => field,
    };

    private static string Counts(int added, int changed, int removed, bool english) => english
        ? $"{N(added)} added, {N(changed)} changed, {N(removed)} removed"
        : $"{N(added)} nya, {N(changed)} ändrade, {N(removed)} borttagna";

    private static void More(List<string> lines, int count, int max, bool english)
    {
        if (count > max && max > 0)
        {
            lines.Add(english ? $"    … and {N(count - max)} more" : $"    … och {N(count - max)} till");
        }
    }

    private static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 120 ? line : line[..119].TrimEnd() + "…";
    }

    private static string N(int value) => value.ToString("N0", Swedish);
}
