using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Answering.Understanding;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Plans;

namespace Assistant.Bot.Answering.Answerers;

public enum Gender
{
    Women,
    Men,
}

/// <summary>
/// A key-figure cell that states the total and the figures of women and men in one text: "74 K:75 M:70", "K:74%",
/// "M:26%". Each part is read only when written with its letter; a text that is anything else is no split.
/// </summary>
public sealed partial record GenderSplit(decimal? Total, decimal? Women, decimal? Men)
{
    /// <param name="row">The row's label: one that names its cells' parts in order, "… Totalt kvinnor män", reads a cell of
    /// three plain numbers ("78 79 74") as the total, women and men.</param>
    public static GenderSplit? Read(string raw, string? row = null)
    {
        static decimal? Number(System.Text.RegularExpressions.Group g) =>
            g.Success && decimal.TryParse(g.Value.Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

        if (row is not null && TotalWomenMen().IsMatch(Understanding.TextFold.Fold(row)) && ThreeNumbers().Match(raw) is { Success: true } three)
        {
            return new GenderSplit(Number(three.Groups[1]), Number(three.Groups[2]), Number(three.Groups[3]));
        }

        var match = Pattern().Match(raw);
        if (!match.Success || !match.Groups["k"].Success && !match.Groups["m"].Success)
        {
            return null;
        }

        var split = new GenderSplit(Number(match.Groups["t"]), Number(match.Groups["k"]), Number(match.Groups["m"]));
        return split.Women is null && split.Men is null ? null : split;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\btotalt,? kvinnor,? (?:och )?man\s*$")]
    private static partial System.Text.RegularExpressions.Regex TotalWomenMen();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(\d+(?:[,.]\d+)?)\s+(\d+(?:[,.]\d+)?)\s+(\d+(?:[,.]\d+)?)\s*$")]
    private static partial System.Text.RegularExpressions.Regex ThreeNumbers();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?<t>\d+(?:[,.]\d+)?)\s*%?\s*)?(?:K\s*:\s*(?<k>\d+(?:[,.]\d+)?)?\s*%?\s*)?(?:M\s*:\s*(?<m>\d+(?:[,.]\d+)?)?\s*%?\s*)?$")]
    private static partial System.Text.RegularExpressions.Regex Pattern();
}

/// <summary>Rows of key-figure tables that a question names, and how strongly.</summary>
/// <param name="OtherColumns">Columns of the rows matched that were left out because the question named none of them and
/// the row has a "Totalt" column (the figure itself, not its parts): named in the answer, without their figures.</param>
/// <param name="ColumnNamed">Whether the rows ranked best were narrowed by a column the question names ("slutade",
/// "started"): with a group, a column of the turnover table names the key figure as well as its label does.</param>
public sealed record KeyFigureMatch(double Score, IReadOnlyList<KeyFigure> Cells, IReadOnlyList<string>? OtherColumns = null, bool ColumnNamed = false);

/// <summary>
/// Key figures (sjukfrånvaro, personalomsättning, ...): the rows whose label (or table caption) the question names, in the
/// years asked. Several rows that match equally are all shown, each labelled; a year the table lacks gets no number.
/// </summary>
public static partial class KeyFigureAnswerer
{
    /// <summary>
    /// "Vad är sjukfrånvaron?", "what is the sick leave?": the key figure's name and nothing else (no year, group, column,
    /// computation or other word). Its tables hold it for several years, groups and documents: which is meant is asked.
    /// </summary>
    public static bool NamesOnly(QuestionUnderstanding q, KeyFigureMatch match)
    {
        if (match.Cells.Count == 0 || !q.Years.IsEmpty || q.Occupations.Count > 0 || q.OtherOccupations.Count > 0 || q.Quarters.Count > 0
            || q.HasAny(Cue.Series, Cue.Largest, Cue.Smallest, Cue.Average, Cue.Sum, Cue.Change, Cue.Share))
        {
            return false;
        }

        var names = match.Cells.SelectMany(c => TextFold.Tokens(TextFold.Fold(c.Table + " " + c.Row))).ToHashSet(StringComparer.Ordinal);
        var words = TextFold.Tokens(Glossary.Apply(q.Folded)).Where(t => t.Length >= 3 && !QueryTerms.Stop.Contains(t) && !RequestWords.Contains(t)).ToList();
        return words.Count is > 0 and <= 2 && words.All(w => names.Any(n => WordMatch.Match(w, n) >= MatchQuality.Inflection));
    }

    // "Kan du ge mig sjukfrånvaron?", "what's the figure for sick leave?", "visa siffran för HME": words that ask for a
    // figure, not which; the key figure is still named alone.
    private static readonly HashSet<string> RequestWords = new(StringComparer.Ordinal)
    {
        "mig", "visa", "whats", "show", "give", "get", "can", "you", "please", "pls", "snalla", "tack",
        "figure", "figures", "number", "numbers", "value", "siffra", "siffran", "siffror", "siffrorna", "sifferuppgift",
    };

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "personal", "antal", "andel", "procent", "totalt", "anstallda", "arbetstiden", "kommunen", "forvaltningen", "utfall",
        "malvarde", "socialforvaltningen", "medarbetare", "kvinnor", "respektive", "som", "for", "och", "med", "per", "inom",
    };

    // The words the key-figure tables use for what a question says in English or in other words: the turnover table's
    // "Börjat" and "Slutat", "tv-anställda" (tillsvidareanställda), "genomsnittligt antal".
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["started"] = "borjat", ["began"] = "borjat", ["joined"] = "borjat", ["borjade"] = "borjat", ["borjar"] = "borjat",
        // Those hired in a year the turnover table has are its "Börjat" (an outcome the forecast's need is not).
        ["hired"] = "borjat", ["hires"] = "borjat", ["anstallde"] = "borjat", ["anstalldes"] = "borjat", ["nyanstallda"] = "borjat",
        ["quit"] = "slutat", ["resigned"] = "slutat", ["leavers"] = "slutat", ["slutade"] = "slutat", ["slutar"] = "slutat",
        ["left"] = "slutat", ["leaving"] = "slutat",
        // "snittantalet", "average number": the table's "Genomsnittligt antal ...".
        ["snittantal"] = "genomsnitt", ["snittantalet"] = "genomsnitt",
        ["tv"] = "tillsvidareanstallda", ["tenured"] = "tillsvidareanstallda",
        // The sick-leave table's "From dag 60" (long-term sick leave) asked in English: "from day 60".
        ["day"] = "dag",
    };

    // Words that name a table's rows or columns only next to a key figure named otherwise: "fast anställda" are
    // tillsvidareanställda in a turnover table, but alone they name an activity ("öka andelen fast anställda usk"); an
    // "average" narrows a table to its "genomsnittligt antal" column, but "average salary" is no key figure.
    private static readonly Dictionary<string, string> Refining = new(StringComparer.Ordinal)
    {
        ["fast"] = "tillsvidareanstallda", ["fastanstallda"] = "tillsvidareanstallda", ["permanent"] = "tillsvidareanstallda",
        ["permanently"] = "tillsvidareanstallda", ["average"] = "genomsnitt",
        // "monthly paid" staff are the turnover table's "Månadsavlönade".
        ["monthly"] = "manadsavlonade", ["manadsanstallda"] = "manadsavlonade",
    };

    public static KeyFigureMatch Match(QuestionUnderstanding q, KnowledgeSnapshot k)
    {
        // "totalt" is generic in a label, but names the "Totalt" column.
        // A group left out ("exklusive chefer") names no row: its words do not count.
        var tokens = q.Excluded.Count == 0 ? q.Tokens : WithoutExcluded(q);
        var words = tokens.Where(t => (t.Length >= 3 || Synonyms.ContainsKey(t)) && (!Generic.Contains(t) || t == "totalt") && !char.IsDigit(t[0]))
            .SelectMany(t => Synonyms.TryGetValue(t, out var written) ? new[] { t, written } : [t]).Distinct().ToList();
        var refining = q.Tokens.Where(Refining.ContainsKey).Select(t => Refining[t]).Distinct().ToList();
        if (words.Count == 0 || k.Figures.Count == 0)
        {
            return new KeyFigureMatch(0, []);
        }

        // An occupation named in other words ("managers") narrows the rows by the group's own words ("chefer").
        var groupWords = q.Occupations.Where(o => !o.IsTotal && !q.Excluded.Contains(o)).SelectMany(o => o.GroupKeywords).ToList();
        var best = 0.0;
        var bestRanked = double.MinValue;
        var rows = new List<KeyFigure>();
        var years = q.Years.All.ToList();
        // The tables' columns repeat from row to row ("Utfall 2013", "Totalt"): each is scored once per question.
        var columnScores = new Dictionary<string, (double Named, double Refined, double Beyond)>(StringComparer.Ordinal);
        List<string>? omitted = null;
        var columnNamed = false;
        foreach (var row in k.FigureRows)
        {
            var score = Score(words, row.RowWords, 2, groupWords) + Score(words, row.TableWords, 1, []);

            if (score <= 0)
            {
                // Most rows: nothing of the row or its table named, so no column is looked at.
                continue;
            }

            // "hur många slutade", "(total)", "average number of ...": the columns named narrow a row named otherwise to those cells.
            // A column named only by a refining word ("monthly" of "Genomsnittligt antal månadsavlönade") yields to one the
            // question names by its own words ("started"): the refining word then names the table, not the column.
            // A column named only by a word its table's caption has too ("Genomsnittligt antal månadsavlönade" of the
            // "Månadsavlönade" table, "tv" of "Tv-anställda") yields to a column named by a word of its own ("började
            // resp. slutade"): that word names the table, not the column.
            List<string>? columns = null;
            var byOwnWords = false;
            var byColumnWords = false;
            foreach (var column in row.Columns)
            {
                var key = row.Table + "\u0001" + column.Column;
                if (!columnScores.TryGetValue(key, out var named))
                {
                    var own = column.Words.Where(w => !row.TableWords.Contains(w)).ToList();
                    named = (ColumnScore(words, column.Words), refining.Count > 0 ? ColumnScore(refining, column.Words) : 0,
                        own.Count == column.Words.Count ? -1 : ColumnScore(words, own));
                    columnScores[key] = named;
                }

                byOwnWords |= named.Named > 0;
                byColumnWords |= named.Named > 0 && named.Beyond != 0;
            }

            foreach (var column in row.Columns)
            {
                var named = columnScores[row.Table + "\u0001" + column.Column];
                var counted = byOwnWords ? (byColumnWords && named.Beyond == 0 ? 0 : named.Named) : named.Refined;
                if (counted > 0)
                {
                    score += counted;
                    (columns ??= []).Add(column.Column);
                }
            }

            if (refining.Count > 0)
            {
                score += Score(refining, row.RowWords, 2, []) + Score(refining, row.TableWords, 1, []);
            }

            // "personalomsättning 2016": a row named as well but without a figure for the years asked (only its target,
            // "Målvärde 2016: Mätas") ranks below one that has them (the 2016 turnover table). The score stays the naming's.
            var ranked = years.Count > 0 && !years.All(y => row.Cells.Any(c => c.Year == y && (c.Value is not null || c.RawText.Any(char.IsDigit)))) ? score - 1.5 : score;
            best = Math.Max(best, score);
            if (ranked < bestRanked)
            {
                continue;
            }

            if (ranked > bestRanked)
            {
                bestRanked = ranked;
                rows.Clear();
                omitted?.Clear();
                columnNamed = false;
            }

            columnNamed |= columns is not null && columns.Count < row.Columns.Count && !columns.All(c => IsTotalColumn(row.Columns.First(rc => rc.Column == c)));

            // "sjukfrånvaro socialsekreterare 2016": no column named, and the row has a "Totalt" column beside its parts
            // ("From dag 60", the long-term share of that sick leave, a percent of something else): the total is the figure
            // asked; the other columns are named in the answer, without their figures.
            if (columns is null && row.Columns.Count > 1 && row.Columns.FirstOrDefault(IsTotalColumn) is { } total)
            {
                rows.AddRange(row.Cells.Where(c => c.Column == total.Column));
                omitted ??= [];
                foreach (var other in row.Columns)
                {
                    if (other.Column != total.Column && !omitted.Contains(other.Column))
                    {
                        omitted.Add(other.Column);
                    }
                }

                continue;
            }

            rows.AddRange(columns is null || columns.Count == row.Columns.Count ? row.Cells : row.Cells.Where(c => columns.Contains(c.Column)));
        }

        return new KeyFigureMatch(best, WithRowsAsked(tokens, k, rows), omitted, columnNamed);
    }

    // "för hela socialförvaltningen", "the whole administration": the row the question names in full, not its parts.
    private static readonly HashSet<string> WholeWords = new(StringComparer.Ordinal) { "hela", "whole", "entire", "overall" };

    // "jämfört med totalt", "compared to overall": the row of everyone beside the part asked.
    private static readonly HashSet<string> CompareWords = new(StringComparer.Ordinal)
    {
        "jamfort", "jamfor", "jamforelse", "jmf", "jfr", "compared", "compare", "comparison", "versus", "vs",
    };

    private static readonly HashSet<string> EveryoneWords = new(StringComparer.Ordinal)
    {
        "hela", "whole", "entire", "overall", "total", "totalt", "totala", "alla", "all", "samtliga", "generellt", "general",
    };

    /// <summary>
    /// The rows shown narrowed or widened by how the question relates them: of several rows, the one named in full after
    /// "hela"/"whole" ("för hela socialförvaltningen": not its managers' and social workers' rows); beside the one row
    /// asked, the row of the same table that differs from it only by another word the question names too ("socialnämnd
    /// väster ..., och för öster?"), and the row of everyone its label extends when the question compares with the whole
    /// ("myndighetsutövning compared to overall": "Personalomsättning tillsvidareanställd personal"). The added rows show
    /// the same columns.
    /// </summary>
    private static List<KeyFigure> WithRowsAsked(IReadOnlyList<string> tokens, KnowledgeSnapshot k, List<KeyFigure> cells)
    {
        var shown = cells.Select(c => (c.DocumentId, c.Table, c.Row)).Distinct().ToList();
        // "nettoökning i socialförvaltningen, börjat minus slutat": two columns computed of the one row named in full; its
        // managers' and social workers' rows are no part of the answer (their figures are not what was asked).
        if (shown.Count > 1 && (tokens.Any(WholeWords.Contains) || AsksColumnDifference(tokens)) && shown.Where(r => NamedInFull(tokens, r.Row)).ToList() is [var full])
        {
            return [.. cells.Where(c => (c.DocumentId, c.Table, c.Row) == full)];
        }

        // "HME totalt för kommunen 2014": of several rows, the one whose label every other extends ("..., HME – Totalt" beside
        // "..., HME-index, förvaltningen totalt" and "..., socialnämnd väster totalt") is the whole asked, when the question
        // says it wants everyone and names none of the words that make the others parts.
        if (shown.Count > 1 && tokens.Any(EveryoneWords.Contains) && GeneralRow(tokens, k, shown) is { } general)
        {
            return [.. cells.Where(c => (c.DocumentId, c.Table, c.Row) == general)];
        }

        if (shown.Count != 1 || k.FigureRows.FirstOrDefault(r => (r.DocumentId, r.Table, r.Row) == shown[0]) is not { } asked)
        {
            return cells;
        }

        bool Named(string word) => tokens.Any(t => WordMatch.Match(t, word) >= MatchQuality.Inflection);
        var askedWords = LabelWords(asked);
        var columns = cells.Select(c => c.Column).ToHashSet(StringComparer.Ordinal);
        // "skillnaden mellan socialsekreterarna och hela förvaltningen" compares the part with the whole too.
        var withWhole = (tokens.Any(CompareWords.Contains) || AsksDifference(tokens)) && tokens.Any(EveryoneWords.Contains);
        List<KeyFigure>? added = null;
        foreach (var other in k.FigureRows)
        {
            if (other.DocumentId != asked.DocumentId || other.Table != asked.Table || other.Row == asked.Row)
            {
                continue;
            }

            var otherWords = LabelWords(other);
            var extra = otherWords.Where(w => !askedWords.Contains(w)).ToList();
            var lacking = askedWords.Where(w => !otherWords.Contains(w)).ToList();
            var sibling = extra.Count > 0 && lacking.Count > 0 && extra.All(Named) && lacking.All(Named);
            var whole = withWhole && extra.Count == 0 && lacking.Count > 0 && otherWords.Count > 0;
            if (sibling || whole)
            {
                (added ??= []).AddRange(other.Cells.Where(c => columns.Contains(c.Column)));
            }
        }

        return added is null ? cells : [.. cells, .. added];
    }

    /// <summary>
    /// The one row of those shown whose label words every other shown row's label has too, and whose others' extra words the
    /// question names none of; null when there is no such single row (two rows of the same label in two tables, or a word of
    /// a part named).
    /// </summary>
    private static (int DocumentId, string Table, string Row)? GeneralRow(IReadOnlyList<string> tokens, KnowledgeSnapshot k, List<(int DocumentId, string Table, string Row)> shown)
    {
        var labels = shown.Select(r => (Key: r, Words: k.FigureRows.FirstOrDefault(f => (f.DocumentId, f.Table, f.Row) == r) is { } row ? LabelWords(row) : null)).ToList();
        if (labels.Any(l => l.Words is null || l.Words.Count == 0))
        {
            return null;
        }

        var general = labels.Where(l => labels.All(o => o.Key == l.Key || l.Words!.IsSubsetOf(o.Words!))).ToList();
        if (general is not [var whole])
        {
            return null;
        }

        bool Named(string word) => tokens.Any(t => WordMatch.Match(t, word) >= MatchQuality.Inflection);
        return labels.Where(l => l.Key != whole.Key).SelectMany(l => l.Words!.Except(whole.Words!)).Any(Named) ? null : whole.Key;
    }

    /// <summary>"börjat minus slutat", "nettoökningen", "net increase": one column of a row less another (see ColumnLine).</summary>
    private static bool AsksColumnDifference(IReadOnlyList<string> tokens) =>
        tokens.Any(w => w == "minus" || w == "net" || w.StartsWith("netto", StringComparison.Ordinal));

    /// <summary>The words of a row's label that tell it apart from another's: no number, no short word (a generic word such
    /// as "socialförvaltningen" counts here: it is the whole row "Socialförvaltningen").</summary>
    private static HashSet<string> LabelWords(FigureRow row) =>
        row.RowWords.Where(w => w.Length >= 3 && !char.IsDigit(w[0]) && !QueryTerms.Stop.Contains(w)).ToHashSet(StringComparer.Ordinal);

    private static List<string> WithoutExcluded(QuestionUnderstanding q)
    {
        var skip = new bool[q.Tokens.Count];
        foreach (var hit in q.Hits.Where(h => h.Entry.Occupation is { } o && q.Excluded.Contains(o)))
        {
            for (var i = hit.Start; i < hit.Start + hit.Length && i < skip.Length; i++)
            {
                skip[i] = true;
            }
        }

        return [.. q.Tokens.Where((_, i) => !skip[i])];
    }

    private static bool IsTotalColumn(FigureColumn column) => column.Words is ["totalt"] or ["total"];

    /// <summary>Whether the matched rows hold a cell for each of these years.</summary>
    public static bool HasYears(KeyFigureMatch match, IEnumerable<int> years) =>
        years.All(y => match.Cells.Any(c => c.Year == y));

    public static Answer Answer(QuestionUnderstanding q, KnowledgeSnapshot k, KeyFigureMatch match)
    {
        var years = q.Years.All.ToHashSet();
        var cells = years.Count == 0 ? match.Cells : match.Cells.Where(c => c.Year is int y && years.Contains(y)).ToList();
        if (cells.Count == 0)
        {
            var available = match.Cells.Where(c => c.Year is not null).Select(c => c.Year!.Value).Distinct().Order().ToList();
            var sources = match.Cells.Select(c => k.Source(c.DocumentId, null, c.Table)).Distinct().ToList();
            var label = match.Cells[0].Row;
            var text = q.Say(
                $"{label} finns inte för {string.Join(", ", years.Order())}." + (available.Count > 0 ? $" Tabellen har åren {string.Join(", ", available)}." : string.Empty),
                $"{label} is not given for {string.Join(", ", years.Order())}." + (available.Count > 0 ? $" The table has the years {string.Join(", ", available)}." : string.Empty));
            return new Answer(SourceText.WithSources(q, text, sources), q.Language, AnswerKind.NotFound, sources)
            {
                Suggestions = [.. available.Select(y => $"{label} {y}")],
            };
        }

        // A target in words for a year asked ("Målvärde 2016: Mätas", "Nivå") is no figure: left out when figures for the
        // years asked are there.
        if (years.Count > 0 && cells.Any(c => c.Value is not null) && cells.Any(c => c.Value is null && !c.RawText.Any(char.IsDigit)))
        {
            cells = [.. cells.Where(c => c.Value is not null || c.RawText.Any(char.IsDigit))];
        }

        var gender = AskedGender(q);
        // The same row in two tables ("Socialförvaltningen" of the tv-anställda and of the månadsavlönade): each named with its table.
        var rowGroups = cells.GroupBy(c => (c.DocumentId, c.Table, c.Row)).ToList();
        var repeated = rowGroups.GroupBy(g => g.Key.Row).Where(r => r.Count() > 1).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var blocks = rowGroups
            .Take(8)
            .Select(g => $"**{g.Key.Row.Trim().TrimEnd(',')}{(repeated.Contains(g.Key.Row) ? " (" + g.Key.Table.Trim() + ")" : string.Empty)}**\n" + string.Join('\n', g.Select(c => $"- {c.Column}: {Value(q, c, gender)}")))
            .ToList();
        if (match.OtherColumns is { Count: > 0 } others)
        {
            var named = string.Join(", ", others.Select(c => $"\"{c.Trim()}\""));
            blocks.Add(q.Say(
                $"Tabellen har också {(others.Count == 1 ? "kolumnen" : "kolumnerna")} {named}; fråga efter {(others.Count == 1 ? "den" : "dem")} om du menar {(others.Count == 1 ? "den" : "dem")}.",
                $"The table also has the {(others.Count == 1 ? "column" : "columns")} {named}; ask for {(others.Count == 1 ? "it" : "them")} if that is what you mean."));
        }

        if (ChangeLine(q, cells, rowGroups.Count) is { } change)
        {
            blocks.Add(change);
        }

        if (ColumnLine(q, k, [.. rowGroups.Select(g => (g.Key.Row, (IReadOnlyList<KeyFigure>)[.. g]))]) is { } computed)
        {
            blocks.Add(computed);
        }

        if (RowDifferenceLine(q, rowGroups.Select(g => (IReadOnlyList<KeyFigure>)[.. g]).ToList()) is { } rowDifference)
        {
            blocks.Add(rowDifference);
        }

        // "sjukfrånvaro 2016 exklusive chefer": a key figure is not computed without a group (a percent of a whole is no
        // sum of its parts); say so, and show what the table has.
        if (q.Excluded.Count > 0)
        {
            blocks.Insert(0, q.Say(
                "Tabellen har inga siffror med den gruppen utelämnad, och jag räknar inte om nyckeltal utan en grupp. Det här har tabellen:",
                $"The table has no figures excluding {string.Join(" and ", q.Excluded.Select(o => o.English))}, and I do not recompute key figures without a group. This is what the table has:"));
        }

        var refs = cells.Select(c => k.Source(c.DocumentId, years.Count == 1 ? years.First() : null, c.Table)).Distinct().ToList();
        var series = SeriesOf(q, cells);
        return new Answer(SourceText.WithSources(q, string.Join("\n\n", blocks), refs), q.Language, series is null ? AnswerKind.Figure : AnswerKind.Series, refs)
        {
            Series = series,
        };
    }

    /// <summary>
    /// A change asked of one row between two years ("hur mycket ändrades sjukfrånvaron från 2014 till 2015"): the later
    /// value minus the earlier, in percentage points when the figures are percents. Only for exactly two dated values.
    /// </summary>
    private static string? ChangeLine(QuestionUnderstanding q, IReadOnlyList<KeyFigure> cells, int rows)
    {
        if (!q.Has(Cue.Change) || rows != 1)
        {
            return null;
        }

        var dated = cells.Where(c => c.Value is not null && c.Year is not null).OrderBy(c => c.Year).ToList();
        // "from 2013 to 2015": a range's change is between its ends, the years inside shown but not part of it.
        if (q.Years.IsRange && dated.Count > 2)
        {
            dated = [.. dated.Where(c => c.Year == q.Years.From || c.Year == q.Years.To)];
        }

        if (dated.Count != 2 || dated[0].Year == dated[1].Year)
        {
            return null;
        }

        var percent = dated.All(c => c.Unit?.Trim() == "%" || c.Unit is null && c.RawText.Contains('%', StringComparison.Ordinal));
        var unit = percent ? q.Say(" procentenheter", " percentage points") : string.Empty;
        var difference = SwedishFormat.Signed(dated[1].Value!.Value - dated[0].Value!.Value);
        return q.Say(
            $"Förändring {SwedishFormat.Years(dated[0].Year!.Value, dated[1].Year!.Value)}: **{difference}{unit}**",
            $"Change {SwedishFormat.Years(dated[0].Year!.Value, dated[1].Year!.Value)}: **{difference}{unit}**");
    }

    /// <summary>A difference asked in words: "skillnad(en)", "differens", "procentenheter", "difference", "diff", "gap", "glapp(et)",
    /// "percentage points".</summary>
    private static bool AsksDifference(IReadOnlyList<string> t) =>
        t.Any(w => w.StartsWith("skillnad", StringComparison.Ordinal) || w.StartsWith("procentenhet", StringComparison.Ordinal)
            || w.StartsWith("glapp", StringComparison.Ordinal) || w is "differens" or "difference" or "diff" or "gap")
        || t.Select((w, i) => (w, i)).Any(x => x.w == "percentage" && x.i + 1 < t.Count && t[x.i + 1] is "point" or "points");

    /// <summary>
    /// Two rows of one table compared and their difference asked ("sjukfrånvaro för chefer jämfört med hela förvaltningen
    /// 2016, skillnad i procentenheter?"): the larger less the smaller, in percentage points when the figures are percents,
    /// with both figures. Only when exactly two rows are shown, each with one figure of the same column and year.
    /// </summary>
    private static string? RowDifferenceLine(QuestionUnderstanding q, IReadOnlyList<IReadOnlyList<KeyFigure>> rows)
    {
        if (rows.Count != 2 || !AsksDifference(TextFold.Tokens(q.Folded)) || rows.Any(r => r.Count(c => c.Value is not null) != 1))
        {
            return null;
        }

        var (a, b) = (rows[0].First(c => c.Value is not null), rows[1].First(c => c.Value is not null));
        if (a.Column != b.Column || a.Year != b.Year || a.Table != b.Table || a.DocumentId != b.DocumentId)
        {
            return null;
        }

        var (high, low) = a.Value >= b.Value ? (a, b) : (b, a);
        var percent = IsPercent(a) && IsPercent(b);
        var unit = percent ? q.Say(" procentenheter", " percentage points") : string.Empty;
        var difference = SwedishFormat.Number(high.Value!.Value - low.Value!.Value);
        return q.Say(
            $"Skillnad ({high.Row.Trim().TrimEnd(',')} − {low.Row.Trim().TrimEnd(',')}): {Value(high)} − {Value(low)} = **{difference}{unit}**",
            $"Difference ({high.Row.Trim().TrimEnd(',')} − {low.Row.Trim().TrimEnd(',')}): {Value(high)} − {Value(low)} = **{difference}{unit}**");
    }

    /// <summary>
    /// Two columns of one row computed together, as asked: "började minus slutade", "nettoökningen" (those who started less
    /// those who left), or one column as a share of the other ("andelen som slutade i förhållande till snittantalet",
    /// "leavers as a share of the average number"): the part over the column that counts the whole (an average or a
    /// total). Only for one row (the one the question names in full when several are shown) in one period, with both
    /// figures; otherwise nothing is computed.
    /// </summary>
    private static string? ColumnLine(QuestionUnderstanding q, KnowledgeSnapshot k, IReadOnlyList<(string Row, IReadOnlyList<KeyFigure> Cells)> rows)
    {
        var t = q.Tokens;
        var minus = t.ToList().IndexOf("minus");
        // "hur många fler började än slutade?", "how many more started than left?": the column before "än"/"than" less the
        // one after it, when a comparative stands before them.
        var than = q.English ? t.ToList().IndexOf("than") : t.ToList().IndexOf("an");
        if (minus < 0 && than > 1 && t.Take(than).Any(w => w is "fler" or "farre" or "more" or "fewer" or "mer"))
        {
            minus = than;
        }

        var net = t.Any(w => w.StartsWith("netto", StringComparison.Ordinal) || w is "net");
        var share = q.HasAny(Cue.Share, Cue.Percent) || t.Any(w => w is "forhallande" or "relation" or "relative" or "proportion");
        if (minus < 0 && !net && !share || rows.Count == 0)
        {
            return null;
        }

        var row = rows.Count == 1 ? rows[0] : rows.Where(r => NamedInFull(t, r.Row)).ToList() is [var only] ? only : default;
        if (row.Cells is null)
        {
            return null;
        }

        // The row's every column in the period shown ("nettoökningen" names no column, the columns shown may be narrowed).
        var shown = row.Cells[0];
        var year = row.Cells.Select(c => c.Year).Distinct().ToList();
        var whole = k.FigureRows.FirstOrDefault(r => r.DocumentId == shown.DocumentId && r.Table == shown.Table && r.Row == shown.Row);
        var cells = (whole?.Cells ?? row.Cells).Where(c => c.Value is not null && year.Count == 1 && c.Year == year[0]).ToList();
        if (cells.Count < 2 || cells.Select(c => c.Column).Distinct().Count() != cells.Count)
        {
            return null;
        }

        KeyFigure? Named(IEnumerable<string> tokens) => cells.FirstOrDefault(c => tokens.Any(w => NamesColumn(w, c.Column)));
        KeyFigure? WithWord(string word) => cells.FirstOrDefault(c => TextFold.Tokens(c.Column).Contains(word));
        string Number(KeyFigure c) => SwedishFormat.Number(c.Value!.Value);
        // "X minus Y": the columns named on either side; "netto" alone: those who started less those who left.
        var (first, second) = minus > 0 ? (Named(t.Take(minus).Reverse().Take(2)), Named(t.Skip(minus + 1).Take(2)))
            : net ? (WithWord("borjat"), WithWord("slutat")) : (null, null);
        if (first is not null && second is not null && first != second)
        {
            var result = SwedishFormat.Signed(first.Value!.Value - second.Value!.Value);
            return q.Say(
                $"{(net ? "Nettoökning" : "Skillnad")} ({first.Column.Trim()} − {second.Column.Trim()}): {Number(first)} − {Number(second)} = **{result}**",
                $"{(net ? "Net increase" : "Difference")} ({first.Column.Trim()} − {second.Column.Trim()}): {Number(first)} − {Number(second)} = **{result}**");
        }

        if (!share || minus >= 0)
        {
            return null;
        }

        // The whole counts everyone (an average number or a total); the part is the one other column the question names.
        var wholes = cells.Where(c => TextFold.Tokens(c.Column) is var w && (w.Contains("genomsnittligt") || w.Contains("antal") || w.Contains("totalt"))).ToList();
        var parts = cells.Where(c => !wholes.Contains(c) && t.Any(w => NamesColumn(w, c.Column))).ToList();
        // Only counts make a share: a column that is itself a percent ("From dag 60", the long-term part of a sick leave in %
        // of working time) is no part of another, and a part larger than its whole is none either.
        if (wholes.Count != 1 || parts.Count != 1 || wholes[0].Value is not > 0 || parts[0].Value > wholes[0].Value
            || new[] { parts[0], wholes[0] }.Any(IsPercent))
        {
            return null;
        }

        var percent = SwedishFormat.Percent(parts[0].Value!.Value / wholes[0].Value!.Value * 100m);
        return q.Say(
            $"{parts[0].Column.Trim()} i förhållande till {wholes[0].Column.Trim()}: {Number(parts[0])} / {Number(wholes[0])} = **{percent}**",
            $"{parts[0].Column.Trim()} relative to {wholes[0].Column.Trim()}: {Number(parts[0])} / {Number(wholes[0])} = **{percent}**");
    }

    /// <summary>Whether a cell is a percent: its unit or text, or its table's or row's caption ("Sjukfrånvaro i % av arbetstiden").</summary>
    private static bool IsPercent(KeyFigure c) =>
        c.Unit?.Trim() == "%" || c.RawText.Contains('%', StringComparison.Ordinal) || c.Table.Contains('%', StringComparison.Ordinal)
        || c.Row.Contains('%', StringComparison.Ordinal) || TextFold.Tokens(c.Table + " " + c.Row).Any(w => w is "procent" or "andel");

    /// <summary>Whether a question word names a column by one of its own words (or a synonym: "slutade" → "Slutat").</summary>
    private static bool NamesColumn(string token, string column)
    {
        var word = Synonyms.GetValueOrDefault(token, token);
        return word.Length >= 3 && !Generic.Contains(word) && TextFold.Tokens(column).Any(c => c.Length >= 3 && !Generic.Contains(c)
            && (WordMatch.Match(word, c) >= MatchQuality.Inflection || word.Length >= 6 && c.StartsWith(word, StringComparison.Ordinal)));
    }

    /// <summary>Whether every word of a row's label (four letters or more) is in the question: "i socialförvaltningen" names
    /// the row "Socialförvaltningen" in full, not "Socialförvaltningen chefer".</summary>
    private static bool NamedInFull(IReadOnlyList<string> tokens, string row) =>
        TextFold.Tokens(row).Where(w => w.Length >= 4 && !char.IsDigit(w[0])).ToList() is { Count: > 0 } words
        && words.All(w => tokens.Any(t => WordMatch.Match(t, w) >= MatchQuality.Inflection));

    private static string Value(KeyFigure cell) => cell.Value is null
        ? cell.RawText.Trim()
        : SwedishFormat.WithUnit(cell.Value.Value, cell.Unit ?? (cell.RawText.Contains('%', StringComparison.Ordinal) ? "%" : null));

    /// <summary>
    /// A cell's figure; a cell that holds the total and the figures of women and men in one text ("74 K:75 M:70") is read
    /// into its parts: the part of the gender asked, else each part named. A gender asked of a cell with one plain figure
    /// in a row that is not of that gender alone is no figure of that gender: said, with the figure as the total.
    /// </summary>
    private static string Value(QuestionUnderstanding q, KeyFigure cell, Gender? gender)
    {
        var split = GenderSplit.Read(cell.RawText, cell.Row);
        if (split is null)
        {
            // "sjukfrånvaro för kvinnor 2015": the row is of everyone (or of both genders together), so its figure is no
            // figure of the gender asked. A row of that gender alone ("Andel anställda kvinnor") is.
            if (gender is null || cell.Value is null || NamesOnly(cell.Row, gender.Value))
            {
                return Value(cell);
            }

            return q.Say($"{Value(cell)} totalt (inte uppdelat på kvinnor och män)", $"{Value(cell)} in total (not split by women and men)");
        }

        var unit = cell.Unit ?? (cell.RawText.Contains('%', StringComparison.Ordinal) ? "%" : null);
        string Format(decimal value) => SwedishFormat.WithUnit(value, unit);
        var women = split.Women is decimal w ? q.Say($"kvinnor {Format(w)}", $"women {Format(w)}") : null;
        var men = split.Men is decimal m ? q.Say($"män {Format(m)}", $"men {Format(m)}") : null;
        if (gender is not null)
        {
            var part = gender == Gender.Women ? split.Women : split.Men;
            var label = gender == Gender.Women ? q.Say("kvinnor", "women") : q.Say("män", "men");
            return part is decimal value
                ? $"**{Format(value)}** ({label})"
                : q.Say($"ingen siffra för {label} (cellen: {cell.RawText.Trim()})", $"no figure for {label} (the cell: {cell.RawText.Trim()})");
        }

        var parts = string.Join(", ", new[] { women, men }.Where(p => p is not null));
        return split.Total is decimal total
            ? $"{Format(total)}" + (parts.Length > 0 ? $" ({parts})" : string.Empty)
            : parts.Length > 0 ? parts : cell.RawText.Trim();
    }

    private static bool NamesOnly(string row, Gender gender)
    {
        var tokens = TextFold.Tokens(row);
        var women = tokens.Any(t => t is "kvinnor" or "kvinna" or "kvinnliga" or "women" or "female");
        var men = tokens.Any(t => t is "man" or "mannen" or "manliga" or "men" or "male");
        return gender == Gender.Women ? women && !men : men && !women;
    }

    /// <summary>
    /// The gender a question asks about: "kvinnor", "women", "female"; "män" (as written: folded it is the pronoun "man"),
    /// "men" and "male" in English. Both or neither: none.
    /// </summary>
    public static Gender? AskedGender(QuestionUnderstanding q)
    {
        var women = q.Tokens.Any(t => t is "kvinnor" or "kvinnorna" or "kvinna" or "kvinnliga" or "kvinnlig" or "women" or "woman" or "female" or "females");
        var men = GenderWords().Matches(q.Text).Any(m => m.Value.ToLowerInvariant() switch
        {
            "män" or "männen" or "manliga" or "manlig" => true,
            "men" or "male" or "males" => q.English,
            _ => false,
        });
        return women == men ? null : women ? Gender.Women : Gender.Men;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}])(män|männen|manliga|manlig|men|male|males)(?![\p{L}])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex GenderWords();

    private static Series? SeriesOf(QuestionUnderstanding q, IReadOnlyList<KeyFigure> cells)
    {
        var rows = cells.GroupBy(c => (c.DocumentId, c.Table, c.Row)).ToList();
        if (rows.Count != 1 || q.Years.Years.Count == 1)
        {
            return null;
        }

        // A series runs over years: two columns of one period ("Totalt", "From dag 60" in 2016) are two figures, not a series.
        var dated = rows[0].Where(c => c.Value is not null && c.Year is not null).ToList();
        var points = dated.Select(c => new SeriesPoint(c.Column, c.Value!.Value)).ToList();
        return points.Count >= 2 && dated.Select(c => c.Year).Distinct().Count() == dated.Count ? new Series(rows[0].Key.Row, rows[0].First().Unit, points) : null;
    }

    private static double Score(IReadOnlyList<string> words, IReadOnlyList<string> labelWords, double weight, List<string> groupWords)
    {
        var score = 0.0;
        foreach (var word in labelWords)
        {
            if (Generic.Contains(word))
            {
                continue;
            }

            if (AnyMatches(words, word) || IsGroupWord(groupWords, word))
            {
                score += word.Length >= 6 ? weight : weight / 2;
            }
        }

        return score;
    }

    /// <summary>A column named by the question's words: "Totalt" counts here (a column of its own, not a generic word of a label).</summary>
    private static double ColumnScore(IReadOnlyList<string> words, IReadOnlyList<string> columnWords)
    {
        var score = 0.0;
        foreach (var word in columnWords)
        {
            // A short word of a column ("dag" of "From dag 60") is named only by itself: no typo or prefix of it counts.
            if ((!Generic.Contains(word) || word == "totalt") && !QueryTerms.Stop.Contains(word) && !char.IsDigit(word[0])
                && (word.Length >= 4 ? AnyMatches(words, word) : Contains(words, word)))
            {
                score += word.Length >= 6 ? 1 : 0.5;
            }
        }

        return score;
    }

    private static bool IsGroupWord(List<string> groupWords, string labelWord)
    {
        foreach (var g in groupWords)
        {
            if (WordMatch.Match(labelWord, g) >= MatchQuality.Inflection)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<string> words, string word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == word)
            {
                return true;
            }
        }

        return false;
    }

    // A loop, not words.Any(lambda): this runs for every word of every key-figure row on every question.
    private static bool AnyMatches(IReadOnlyList<string> words, string labelWord)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (WordMatch.Match(w, labelWord) >= MatchQuality.Typo || (w.Length >= 6 && labelWord.StartsWith(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
