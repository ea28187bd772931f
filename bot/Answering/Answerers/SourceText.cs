using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>The "Källa:" line every answer ends with, and small shared pieces of answer text.</summary>
public static class SourceText
{
    public static string Line(QuestionUnderstanding q, IEnumerable<SourceRef> sources)
    {
        var parts = sources
            .Select(s => s.Title() + Details(q, s))
            .Distinct()
            .ToList();
        return parts.Count == 0 ? string.Empty : q.Say("Källa: ", parts.Count > 1 ? "Sources: " : "Source: ") + string.Join("; ", parts);
    }

    /// <summary>
    /// " (tabell: …; period …; inläst 2026-12-05)": the table, the period the document covers unless its title already says
    /// it, and the import date.
    /// </summary>
    private static string Details(QuestionUnderstanding q, SourceRef s)
    {
        var details = new List<string>();
        if (s.Table is not null)
        {
            details.Add(q.Say($"tabell: {s.Table}", $"table: {s.Table}"));
        }

        if (PeriodNotInTitle(s.DocumentTitle, s.Period) is { } period)
        {
            details.Add("period " + period);
        }

        if (s.Imported is { } imported)
        {
            details.Add(q.Say("inläst ", "imported ") + imported.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return details.Count == 0 ? string.Empty : $" ({string.Join("; ", details)})";
    }

    /// <summary>The period when the title does not already name it (titles usually carry the plan year and period).</summary>
    public static string? PeriodNotInTitle(string title, string? period) =>
        string.IsNullOrWhiteSpace(period) || title.Contains(period.Trim(), StringComparison.OrdinalIgnoreCase) ? null : period.Trim();

    /// <summary>Text with its source line below.</summary>
    public static string WithSources(QuestionUnderstanding q, string text, IEnumerable<SourceRef> sources)
    {
        var line = Line(q, sources);
        return line.Length == 0 ? text : text.TrimEnd() + "\n\n" + line;
    }

    private static string Title(this SourceRef source) =>
        string.IsNullOrWhiteSpace(source.Organisation) || source.DocumentTitle.Contains(source.Organisation, StringComparison.OrdinalIgnoreCase)
            ? source.DocumentTitle
            : $"{source.DocumentTitle}, {source.Organisation}";

    /// <summary>At most <paramref name="max"/> characters, cut at a word boundary with an ellipsis.</summary>
    public static string Shorten(string text, int max)
    {
        var clean = TextFold.SingleSpaced(text);
        if (clean.Length <= max)
        {
            return clean;
        }

        var cut = clean.LastIndexOf(' ', max - 1);
        return clean[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', '-') + "…";
    }
}
