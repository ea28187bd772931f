using System.Globalization;

namespace Assistant.Bot.Knowledge.Import;

public enum ImportOutcome
{
    /// <summary>A new document.</summary>
    Imported,

    /// <summary>The file was imported before: what it gave was replaced.</summary>
    Replaced,

    /// <summary>The same content is already in the knowledge base under another file name: nothing was imported.</summary>
    Duplicate,

    /// <summary>The file could not be read; nothing was changed.</summary>
    Failed,
}

/// <summary>What one document gave: counts of what is stored for it now, what could not be read, and notes.</summary>
public sealed record ImportResult(
    string Source,
    ImportOutcome Outcome,
    int? DocumentId,
    string? Title,
    int Activities,
    int Forecasts,
    int Figures,
    int Passages,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Notes)
{
    public bool Failed => Outcome == ImportOutcome.Failed;

    /// <summary>What the import changed (or, in a dry run, would change): set by <see cref="DocumentImporter"/>.</summary>
    public ImportPreview? Preview { get; init; }

    public static ImportResult Failure(string source, string reason) =>
        new(source, ImportOutcome.Failed, null, null, 0, 0, 0, 0, [reason], []);

    public static ImportResult Duplicate(string source, int documentId, string existingSource) =>
        new(source, ImportOutcome.Duplicate, documentId, null, 0, 0, 0, 0, [], [$"samma innehåll som {existingSource} (redan importerad); importerades inte igen"]);

    /// <summary>One line, e.g. "003.txt: 53 aktiviteter, 0 prognosvärden, 0 nyckeltal, 8 avsnitt; 0 problem".</summary>
    public string Summary()
    {
        var sv = CultureInfo.GetCultureInfo("sv-SE");
        return Outcome switch
        {
            ImportOutcome.Failed => $"{Source}: misslyckades: {string.Join(" ", Problems)}",
            ImportOutcome.Duplicate => $"{Source}: {Notes[0]}",
            _ => string.Format(sv, "{0}: {1:N0} aktiviteter, {2:N0} prognosvärden, {3:N0} nyckeltal, {4:N0} avsnitt; {5} problem{6}",
                Source, Activities, Forecasts, Figures, Passages, Problems.Count, Outcome == ImportOutcome.Replaced ? " (ersatte tidigare import)" : string.Empty),
        };
    }
}
