using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Bot.Knowledge.Reading;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// Who wrote a document, on whose behalf, when it is dated, which period it says it covers, and who made its forecast
/// and how far the forecast reaches: read from the words a document uses to say so, never from known names.
/// <list type="bullet">
/// <item>Author: "Författare:", "utförd/skriven/framtagen av X"; else a firm's name alone on a line (a company form such
/// as "AB") in the title block or the signature at the end; else the organisation the text speaks as ("SKL ska …",
/// "SKL kommer att …"), when it does so again and again.</item>
/// <item>Commissioned by: "på uppdrag av X", "vi har av X fått i uppdrag".</item>
/// <item>Dated: "Datum: …", or a line that is only a date (after an optional place name: "Örebro 2017-02-23",
/// "10 januari 2017"), next to the author's name first, then near the start, then near the end.</item>
/// <item>Stated period: "för perioden 2019–2021", "strategin gäller 2019–2021", "2019 ses som startår och 2021 som
/// slutår", "2019 blir det första året … avslutas vid utgången av år 2021".</item>
/// <item>Forecast: "X's personalframskrivningsanalys", "prognosen är gjord av X"; "prognosen sträcker sig fram till år 2027".</item>
/// </list>
/// </summary>
public static partial class ProvenanceReader
{
    private const int HeadLines = 120;
    private const int TailLines = 40;

    /// <summary>What the text of <paramref name="document"/> says about where it comes from.</summary>
    public static Provenance Read(ReadDocument document)
    {
        var lines = Lines(document.Blocks).ToList();
        var text = string.Join('\n', lines);
        var (author, authorLine) = Author(lines, text);
        return new Provenance(
            author,
            CommissionedBy(text, TitleBlockEnd(lines)),
            Dated(lines, authorLine),
            StatedPeriod(text),
            ForecastBy(text),
            ForecastUntil(text));
    }

    /// <summary>Where the title block ends: the first long line (prose), at most 40 lines in.</summary>
    private static int TitleBlockEnd(List<string> lines)
    {
        var end = 0;
        foreach (var line in lines.Take(40))
        {
            if (line.Length > 150)
            {
                break;
            }

            end += line.Length + 1;
        }

        return end;
    }

    private static (string? Name, int Line) Author(List<string> lines, string text)
    {
        if (AuthorWords().Match(text) is { Success: true } said && Name(said.Groups["name"].Value) is { } named)
        {
            return (named, LineOf(lines, said.Index, text));
        }

        foreach (var i in HeadAndTail(lines.Count))
        {
            if (IsFirmLine(lines[i]))
            {
                return (lines[i].Trim(), i);
            }

            // A title block a reader joined into one line: "Anna Berg Nordrevision AB 3 mars 2022".
            if (lines[i].Length <= 100 && !lines[i].EndsWith('.') && FirmInLine().Match(lines[i]) is { Success: true } firm)
            {
                return (firm.Value, i);
            }
        }

        return (SpeakingOrganisation(text), -1);
    }

    /// <summary>A short line that is a firm's name and nothing more: "KPMG AB", "Exempel Analys AB".</summary>
    private static bool IsFirmLine(string line) =>
        line.Length <= 50 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && char.IsUpper(line[0]) && FirmLine().IsMatch(line);

    /// <summary>The acronym the text speaks as: "SKL ska …", "SKL kommer att …" at least three times, more than any other.</summary>
    private static string? SpeakingOrganisation(string text)
    {
        var counts = SpeakingAs().Matches(text)
            .GroupBy(m => m.Groups["name"].Value, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Count: g.Count()))
            .OrderByDescending(x => x.Count)
            .ToList();
        if (counts.Count == 0 || counts[0].Count < 3 || (counts.Count > 1 && counts[1].Count * 2 > counts[0].Count) || Roles.Contains(counts[0].Name))
        {
            return null;
        }

        // The speaker introduces itself at the start ("SKL ska bidra till …" in the first paragraph), not only in passing.
        var opening = text[..Math.Min(text.Length, 1500)];
        return Regex.IsMatch(opening, $@"(?<![\p{{L}}]){Regex.Escape(counts[0].Name)}(?![\p{{L}}])") ? counts[0].Name : null;
    }

    // Functions that act in a plan's prose ("HR ska …") without being its author.
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal) { "HR", "IT", "VD", "HSL", "LSS", "SOL" };

    /// <summary>
    /// "Vi har av X fått i uppdrag" (the writers speak), or "på uppdrag av X" in the title block or in a sentence about the
    /// work itself ("Granskningen är utförd på uppdrag av X"), not a group's mandate somewhere in the text.
    /// </summary>
    private static string? CommissionedBy(string text, int titleBlockEnd) =>
        Commission().Matches(text)
            .Where(m => m.Value.StartsWith("vi", StringComparison.OrdinalIgnoreCase) || m.Index < titleBlockEnd || AboutTheWork().IsMatch(SentenceBefore(text, m.Index)))
            .Select(m => Name(m.Groups["name"].Value))
            .FirstOrDefault(n => n is not null);

    private static string SentenceBefore(string text, int index)
    {
        var start = text.LastIndexOfAny(['.', '\n', '!', '?'], Math.Max(0, index - 1)) + 1;
        return text[start..index];
    }

    private static DateOnly? Dated(List<string> lines, int authorLine)
    {
        foreach (var i in HeadAndTail(lines.Count))
        {
            if (DateWord().Match(lines[i]) is { Success: true } said && ParseDate(said.Groups["date"].Value) is { } labelled)
            {
                return labelled;
            }
        }

        if (authorLine >= 0)
        {
            for (var i = Math.Max(0, authorLine - 3); i <= Math.Min(lines.Count - 1, authorLine + 3); i++)
            {
                if ((DateLine(lines[i]) ?? DateEndingShortLine(lines[i])) is { } near)
                {
                    return near;
                }
            }
        }

        return HeadAndTail(lines.Count).Select(i => DateLine(lines[i])).FirstOrDefault(d => d is not null);
    }

    /// <summary>A line that is a date, after an optional place: "10 januari 2017", "Örebro 2017-02-23", "Linköping den 3 mars 2021".</summary>
    private static DateOnly? DateLine(string line) =>
        line.Length <= 40 && DateOnlyLine().Match(line) is { Success: true } m ? ParseDate(m.Groups["date"].Value) : null;

    private static DateOnly? DateEndingShortLine(string line) =>
        line.Length <= 100 && DateAtEnd().Match(line) is { Success: true } end ? ParseDate(end.Value) : null;

    private static DateOnly? ParseDate(string text)
    {
        if (IsoDate().Match(text) is { Success: true } iso
            && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        if (WrittenDate().Match(text) is { Success: true } w)
        {
            var month = Array.IndexOf(Months, w.Groups["month"].Value.ToLowerInvariant()) + 1;
            var day = int.Parse(w.Groups["day"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(w.Groups["year"].Value, CultureInfo.InvariantCulture);
            return month > 0 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }

        return null;
    }

    private static readonly string[] Months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>"2019–2021": the period the document says it covers, first in the words that state it outright.</summary>
    private static string? StatedPeriod(string text)
    {
        if (StartYear().Match(text) is { Success: true } start)
        {
            var rest = text.Substring(start.Index, Math.Min(400, text.Length - start.Index));
            if (EndYear().Match(rest) is { Success: true } end && Year(end) > Year(start))
            {
                return $"{Year(start)}–{Year(end)}";
            }
        }

        if (StatedRange().Match(text) is { Success: true } range && int.Parse(range.Groups["to"].Value, CultureInfo.InvariantCulture) > Year(range))
        {
            return $"{Year(range)}–{range.Groups["to"].Value}";
        }

        // "Uppdraget ingår i revisionsplanen för år 2016": an audit is of the year whose audit plan it belongs to (its
        // report is often dated the year after).
        return AuditPlanYear().Match(text) is { Success: true } audit ? audit.Groups["year"].Value : null;
    }

    private static int Year(Match m) => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);

    /// <summary>
    /// The maker the text says made the forecast ("prognosen är gjord av X"), else the one named most often with a forecast,
    /// analysis or projection ("PwC's personalframskrivningsanalys").
    /// </summary>
    private static string? ForecastBy(string text)
    {
        if (ForecastMadeBy().Matches(text).Select(m => Name(m.Groups["name"].Value)).FirstOrDefault(n => n is not null) is { } said)
        {
            return said;
        }

        var names = ForecastOwner().Matches(text).Where(m => IsProperName(text, m)).Select(m => m.Groups["name"].Value)
            .Where(n => !NotAMaker.Contains(n))
            .GroupBy(n => n, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        return names?.Key;
    }

    /// <summary>
    /// "PwC's", "SKLs", or a capitalised word inside a sentence ("enligt Arbetsförmedlingens prognos"): a name. A capital
    /// at the start of a sentence ("Nämndens prognos") says nothing.
    /// </summary>
    private static bool IsProperName(string text, Match m)
    {
        var name = m.Groups["name"].Value;
        if (name.Count(char.IsUpper) >= 2 || m.Value.AsSpan(name.Length).IndexOfAny("'’´:") == 0)
        {
            return true;
        }

        var before = text[..m.Index].TrimEnd(' ', '\t');
        return before.Length > 0 && (char.IsLetter(before[^1]) || before[^1] == ',');
    }

    private static readonly HashSet<string> NotAMaker = new(StringComparer.OrdinalIgnoreCase)
    {
        "Den", "Denna", "Vår", "Er", "Deras", "Nämndens", "Förvaltningens", "Kommunens", "Årets", "Fjolårets", "Tidigare", "Egen", "Ny", "Nya",
    };

    private static int? ForecastUntil(string text) =>
        ForecastReach().Match(text) is { Success: true } m ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>A name as the text writes it, without trailing punctuation; null when it is not a name (lower case, too long).</summary>
    private static string? Name(string raw)
    {
        var name = raw.Trim().TrimEnd('.', ',', ';', ':');
        return name.Length is >= 2 and <= 80 && char.IsUpper(name[0]) ? name : null;
    }

    private static int LineOf(List<string> lines, int index, string text) =>
        text[..index].Count(c => c == '\n') is var n && n < lines.Count ? n : -1;

    /// <summary>The first lines from the top, then the last lines from the bottom up: where a title block and a signature stand.</summary>
    private static IEnumerable<int> HeadAndTail(int count)
    {
        var head = Math.Min(HeadLines, count);
        var tailStart = Math.Max(head, count - TailLines);
        return Enumerable.Range(0, head).Concat(Enumerable.Range(tailStart, count - tailStart).Reverse());
    }

    /// <summary>The document's running text, one line each, without Markdown emphasis; tables are left out.</summary>
    private static IEnumerable<string> Lines(IEnumerable<DocumentBlock> blocks)
    {
        foreach (var block in blocks)
        {
            var text = block switch
            {
                HeadingBlock h => h.Text,
                ParagraphBlock p => p.Text,
                _ => string.Empty,
            };
            foreach (var line in text.Split('\n').Select(l => HtmlText.Clean(l.Replace("*", string.Empty, StringComparison.Ordinal))).Where(l => l.Length > 0))
            {
                yield return line;
            }
        }
    }

    // "KPMG AB", "Stadsrevisionen i Örebro kommun", "Vård- och omsorgsnämnden": capitalised words, joined by i/och/för,
    // a lower-case kommun/region after them, a lower-case word after "X- och".
    private const string NamePattern = @"\p{Lu}[\p{L}\d&\-]*(?:(?:\s+(?:i|och|för|&)\s+|\s+)\p{Lu}[\p{L}\d&\-]*|(?<=-)\s+(?:och|eller)\s+\p{Ll}[\p{L}\-]*|\s+(?:kommun|region|regionen|stad|län|landsting|AB))*";

    [GeneratedRegex(@"\b(?:[Ff]örfattare|[Uu]tförd\s+av|[Uu]tförare|[Ss]kriven\s+av|[Ff]ramtagen\s+av|[Uu]pprättad\s+av|[Rr]apporten\s+är\s+(?:skriven|utförd|framtagen|upprättad)\s+av)\s*:?\s*(?<name>" + NamePattern + ")")]
    private static partial Regex AuthorWords();

    [GeneratedRegex(@"\b(?:AB|Aktiebolag|HB|KB|Ltd|LLP|Inc|GmbH|Oy|AS|A/S)\.?$")]
    private static partial Regex FirmLine();

    [GeneratedRegex(@"(?:\p{Lu}[\p{L}\-]*\s+&\s+)?\p{Lu}[\p{L}\-]*\s+(?:AB|Aktiebolag|HB|KB|Ltd|LLP|Inc|GmbH|Oy)\b")]
    private static partial Regex FirmInLine();

    [GeneratedRegex(@"(?:19|20)\d{2}-\d{2}-\d{2}\.?$|[0-3]?\d\s+\p{L}+\s+(?:19|20)\d{2}\.?$")]
    private static partial Regex DateAtEnd();

    [GeneratedRegex(@"(?<![\p{L}])(?<name>\p{Lu}{2,6})\s+(?:ska|skall|kommer\s+att|har\s+(?:tagit|tagits|formulerat|beslutat|tagit\s+fram)|arbetar|erbjuder|tog)\b")]
    private static partial Regex SpeakingAs();

    [GeneratedRegex(@"(?:\b[Pp]å\s+uppdrag\s+av\s+(?<name>" + NamePattern + @")|\b[Vv]i\s+har\s+av\s+(?<name>" + NamePattern + @")\s+fått\s+(?:i\s+)?uppdrag)")]
    private static partial Regex Commission();

    [GeneratedRegex(@"\b(?:[Vv]i|[Pp]lan(?:en)?|[Uu]pprättad|[Ss]kriven|[Uu]tförd|[Ff]ramtagen|[Rr]apport\p{L}*|[Gg]ranskning\p{L}*|[Rr]evision\p{L}*|[Uu]tredning\p{L}*|[Ss]tudie\p{L}*|[Aa]nalys\p{L}*|[Kk]artläggning\p{L}*|[Uu]tvärdering\p{L}*|[Dd]okument\p{L}*|[Ss]trategi\p{L}*|[Pp]rognos\p{L}*|[Uu]ppdraget)\b")]
    private static partial Regex AboutTheWork();

    [GeneratedRegex(@"\b[Dd]atum\s*:?\s*(?<date>(?:19|20)\d{2}-\d{2}-\d{2}|[0-3]?\d\s+\p{L}+\s+(?:19|20)\d{2})")]
    private static partial Regex DateWord();

    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}+(?:\s+den)?[\s,]+)?(?<date>(?:19|20)\d{2}-\d{2}-\d{2}|[0-3]?\d\s+\p{L}+\s+(?:19|20)\d{2})\.?$")]
    private static partial Regex DateOnlyLine();

    [GeneratedRegex(@"(?:19|20)\d{2}-[01]\d-[0-3]\d")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<day>[0-3]?\d)\s+(?<month>januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?<year>(?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s+(?:ses\s+som|blir|är|räknas\s+som)\s+(?:det\s+)?(?:startår|första\s+året)", RegexOptions.IgnoreCase)]
    private static partial Regex StartYear();

    [GeneratedRegex(@"(?:(?<year>(?:19|20)\d{2})\s+(?:som\s+|är\s+|blir\s+)?(?:slutår|sista\s+året)|avslutas\s+(?:vid\s+utgången\s+av\s+|under\s+|i\s+slutet\s+av\s+)?(?:år\s+)?(?<year>(?:19|20)\d{2}))", RegexOptions.IgnoreCase)]
    private static partial Regex EndYear();

    [GeneratedRegex(@"\b(?:(?:strategin|planen|programmet|policyn|arbetet)\s+(?:gäller|avser|omfattar|löper\s+över)\s+(?:för\s+)?(?:perioden\s+|åren\s+)?|(?:för|avser|gäller|omfattar)\s+(?:tids)?perioden\s+)(?<year>(?:19|20)\d{2})\s*(?:[-–]|till(?:\s+och\s+med)?)\s*(?<to>(?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex StatedRange();

    [GeneratedRegex(@"\b(?:ingår|ingick|finns)\s+i\s+(?:\p{L}+\s+)?(?:revisionsplan|granskningsplan)(?:en)?\s+för\s+(?:år\s+)?(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuditPlanYear();

    [GeneratedRegex(@"(?<![\p{L}])(?<name>\p{Lu}[\p{L}]{1,24}?)(?:'|’|´|:)?s\s+\p{L}*(?:prognos|framskrivning|framskrivningsanalys|personalanalys|behovsanalys)\p{L}*")]
    private static partial Regex ForecastOwner();

    [GeneratedRegex(@"\b(?:[Pp]rognosen|[Ff]ramskrivningen|[Aa]nalysen)(?:\s+\p{Ll}[\p{L}\-]*){0,4}?\s+(?:är\s+|har\s+)?(?:gjord|gjorts|gjordes|tagits\s+fram|tagen\s+fram|togs\s+fram|framtagen|utförd|utförts|utfördes)\s+av\s+(?<name>" + NamePattern + ")")]
    private static partial Regex ForecastMadeBy();

    [GeneratedRegex(@"\b(?:[Pp]rognos\p{L}*|[Ff]ramskrivning\p{L}*)\s+(?:sträcker\s+sig|gäller|går|löper|räcker)\s+(?:fram\s+)?till\s+(?:och\s+med\s+)?(?:år\s+)?(?<year>(?:19|20)\d{2})")]
    private static partial Regex ForecastReach();
}

/// <summary>Where a document comes from, as its text says it; each part null when the text does not say.</summary>
public sealed record Provenance(string? Author, string? CommissionedBy, DateOnly? Dated, string? StatedPeriod, string? ForecastBy, int? ForecastUntil)
{
    public static readonly Provenance None = new(null, null, null, null, null, null);
}
