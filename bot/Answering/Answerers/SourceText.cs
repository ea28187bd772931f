using Assistant.Bot.Answering.Understanding;

namespace Assistant.Bot.Answering.Answerers;

/// <summary>The "Källa:" line every answer ends with, and small shared pieces of answer text.</summary>
public static class SourceText
{
    public static string Line(QuestionUnderstanding q, IEnumerable<SourceRef> sources)
    {
        var parts = sources
            .Select(s => s.Title() + (s.Table is null ? string.Empty : q.Say($" (tabell: {s.Table})", $" (table: {s.Table})")))
            .Distinct()
            .ToList();
        return parts.Count == 0 ? string.Empty : q.Say("Källa: ", parts.Count > 1 ? "Sources: " : "Source: ") + string.Join("; ", parts);
    }

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
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= max)
        {
            return clean;
        }

        var cut = clean.LastIndexOf(' ', max - 1);
        return clean[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', '-') + "…";
    }
}
