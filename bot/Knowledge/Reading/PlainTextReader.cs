using System.Text.RegularExpressions;

namespace Assistant.Bot.Knowledge.Reading;

/// <summary>
/// Text files (.txt, .md): text saved from Word (paragraphs one per line, tables tab-separated), text from PDF
/// (hard line breaks, headings glued to their paragraph), Markdown (# headings, pipe tables). Tables are rows of
/// tab- or pipe-separated cells; a table of contents is recognised by its page numbers and only used for heading levels.
/// </summary>
public static partial class PlainTextReader
{
    public static ReadDocument Read(string text)
    {
        var lines = TextDecoder.Normalize(text).Split('\n');
        var state = new State(FindContents(lines), lines.Any(l => MarkdownHeading().IsMatch(l)));
        string? textAbove = null;
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            if (!string.IsNullOrWhiteSpace(line) && !line.Contains('\t', StringComparison.Ordinal))
            {
                textAbove = MarkdownHeading().Match(line) is { Success: true } h ? h.Groups[2].Value : line;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                state.FlushParagraph();
                i++;
            }
            else if (MarkdownHeading().Match(line) is { Success: true } heading)
            {
                state.FlushParagraph();
                state.AddMarkdownHeading(heading.Groups[1].Length, HtmlText.Clean(heading.Groups[2].Value));
                i++;
            }
            else if (line.Contains('\t', StringComparison.Ordinal))
            {
                state.FlushParagraph();
                i = ReadTabTable(lines, i, out var rows);
                if (!TableOfContents.IsToc(rows, textAbove))
                {
                    state.AddTable(rows);
                }
            }
            else if (IsPipeRow(line))
            {
                state.FlushParagraph();
                var rows = new List<IReadOnlyList<string>>();
                while (i < lines.Length && IsPipeRow(lines[i]))
                {
                    rows.Add(SplitPipeRow(lines[i]));
                    i++;
                }

                state.AddTable(rows);
            }
            else
            {
                state.Paragraph.Add(line);
                i++;
            }
        }

        state.FlushParagraph();
        return new ReadDocument(state.Blocks, TextDecoder.Canonical(text));
    }

    private static TableOfContents FindContents(string[] lines)
    {
        var tables = new List<IReadOnlyList<IReadOnlyList<string>>>();
        string? textAbove = null;
        var i = 0;
        while (i < lines.Length)
        {
            if (lines[i].Contains('\t', StringComparison.Ordinal))
            {
                i = ReadTabTable(lines, i, out var rows);
                if (TableOfContents.IsToc(rows, textAbove))
                {
                    tables.Add(rows);
                }

                continue;
            }

            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                textAbove = MarkdownHeading().Match(lines[i]) is { Success: true } h ? h.Groups[2].Value : lines[i];
            }

            i++;
        }

        return TableOfContents.From(tables);
    }

    /// <summary>Rows of tab-separated cells; blank lines inside a table are skipped when the next row has as many cells.</summary>
    private static int ReadTabTable(string[] lines, int start, out List<IReadOnlyList<string>> rows)
    {
        rows = [];
        var width = 0;
        var i = start;
        while (i < lines.Length)
        {
            if (lines[i].Contains('\t', StringComparison.Ordinal))
            {
                var cells = lines[i].Split('\t');
                rows.Add(cells);
                width = cells.Length;
                i++;
                continue;
            }

            var next = i;
            while (next < lines.Length && string.IsNullOrWhiteSpace(lines[next]))
            {
                next++;
            }

            if (next > i && next < lines.Length && lines[next].Contains('\t', StringComparison.Ordinal) && lines[next].Split('\t').Length == width)
            {
                i = next;
                continue;
            }

            break;
        }

        return i;
    }

    private static bool IsPipeRow(string line)
    {
        var t = line.Trim();
        return t.Length > 1 && t[0] == '|' && t.IndexOf('|', 1) > 0;
    }

    private static string[] SplitPipeRow(string line)
    {
        var t = line.Trim();
        t = t[1..];
        if (t.EndsWith('|') && !t.EndsWith("\\|", StringComparison.Ordinal))
        {
            t = t[..^1];
        }

        return [.. PipeSplit().Split(t).Select(c => c.Replace("\\|", "|", StringComparison.Ordinal).Trim())];
    }

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex PipeSplit();

    /// <summary>The blocks under construction, with the heading levels worked out as they come.</summary>
    private sealed class State(TableOfContents toc, bool hasMarkdownHeadings)
    {
        private int _markdownLevel;
        private int _tocLevel;

        public List<DocumentBlock> Blocks { get; } = [];

        public List<string> Paragraph { get; } = [];

        public void AddMarkdownHeading(int level, string text)
        {
            _markdownLevel = level;
            if (text.Length > 0)
            {
                Blocks.Add(new HeadingBlock(level, text));
            }
        }

        public void AddTable(List<IReadOnlyList<string>> rows)
        {
            if (rows.Count > 0)
            {
                Blocks.Add(new TableBlock(rows));
            }
        }

        public void FlushParagraph()
        {
            if (Paragraph.Count == 0)
            {
                return;
            }

            var first = Paragraph[0];
            if (Paragraph.Count == 1 && TextShape.IsHeadingLike(first))
            {
                AddPlainHeading(first);
            }
            else if (Paragraph.Count > 1 && TextShape.IsHeadingLike(first) && TextShape.StartsParagraphBelow(Paragraph))
            {
                AddPlainHeading(first);
                Blocks.Add(new ParagraphBlock(TextShape.JoinLines(Paragraph.Skip(1))));
            }
            else
            {
                var text = TextShape.JoinLines(Paragraph);
                if (text.Length > 0)
                {
                    Blocks.Add(new ParagraphBlock(text));
                }
            }

            Paragraph.Clear();
        }

        private void AddPlainHeading(string line)
        {
            var text = HtmlText.Clean(line);
            int level;
            if (hasMarkdownHeadings)
            {
                level = _markdownLevel + 1;
            }
            else if (toc.LevelOf(text) is { } listed)
            {
                level = _tocLevel = listed;
            }
            else
            {
                level = toc.IsEmpty ? 1 : _tocLevel + 1;
            }

            Blocks.Add(new HeadingBlock(Math.Clamp(level, 1, 9), text));
        }
    }
}
