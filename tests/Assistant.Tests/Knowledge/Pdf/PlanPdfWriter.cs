using System.Text.RegularExpressions;
using Assistant.Bot.Knowledge.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Assistant.Tests.Knowledge.Pdf;

/// <summary>How a test PDF is laid out: page size, font size, cell padding, header row repeated, numbers right-aligned, cell borders.</summary>
public sealed record PdfLayout(string Name, double Width, double Height, double FontSize, double Padding, bool RepeatHeader, bool RightAlignNumbers, bool Borders)
{
    public override string ToString() => Name;
}

/// <summary>
/// Lays a document out as a PDF with PdfPig's builder the way a word processor prints it: headings in larger bold type,
/// wrapped paragraphs, tables with wrapped cells that break over pages, a running header and "Sida N" footer on every page.
/// The text comes from the project's own sample documents, read by the text readers.
/// </summary>
public static partial class PlanPdfWriter
{
    private const double Margin = 50;

    /// <returns>The PDF and how many times a table went on over a page break.</returns>
    public static (byte[] Pdf, int TableBreaks) Write(ReadDocument document, PdfLayout layout, string runningHeader)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddTrueTypeFont(Font("LiberationSans-Regular.ttf", "DejaVuSans.ttf"));
        var bold = builder.AddTrueTypeFont(Font("LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf"));
        var state = new State(builder, layout, regular, bold, runningHeader);
        state.NewPage();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    var size = h.Level switch { 1 => layout.FontSize * 1.8, 2 => layout.FontSize * 1.4, _ => layout.FontSize * 1.2 };
                    state.Space(layout.FontSize);
                    state.Text(h.Text, size, bold, state.ContentWidth);
                    state.Space(layout.FontSize * 0.4);
                    break;
                case ParagraphBlock p:
                    foreach (var line in p.Text.Split('\n'))
                    {
                        state.Text(line, layout.FontSize, regular, state.ContentWidth);
                    }

                    state.Space(layout.FontSize * 0.8);
                    break;
                case TableBlock t:
                    state.Table(t);
                    state.Space(layout.FontSize * 2);
                    break;
            }
        }

        return (builder.Build(), state.TableBreaks);
    }

    /// <summary>A TrueType font from Debian's fonts-liberation or fonts-dejavu-core (the standard 14 fonts of PdfPig's builder lack å ä ö).</summary>
    private static byte[] Font(params string[] names)
    {
        var path = names
            .SelectMany(n => new[] { Path.Combine("/usr/share/fonts/truetype/liberation", n), Path.Combine("/usr/share/fonts/truetype/dejavu", n) })
            .FirstOrDefault(File.Exists);
        return path is null
            ? throw new InvalidOperationException($"No TrueType font for the test PDFs: install fonts-liberation or fonts-dejavu-core ({string.Join(", ", names)}).")
            : File.ReadAllBytes(path);
    }

    private sealed class State(PdfDocumentBuilder builder, PdfLayout layout, PdfDocumentBuilder.AddedFont regular, PdfDocumentBuilder.AddedFont bold, string runningHeader)
    {
        private PdfPageBuilder _page = null!;
        private double _y;
        private int _pages;

        public int TableBreaks { get; private set; }

        public double ContentWidth => layout.Width - 2 * Margin;

        private double Leading => layout.FontSize * 1.25;

        public void NewPage()
        {
            _page = builder.AddPage(layout.Width, layout.Height);
            _pages++;
            _page.AddText(runningHeader, layout.FontSize * 0.8, new PdfPoint(Margin, layout.Height - 30), regular);
            _page.AddText($"Sida {_pages}", layout.FontSize * 0.8, new PdfPoint(layout.Width - Margin - 40, 28), regular);
            _y = layout.Height - 70;
        }

        public void Space(double points) => _y -= points;

        public void Text(string text, double size, PdfDocumentBuilder.AddedFont font, double width)
        {
            foreach (var line in Wrap(text, size, font, width))
            {
                if (_y - size * 1.25 < 60)
                {
                    NewPage();
                }

                _y -= size * 1.25;
                _page.AddText(line, size, new PdfPoint(Margin, _y), font);
            }
        }

        public void Table(TableBlock table)
        {
            var rows = table.Rows.Select(r => r.Select(Cell).ToList()).ToList();
            var columns = rows.Max(r => r.Count);
            var pad = layout.Padding;
            // Each column as wide as its longest line (at most 220 pt), never narrower than its longest word; squeezed to the page.
            var natural = Enumerable.Range(0, columns)
                .Select(c => Math.Min(220, rows.Where(r => c < r.Count).SelectMany(r => r[c]).Select(l => Width(l, bold) + 4).DefaultIfEmpty(20).Max()) + 2 * pad)
                .ToList();
            var least = Enumerable.Range(0, columns)
                .Select(c => Math.Min(natural[c], rows.Where(r => c < r.Count).SelectMany(r => r[c]).SelectMany(l => l.Split(' ')).Select(w => Width(w, bold) + 4).DefaultIfEmpty(20).Max() + 2 * pad))
                .ToList();
            // A cell with two owners parted by two spaces is kept on one line: wrapped between the owners, the PDF could not
            // tell the line break from a space (a limit of PDF text, see PdfReader).
            for (var c = 0; c < columns; c++)
            {
                if (rows.Any(r => c < r.Count && r[c].Any(l => l.Contains("  ", StringComparison.Ordinal))))
                {
                    least[c] = natural[c];
                }
            }

            var share = natural.Sum() <= ContentWidth ? 1 : Math.Max(0, (ContentWidth - least.Sum()) / (natural.Sum() - least.Sum()));
            var widths = natural.Select((w, c) => least[c] + (w - least[c]) * share).ToList();
            var lefts = widths.Select((_, i) => Margin + widths.Take(i).Sum()).ToList();
            List<List<string>>? header = null;
            for (var r = 0; r < rows.Count; r++)
            {
                var font = r == 0 ? bold : regular;
                var wrapped = Enumerable.Range(0, columns)
                    .Select(c => c < rows[r].Count ? rows[r][c].SelectMany(l => Wrap(l, layout.FontSize, font, widths[c] - 2 * pad)).ToList() : [])
                    .ToList();
                header ??= wrapped;
                var height = Math.Max(1, wrapped.Max(w => w.Count)) * Leading + 2 * pad;
                if (_y - height < 60)
                {
                    NewPage();
                    TableBreaks++;
                    if (layout.RepeatHeader && r > 0)
                    {
                        DrawRow(header, lefts, widths, bold, Math.Max(1, header.Max(w => w.Count)) * Leading + 2 * pad);
                    }
                }

                DrawRow(wrapped, lefts, widths, font, height);
            }
        }

        private void DrawRow(List<List<string>> cells, List<double> lefts, List<double> widths, PdfDocumentBuilder.AddedFont font, double height)
        {
            var pad = layout.Padding;
            for (var c = 0; c < cells.Count && c < widths.Count; c++)
            {
                if (layout.Borders)
                {
                    _page.DrawRectangle(new PdfPoint(lefts[c], _y - height), widths[c], height, 0.5);
                }

                var numeric = cells[c].Count == 1 && Numeric().IsMatch(cells[c][0]);
                for (var i = 0; i < cells[c].Count; i++)
                {
                    var x = layout.RightAlignNumbers && numeric
                        ? lefts[c] + widths[c] - pad - Width(cells[c][i], font)
                        : lefts[c] + pad;
                    _page.AddText(cells[c][i], layout.FontSize, new PdfPoint(x, _y - pad - layout.FontSize - i * Leading), font);
                }
            }

            _y -= height;
        }

        // Markup rendered (lists as bulleted lines); plain cells as written, two spaces between owners kept.
        private List<string> Cell(string raw) =>
            [.. (raw.Contains('<', StringComparison.Ordinal) ? HtmlText.ToLines(raw) : raw.Split('\n')).Select(l => l.Replace("**", string.Empty, StringComparison.Ordinal).Trim()).Where(l => l.Length > 0)];

        private double Width(string text, PdfDocumentBuilder.AddedFont font) =>
            text.Length == 0 ? 0 : _page.MeasureText(text, layout.FontSize, new PdfPoint(0, 0), font).Max(l => l.BoundingBox.Right);

        private List<string> Wrap(string text, double size, PdfDocumentBuilder.AddedFont font, double width)
        {
            var lines = new List<string>();
            var current = string.Empty;
            foreach (var word in text.Trim().Split(' '))
            {
                if (word.Length == 0)
                {
                    current += " "; // two spaces in a row stay two (owners in one cell are parted so)
                    continue;
                }

                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && _page.MeasureText(candidate, size, new PdfPoint(0, 0), font).Max(l => l.BoundingBox.Right) > width)
                {
                    lines.Add(current.TrimEnd());
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            return lines;
        }
    }

    [GeneratedRegex(@"^[\d\s ,.%−-]+$")]
    private static partial Regex Numeric();
}
