using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Assistant.Bot.Knowledge.Reading;

/// <summary>
/// Reads a PDF (PdfPig) into the same blocks as the other formats, from the positions of its words:
/// <list type="bullet">
/// <item>lines from baselines, in reading order (top to bottom, left to right);</item>
/// <item>page headers and footers (lines in the top or bottom band that repeat on other pages, page numbers) left out;</item>
/// <item>headings from font size (larger than the body text) and weight (a bold line of its own);</item>
/// <item>tables where words stand apart in columns: columns from the x positions of the header line, a new row where the
/// baselines open a row gap or a cell starts that was empty on the line above, lines of one cell joined, a table that
/// goes on over a page break continued (a repeated header row dropped).</item>
/// </list>
/// </summary>
public static partial class PdfReader
{
    /// <summary>Share of the page height at the top and bottom where headers and footers stand.</summary>
    private const double Band = 0.09;

    /// <exception cref="InvalidDataException">not a PDF, damaged, encrypted, or without text.</exception>
    public static ReadDocument Read(byte[] bytes)
    {
        try
        {
            return ReadCore(bytes);
        }
        catch (Exception e) when (e is not InvalidDataException and not OutOfMemoryException and not OperationCanceledException)
        {
            // PdfPig reports a damaged file with many exception types (format, encryption, index, argument).
            throw new InvalidDataException($"the file is not a readable .pdf document: {e.Message}", e);
        }
    }

    private static ReadDocument ReadCore(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(Lines).ToList();
        if (pages.All(p => p.Count == 0))
        {
            throw new InvalidDataException("the PDF holds no text (a scanned document needs OCR first)");
        }

        DropRunningLines(pages);
        var lines = pages.SelectMany(p => p).ToList();
        var blocks = new Layout(lines).Blocks();
        var title = pdf.Information.Title;
        return new ReadDocument(blocks, DocxReader.Canonical(blocks), string.IsNullOrWhiteSpace(title) ? null : title.Trim());
    }

    /// <summary>A run of words on one line with no wide gap: one cell of a table, or a whole line of text.</summary>
    internal sealed record Chunk(double Left, double Right, string Text);

    internal sealed record Line(int Page, double Baseline, double FontSize, bool Bold, double PageHeight, List<Chunk> Chunks)
    {
        public string Text => string.Join(' ', Chunks.Select(c => c.Text));

        public double Left => Chunks[0].Left;

        public double Right => Chunks[^1].Right;
    }

    /// <summary>The page's glyphs grouped into lines by baseline, top to bottom, each cut into chunks at wide gaps.</summary>
    private static List<Line> Lines(Page page)
    {
        var letters = page.Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.PointSize > 0)
            .OrderByDescending(l => l.StartBaseLine.Y)
            .ToList();
        var lines = new List<Line>();
        var current = new List<Letter>();
        foreach (var letter in letters)
        {
            if (current.Count > 0 && Math.Abs(current[0].StartBaseLine.Y - letter.StartBaseLine.Y) > Math.Max(1.0, 0.4 * Math.Min(current[0].PointSize, letter.PointSize)))
            {
                lines.Add(ToLine(page, current));
                current = [];
            }

            current.Add(letter);
        }

        if (current.Count > 0)
        {
            lines.Add(ToLine(page, current));
        }

        return lines;
    }

    /// <summary>
    /// One line from its glyphs, left to right: a gap of a space's width or more parts words, two spaces' width is kept
    /// as two spaces ("Avd- c Hemtjänst  Biträdande direktör": two owners), and a wider gap parts cells (chunks).
    /// </summary>
    private static Line ToLine(Page page, List<Letter> letters)
    {
        // Pen positions (start and end of each glyph's advance), not glyph outlines: an outline is narrower than its advance.
        var ordered = letters.OrderBy(l => l.StartBaseLine.X).ToList();
        var size = ordered.GroupBy(l => Math.Round(l.PointSize, 1)).MaxBy(g => g.Count())!.Key;
        var chunks = new List<Chunk>();
        var text = new System.Text.StringBuilder();
        double left = ordered[0].StartBaseLine.X, right = left;
        foreach (var letter in ordered)
        {
            var start = letter.StartBaseLine.X;
            var gap = (start - right) / size;
            if (text.Length > 0 && gap > 0.75)
            {
                chunks.Add(new Chunk(left, right, text.ToString()));
                text.Clear();
            }

            if (text.Length == 0)
            {
                left = start;
            }
            else if (gap > 0.42)
            {
                text.Append("  ");
            }
            else if (gap > 0.15)
            {
                text.Append(' ');
            }

            text.Append(letter.Value);
            right = Math.Max(right, Math.Max(letter.EndBaseLine.X, start));
        }

        chunks.Add(new Chunk(left, right, text.ToString()));
        var bold = ordered.All(l => IsBold(l.FontName));
        return new Line(page.Number, ordered.Average(l => l.StartBaseLine.Y), size, bold, page.Height, chunks);
    }

    private static bool IsBold(string? fontName) =>
        fontName is not null && (fontName.Contains("Bold", StringComparison.OrdinalIgnoreCase) || fontName.Contains("Black", StringComparison.OrdinalIgnoreCase) || fontName.Contains("Heavy", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Leaves out lines in the top and bottom bands that stand on more than one page (digits ignored: "Sida 2 av 7"),
    /// and page numbers there.
    /// </summary>
    private static void DropRunningLines(List<List<Line>> pages)
    {
        static bool InBand(Line l) => l.Baseline > l.PageHeight * (1 - Band) || l.Baseline < l.PageHeight * Band;
        var pagesPerKey = pages
            .SelectMany(p => p.Where(InBand).Select(l => (Key: RunningKey(l.Text), l.Page)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Page).Distinct().Count(), StringComparer.Ordinal);
        foreach (var page in pages)
        {
            page.RemoveAll(l => InBand(l) && (pagesPerKey[RunningKey(l.Text)] > 1 || PageNumber().IsMatch(l.Text.Trim())));
        }
    }

    private static string RunningKey(string text) => Digits().Replace(text.Trim().ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\d+(\.\d+)*[.)]\s+\p{Lu}")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^(sida|page|s\.)?\s*\d+(\s*(av|of|/|\()\s*\d+\)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    /// <summary>Lines to blocks: headings, paragraphs and tables.</summary>
    private sealed class Layout
    {
        private readonly List<Line> _lines;
        private readonly double _body;
        private readonly List<double> _headingSizes;
        private readonly List<DocumentBlock> _blocks = [];
        private readonly List<string> _paragraph = [];
        private TableBuilder? _table;

        public Layout(List<Line> lines)
        {
            _lines = lines;
            _body = lines.Count == 0 ? 10 : lines.GroupBy(l => Math.Round(l.FontSize, 1)).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
            _headingSizes = [.. lines.Select(l => Math.Round(l.FontSize, 1)).Where(s => s > _body * 1.15).Distinct().OrderDescending()];
        }

        public List<DocumentBlock> Blocks()
        {
            Line? previous = null;
            foreach (var line in _lines)
            {
                var pageBreak = previous is not null && previous.Page != line.Page;
                var step = previous is null || pageBreak ? double.MaxValue : (previous.Baseline - line.Baseline) / _body;
                var level = HeadingLevel(line);
                if (level > 0 && _blocks.Count > 0 && _blocks[^1] is HeadingBlock last && last.Level == level && _paragraph.Count == 0 && _table is null && step < 1.8 * line.FontSize / _body)
                {
                    _blocks[^1] = last with { Text = last.Text + " " + line.Text.Trim() }; // a heading wrapped over two lines
                }
                else if (level > 0)
                {
                    EndParagraph();
                    EndTable();
                    _blocks.Add(new HeadingBlock(level, line.Text.Trim()));
                }
                else if (_table is not null && _table.Accepts(line, pageBreak, step))
                {
                    _table.Add(line, pageBreak, step);
                }
                else if (line.Chunks.Count >= 2)
                {
                    EndParagraph();
                    EndTable();
                    _table = new TableBuilder(line, _body);
                }
                else
                {
                    EndTable();
                    if (pageBreak || step > 1.6)
                    {
                        EndParagraph();
                    }

                    _paragraph.Add(line.Text);
                }

                previous = line;
            }

            EndParagraph();
            EndTable();
            return _blocks;
        }

        private int HeadingLevel(Line line)
        {
            var text = line.Text.Trim();
            if (line.Chunks.Count != 1 || text.Length > 120 || text.Length == 0)
            {
                return 0;
            }

            var index = _headingSizes.IndexOf(Math.Round(line.FontSize, 1));
            if (index >= 0)
            {
                return index + 1;
            }

            // A bold line of its own at body size, outside a table: the lowest heading level.
            return line.Bold && _table is null && text.Length <= 80 && !HtmlText.IsBulletChar(text[0]) ? _headingSizes.Count + 1 : 0;
        }

        private void EndParagraph()
        {
            if (_paragraph.Count > 0)
            {
                var text = TextShape.JoinLines(_paragraph);
                if (text.Length > 0)
                {
                    _blocks.Add(new ParagraphBlock(text));
                }

                _paragraph.Clear();
            }
        }

        private void EndTable()
        {
            if (_table is not null)
            {
                _blocks.Add(_table.Build());
                _table = null;
            }
        }
    }

    /// <summary>One table: columns from the header line's x positions, rows from baselines.</summary>
    private sealed class TableBuilder
    {
        private readonly List<double> _starts;
        private readonly List<string> _header;
        private int _repeat = -1;
        private readonly double _tolerance;
        private readonly List<List<List<Chunk>>> _rows = [];
        private HashSet<int> _lastColumns = [];

        public TableBuilder(Line header, double body)
        {
            _starts = [.. header.Chunks.Select(c => c.Left)];
            _header = [header.Text];
            _tolerance = 0.8 * body;
            StartRow(header);
        }

        /// <summary>Whether the line belongs to this table: each of its cells stands in a column and none runs into the next.</summary>
        public bool Accepts(Line line, bool pageBreak, double step)
        {
            if (!pageBreak && step > 3.2)
            {
                return false;
            }

            foreach (var chunk in line.Chunks)
            {
                var column = Column(chunk);
                if (column < 0 && chunk.Right > _starts[0])
                {
                    return false; // a leading column the header left empty ends before the first header cell
                }

                if (column >= 0 && column + 1 < _starts.Count && chunk.Right > _starts[column + 1] + _tolerance)
                {
                    return false; // runs over the next column: running text, not a cell
                }
            }

            return true;
        }

        public void Add(Line line, bool pageBreak, double step)
        {
            // The header row repeated on the next page (all its lines) is left out.
            _repeat = pageBreak ? 0 : _repeat;
            if (_repeat >= 0 && _repeat < _header.Count && string.Equals(line.Text, _header[_repeat], StringComparison.Ordinal))
            {
                _repeat++;
                return;
            }

            _repeat = -1;
            if (_rows.Count == 1 && !pageBreak && step <= 1.5 && line.Chunks.All(c => _lastColumns.Contains(Column(c))))
            {
                _header.Add(line.Text); // a header cell wrapped over more lines
            }

            if (line.Chunks.Any(c => Column(c) < 0))
            {
                _starts.Insert(0, line.Chunks.Where(c => Column(c) < 0).Min(c => c.Left)); // the header's empty first cell
                foreach (var row in _rows)
                {
                    row.Insert(0, []);
                }

                _lastColumns = [.. _lastColumns.Select(c => c + 1)];
            }

            var columns = line.Chunks.Select(Column).ToList();
            var newRow = pageBreak || step > 1.5 || columns.Any(c => !_lastColumns.Contains(c));
            if (newRow)
            {
                StartRow(line);
                return;
            }

            Place(line);
        }

        public TableBlock Build() =>
            new([.. _rows.Select(r => (IReadOnlyList<string>)[.. r.Select((cell, c) => Join(cell, ColumnRight(c)))])]);

        /// <summary>The right edge of a column: the furthest any of its lines reaches.</summary>
        private double ColumnRight(int column) =>
            _rows.Where(r => column < r.Count).SelectMany(r => r[column]).Select(l => l.Right).DefaultIfEmpty(0).Max();

        /// <summary>
        /// The lines of one cell as text: a line the cell wrapped is joined with a space; where a line ends a sentence well
        /// short of the column's edge (the next line's first word would have fit), it ended its paragraph and the break
        /// is kept (as are list items).
        /// </summary>
        private static string Join(List<Chunk> lines, double right)
        {
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i].Text.Trim();
                if (i > 0)
                {
                    var previous = lines[i - 1];
                    var charWidth = (previous.Right - previous.Left) / Math.Max(1, previous.Text.Length);
                    var firstWord = line.Split(' ', 2)[0].Length;
                    var ended = previous.Text.TrimEnd().EndsWith(['.', '!', '?', ':']) && right - previous.Right > (firstWord + 4) * charWidth;
                    text.Append(ended || HtmlText.IsBulletChar(line[0]) || NumberedLine().IsMatch(line) ? '\n' : ' ');
                }

                text.Append(line);
            }

            return text.ToString();
        }

        private void StartRow(Line line)
        {
            _rows.Add([.. _starts.Select(_ => new List<Chunk>())]);
            Place(line);
        }

        private void Place(Line line)
        {
            var row = _rows[^1];
            _lastColumns = [];
            foreach (var group in line.Chunks.GroupBy(Column))
            {
                var column = Math.Max(0, group.Key);
                row[column].Add(new Chunk(group.Min(c => c.Left), group.Max(c => c.Right), string.Join(' ', group.Select(c => c.Text))));
                _lastColumns.Add(column);
            }
        }

        /// <summary>The column a cell stands in: the last whose start is at or left of the cell's start (-1: left of all).</summary>
        private int Column(Chunk chunk)
        {
            for (var i = _starts.Count - 1; i >= 0; i--)
            {
                if (_starts[i] - _tolerance <= chunk.Left)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
