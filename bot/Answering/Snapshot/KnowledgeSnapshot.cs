using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Understanding;
using Assistant.Bot.Knowledge;

namespace Assistant.Bot.Answering.Snapshot;

/// <summary>
/// One row of a key-figure table with its cells and the folded words of its label and table caption, and of each column
/// ("Börjat", "Slutat", "Totalt", "From dag 60") so a question can name the columns it asks for.
/// </summary>
public sealed record FigureRow(int DocumentId, string Table, string Row, IReadOnlyList<string> RowWords, IReadOnlyList<string> TableWords, IReadOnlyList<KeyFigure> Cells)
{
    public IReadOnlyList<FigureColumn> Columns { get; init; } = [];
}

/// <summary>A column of a key-figure row as written and its folded words.</summary>
public sealed record FigureColumn(string Column, IReadOnlyList<string> Words);

/// <summary>A document with the folded tokens of its title and of its organisation, for questions that name it.</summary>
public sealed record DocumentName(KnowledgeDocument Document, IReadOnlyList<string> TitleTokens, IReadOnlyList<string> OrganisationTokens);

/// <summary>An owner as the documents write it, its normalised key and the folded tokens matched against questions.</summary>
public sealed record OwnerEntry(string Key, string Display, IReadOnlyList<string> Tokens);

/// <summary>
/// Everything the answering engine knows, read once from the database and kept in memory: documents, forecast values,
/// key figures, activities and passages, with search indexes over passages and activities. Immutable; replaced whole
/// when the data changes (see <see cref="IKnowledgeCache"/>).
/// </summary>
public sealed partial class KnowledgeSnapshot
{
    private KnowledgeSnapshot(
        IReadOnlyList<KnowledgeDocument> documents,
        IReadOnlyList<ForecastValue> forecasts,
        IReadOnlyList<KeyFigure> figures,
        IReadOnlyList<PlanActivity> activities,
        IReadOnlyList<Passage> passages,
        IReadOnlyList<StatusChange> changes)
    {
        Documents = documents.ToDictionary(d => d.Id);
        Forecasts = forecasts;
        Figures = figures;
        Activities = activities;
        ActivitiesById = activities.ToDictionary(a => a.Id);
        Passages = passages;
        PassagesById = passages.ToDictionary(p => p.Id);
        Divisions = BuildDivisions(passages);
        // A passage's weaker text: its headings and where its document comes from ("i Örebro").
        PassageIndex = SearchIndex.Build(passages.Select(p => new SearchItem(p.Id, p.Text, $"{p.HeadingPath}\n{Documents.GetValueOrDefault(p.DocumentId)?.Municipality} {Documents.GetValueOrDefault(p.DocumentId)?.Organisation}")));
        PassageTerms = PassageTerms.Build(
            passages, Documents.Values.SelectMany(d => new[] { d.Title, $"{d.Municipality} {d.Organisation}" }), PassageIndex);
        ActivityIndex = SearchIndex.Build(activities.Select(a => new SearchItem(a.Id, a.Title + "\n" + a.Description, a.Goal + "\n" + a.Comment)));
        Owners = BuildOwners(activities);
        OwnerWords = Owners.SelectMany(o => o.Tokens).ToHashSet(StringComparer.Ordinal);
        DocumentNames =
        [
            .. Documents.Values.Select(d => new DocumentName(
                // The municipality is part of the organisation's name: "Örebro" names the Örebro audit ("kommun", which
                // every municipality's name has, is a common word and names none).
                d, TextFold.Tokens(d.Title), string.IsNullOrWhiteSpace(d.Organisation) ? [] : TextFold.Tokens($"{d.Organisation} {d.Municipality}"))),
        ];
        var organisations = DocumentNames.Where(d => !string.IsNullOrWhiteSpace(d.Document.Organisation)).Select(d => d.OrganisationTokens).ToList();
        CommonOrganisationWords = organisations.Count == 0 ? new HashSet<string>(StringComparer.Ordinal)
            : organisations.Skip(1).Aggregate(organisations[0].ToHashSet(StringComparer.Ordinal), (all, o) => { all.IntersectWith(o); return all; });
        ActivityWords = activities.ToDictionary(a => a.Id, a => (IReadOnlyList<string>)new WordList(TextFold.Tokens($"{a.Title} {a.Description} {a.Goal} {a.Comment}")));
        RecentChanges = changes
            .GroupBy(c => c.ActivityId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StatusChange>)[.. g.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(MaxRecentChanges)]);
        ForecastTables = ForecastTable.All(forecasts, Documents);
        FigureRows =
        [
            .. figures.GroupBy(f => (f.DocumentId, f.Table, f.Row)).Select(g => new FigureRow(
                g.Key.DocumentId, g.Key.Table, g.Key.Row, FigureLabelWords(g.Key.Row), FigureLabelWords(g.Key.Table), [.. g])
            {
                Columns = [.. g.Select(c => c.Column).Distinct().Select(c => new FigureColumn(c, ColumnWords(c)))],
            }),
        ];
        FigureWords = FigureRows.SelectMany(r => r.RowWords.Concat(r.TableWords)).ToHashSet(StringComparer.Ordinal);
        FigureAcronyms = FigureRows.SelectMany(r => Acronym().Matches(r.Row).Select(m => TextFold.Fold(m.Value))).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The short names in capitals of key-figure rows ("hme"), folded.</summary>
    public IReadOnlySet<string> FigureAcronyms { get; }

    /// <summary>Key-figure rows, each with its cells in order.</summary>
    public IReadOnlyList<FigureRow> FigureRows { get; }

    /// <summary>The words of every key-figure row's label and table caption (four letters or more).</summary>
    public IReadOnlySet<string> FigureWords { get; }

    /// <summary>One table per document with forecast values, newest document first.</summary>
    public IReadOnlyList<ForecastTable> ForecastTables { get; }

    public IReadOnlyDictionary<int, KnowledgeDocument> Documents { get; }

    public IReadOnlyList<ForecastValue> Forecasts { get; }

    public IReadOnlyList<KeyFigure> Figures { get; }

    public IReadOnlyList<PlanActivity> Activities { get; }

    public IReadOnlyDictionary<int, PlanActivity> ActivitiesById { get; }

    public IReadOnlyList<Passage> Passages { get; }

    public IReadOnlyDictionary<int, Passage> PassagesById { get; }

    /// <summary>
    /// The numbered division each passage stands under, folded ("mal 1" for "Mål 1: Minska beroendet ..."): a document
    /// read without its heading levels has "Mål 1" and then "SKL ska", "Den lokala nivån kan" as headings of their own,
    /// so the division is the last numbered one before the passage in the document's order. Passages before any have none.
    /// </summary>
    public IReadOnlyDictionary<int, string> Divisions { get; }

    public SearchIndex PassageIndex { get; }

    /// <summary>The passages' sentences and the analysed terms of each sentence, heading and text, read once.</summary>
    public PassageTerms PassageTerms { get; }

    public SearchIndex ActivityIndex { get; }

    public IReadOnlyList<OwnerEntry> Owners { get; }

    /// <summary>Every owner's tokens together.</summary>
    public IReadOnlySet<string> OwnerWords { get; }

    /// <summary>The documents in <see cref="Documents"/> order with the folded words of their names, read once.</summary>
    public IReadOnlyList<DocumentName> DocumentNames { get; }

    /// <summary>The words every organisation's name has ("kommun"): they name no document in particular.</summary>
    public IReadOnlySet<string> CommonOrganisationWords { get; }

    /// <summary>Each activity's folded words (title, description, goal, comment), read once for topic and link matching
    /// (a <see cref="WordList"/>, searched by prefix).</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> ActivityWords { get; }

    /// <summary>How many status changes per activity the snapshot keeps (the activity card shows that many).</summary>
    public const int MaxRecentChanges = 10;

    /// <summary>The latest status changes of each activity that has any, newest first.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<StatusChange>> RecentChanges { get; }

    public bool IsEmpty => Documents.Count == 0;

    public static KnowledgeSnapshot Create(
        IEnumerable<KnowledgeDocument> documents,
        IEnumerable<ForecastValue> forecasts,
        IEnumerable<KeyFigure> figures,
        IEnumerable<PlanActivity> activities,
        IEnumerable<Passage> passages,
        IEnumerable<StatusChange>? changes = null) =>
        new([.. documents], [.. forecasts], [.. figures], [.. activities], [.. passages], [.. changes ?? []]);

    /// <summary>The source of a fact: the document's title and organisation, and the year and table when they apply.</summary>
    public SourceRef Source(int documentId, int? year = null, string? table = null)
    {
        var document = Documents.GetValueOrDefault(documentId);
        var imported = document is null || document.ImportedAt == default ? (DateOnly?)null : DateOnly.FromDateTime(document.ImportedAt.UtcDateTime);
        // A document of no nämnd (a national strategy) is named by who published it: "Strategi för …, SKL".
        return new SourceRef(documentId, document?.Title ?? $"#{documentId}", document?.Organisation ?? document?.Author, year ?? document?.Year, table, document?.Period, imported);
    }

    private static List<OwnerEntry> BuildOwners(IEnumerable<PlanActivity> activities)
    {
        var owners = new Dictionary<string, OwnerEntry>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            for (var i = 0; i < activity.Owners.Count; i++)
            {
                var key = i < activity.OwnerKeys.Count ? activity.OwnerKeys[i] : OwnerName.Normalize(activity.Owners[i]);
                if (string.IsNullOrWhiteSpace(key) || owners.ContainsKey(key))
                {
                    continue;
                }

                owners[key] = new OwnerEntry(key, activity.Owners[i].Trim(), OwnerTokens(key));
            }
        }

        return [.. owners.Values];
    }

    private static List<string> Words(string label) => [.. TextFold.Tokens(label).Where(t => t.Length >= 4).Distinct()];

    /// <summary>
    /// A key-figure label's words, with the abbreviation of its tables written out: "Tv-anställda" are
    /// tillsvidareanställda (permanently employed), which is how a question names them.
    /// </summary>
    private static List<string> FigureLabelWords(string label)
    {
        var tokens = TextFold.Tokens(label);
        var words = tokens.Where(t => t.Length >= 4).Distinct().ToList();
        // A short name in capitals is the key figure's own name ("HME", the index of "Hållbart medarbetarengagemang ..., HME").
        foreach (var acronym in Acronym().Matches(label).Select(m => TextFold.Fold(m.Value)).Where(a => !words.Contains(a)))
        {
            words.Add(acronym);
        }

        if (tokens.Contains("tv") && !words.Contains("tillsvidareanstallda"))
        {
            words.Add("tillsvidareanstallda");
        }

        return words;
    }

    /// <summary>
    /// A column's words: as a label's, and its short words too ("From dag 60", "Mål 2018"), since a column is named by few
    /// words; a short one is only named by that very word (see the key-figure answerer).
    /// </summary>
    private static List<string> ColumnWords(string column)
    {
        var words = FigureLabelWords(column);
        words.AddRange(TextFold.Tokens(column).Where(t => t.Length == 3 && !char.IsDigit(t[0]) && !words.Contains(t)).Distinct());
        return words;
    }

    // "avd- hr och kompetensförsörjning" → [hr, kompetensforsorjning]: the words that tell owners apart.
    internal static List<string> OwnerTokens(string key) =>
        [.. TextFold.Tokens(key).Where(t => t is not ("avd" or "och" or "c" or "for" or "av" or "the" or "and"))];

    private static Dictionary<int, string> BuildDivisions(IEnumerable<Passage> passages)
    {
        var result = new Dictionary<int, string>();
        foreach (var document in passages.GroupBy(p => p.DocumentId))
        {
            string? current = null;
            foreach (var passage in document.OrderBy(p => p.Ordinal).ThenBy(p => p.Id))
            {
                foreach (var heading in passage.HeadingPath.Split(" › "))
                {
                    if (DivisionOf(TextFold.Fold(heading).TrimStart()) is { } division)
                    {
                        current = division;
                    }
                }

                if (current is not null)
                {
                    result[passage.Id] = current;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The division a folded heading or question names: "Mål 1", "målet 2", "goal 3", "del 2", "kapitel 4", "chapter 4",
    /// "avsnitt 5", as "mal 1", "del 2", "kapitel 4", "avsnitt 5"; null when it names none.
    /// </summary>
    public static string? DivisionOf(string folded, bool anywhere = false)
    {
        var m = (anywhere ? DivisionAnywhere() : DivisionHeading()).Match(folded);
        if (!m.Success)
        {
            return null;
        }

        var label = m.Groups["label"].Value switch
        {
            "mal" or "malet" or "goal" => "mal",
            "del" or "delen" or "part" => "del",
            "kapitel" or "kapitlet" or "chapter" => "kapitel",
            _ => "avsnitt",
        };
        return $"{label} {int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\d])\p{Lu}{3}(?![\p{L}\d])")]
    private static partial System.Text.RegularExpressions.Regex Acronym();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<label>mal|goal|del|part|kapitel|chapter|avsnitt|section)\s+(?<n>\d{1,2})\b(?!\s*%)")]
    private static partial System.Text.RegularExpressions.Regex DivisionHeading();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<label>mal|malet|goal|del|delen|part|kapitel|kapitlet|chapter|avsnitt|section)\s+(?<n>\d{1,2})\b(?![\s,.]*\d)(?!\s*%)")]
    private static partial System.Text.RegularExpressions.Regex DivisionAnywhere();
}
