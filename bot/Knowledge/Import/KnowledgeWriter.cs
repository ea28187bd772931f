using Assistant.Bot.Knowledge.Extraction;
using Assistant.Bot.Plans;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Knowledge.Import;

/// <summary>
/// Stores one extraction (inside the importer's transaction): the document row, then its forecasts, figures, passages
/// and activities, replacing what the same file gave before.
/// <para>
/// Two extractions of one plan (000 Word text, 001 PDF text): a document whose text another stored document mostly
/// holds (<see cref="SamePlan"/>) shares that document's plan key, and of the plan's facts it stores only what the
/// others of the plan do not hold yet: no forecast value, key figure or activity twice, no passage the other already
/// has. The first extraction to give a fact keeps it; re-importing a file under its own name replaces only its own facts.
/// </para>
/// </summary>
public sealed class KnowledgeWriter(AssistantDbContext db, TimeProvider time)
{
    private const double PassageHeldShare = 0.6;

    public async Task<ImportResult> WriteAsync(string name, string hash, ExtractionResult extraction, CancellationToken cancellationToken)
    {
        var existing = await db.Documents.FirstOrDefaultAsync(d => d.SourceFile == name, cancellationToken);
        var match = await SamePlan.FindAsync(db, new TextOverlap([extraction.PlainText]), existing?.Id, cancellationToken);
        var document = existing ?? new KnowledgeDocument { Title = string.Empty, SourceFile = name, ContentHash = hash };
        Describe(document, name, hash, extraction, match);
        if (existing is null)
        {
            db.Documents.Add(document);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            await db.Forecasts.Where(f => f.DocumentId == document.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Figures.Where(f => f.DocumentId == document.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Passages.Where(p => p.DocumentId == document.Id).ExecuteDeleteAsync(cancellationToken);
        }

        var siblings = await db.Documents.Where(d => d.PlanKey == document.PlanKey && d.Id != document.Id).Select(d => d.Id).ToListAsync(cancellationToken);
        var notes = new List<string>();
        if (match is not null)
        {
            notes.Add($"samma plan som {match.SourceFile} (en annan utgåva av dokumentet): bara det som saknas där importeras");
        }

        var forecasts = await NewForecastsAsync(document.Id, siblings, extraction.Forecasts, cancellationToken);
        var figures = await NewFiguresAsync(document.Id, siblings, extraction.Figures, cancellationToken);
        var passages = await NewPassagesAsync(document.Id, siblings, extraction.Passages, cancellationToken);
        var (activities, heldElsewhere) = await new ActivityWriter(db, time).WriteAsync(document, extraction.Activities, cancellationToken);
        Note(notes, extraction.Forecasts.Count - forecasts, "prognosvärden");
        Note(notes, extraction.Figures.Count - figures, "nyckeltal");
        Note(notes, heldElsewhere, "aktiviteter");
        Note(notes, extraction.Passages.Count - passages, "avsnitt");
        await db.SaveChangesAsync(cancellationToken);

        return new ImportResult(name, existing is null ? ImportOutcome.Imported : ImportOutcome.Replaced, document.Id, document.Title,
            activities, forecasts, figures, passages, extraction.Problems, notes);
    }

    private void Describe(KnowledgeDocument document, string name, string hash, ExtractionResult extraction, KnowledgeDocument? match)
    {
        var m = extraction.Metadata;
        document.Title = m.Title ?? match?.Title ?? TitleOf(name);
        document.Organisation = m.Organisation ?? match?.Organisation;
        document.Municipality = m.Municipality ?? match?.Municipality;
        document.Period = m.Period ?? match?.Period ?? m.From.StatedPeriod;
        document.Year = m.Year ?? match?.Year;
        document.Kind = m.Kind != DocumentKind.Other ? m.Kind : match?.Kind ?? DocumentKind.Other;
        document.Author = m.From.Author ?? match?.Author;
        document.CommissionedBy = m.From.CommissionedBy ?? match?.CommissionedBy;
        document.Dated = m.From.Dated ?? match?.Dated;
        // A maker named with a forecast counts only for a document that has one (a table of years, or a stated reach).
        var hasForecast = extraction.Forecasts.Count > 0 || m.From.ForecastUntil is not null;
        document.ForecastBy = (hasForecast ? m.From.ForecastBy : null) ?? match?.ForecastBy;
        document.ForecastUntil = m.From.ForecastUntil ?? match?.ForecastUntil;
        document.SourceFile = name;
        document.ContentHash = hash;
        document.PlanKey = match?.PlanKey ?? KnowledgeKeys.PlanKey(m.Title, m.Organisation, m.Year, hash);
        document.ImportedAt = time.GetUtcNow();
        document.Problems = [.. extraction.Problems];
    }

    private async Task<int> NewForecastsAsync(int documentId, List<int> siblings, List<ForecastValue> extracted, CancellationToken cancellationToken)
    {
        var held = (await db.Forecasts.AsNoTracking().Where(f => siblings.Contains(f.DocumentId)).Select(f => new { f.Measure, f.Group, f.Year }).ToListAsync(cancellationToken))
            .Select(f => Key(f.Measure, f.Group, f.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var f in extracted.Where(f => !held.Contains(Key(f.Measure, f.Group, f.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
        {
            db.Forecasts.Add(new ForecastValue { DocumentId = documentId, Measure = f.Measure, Group = f.Group, Year = f.Year, Value = f.Value, Table = f.Table });
            added++;
        }

        return added;
    }

    private async Task<int> NewFiguresAsync(int documentId, List<int> siblings, List<KeyFigure> extracted, CancellationToken cancellationToken)
    {
        var held = (await db.Figures.AsNoTracking().Where(f => siblings.Contains(f.DocumentId)).Select(f => new { f.Table, f.Row, f.Column }).ToListAsync(cancellationToken))
            .Select(f => Key(f.Table, f.Row, f.Column)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var f in extracted.Where(f => !held.Contains(Key(f.Table, f.Row, f.Column))))
        {
            db.Figures.Add(new KeyFigure { DocumentId = documentId, Table = f.Table, Row = f.Row, Column = f.Column, Year = f.Year, Value = f.Value, Unit = f.Unit, RawText = f.RawText });
            added++;
        }

        return added;
    }

    private async Task<int> NewPassagesAsync(int documentId, List<int> siblings, List<Passage> extracted, CancellationToken cancellationToken)
    {
        var corpus = siblings.Count == 0 ? null : await SamePlan.CorpusAsync(db, siblings, cancellationToken);
        var kept = extracted.Where(p => corpus is null || corpus.Contains(p.Text) < PassageHeldShare).ToList();
        for (var i = 0; i < kept.Count; i++)
        {
            db.Passages.Add(new Passage { DocumentId = documentId, Ordinal = i + 1, HeadingPath = kept[i].HeadingPath, Text = kept[i].Text });
        }

        return kept.Count;
    }

    private static void Note(List<string> notes, int held, string what)
    {
        if (held > 0)
        {
            notes.Add($"{held} {what} fanns redan från en annan utgåva av samma plan och importerades inte igen");
        }
    }

    private static string Key(string a, string b, string c) =>
        $"{KnowledgeKeys.Normalize(a)}|{KnowledgeKeys.Normalize(b)}|{KnowledgeKeys.Normalize(c)}";

    /// <summary>"plan_2024-uppfoljning.docx" → "plan 2024 uppfoljning": the title of a document that names none.</summary>
    private static string TitleOf(string name) => Path.GetFileNameWithoutExtension(name).Replace('_', ' ').Trim();
}
