using System.Text;
using Assistant.Bot.Knowledge.Reading;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// Turns the blocks of a read document into facts and passages. Tables are recognised from their content, never
/// from where they stand: an activity header (<see cref="ActivityTableReader"/>), a header of years
/// (<see cref="YearTableReader"/>), labels over numbers (<see cref="FigureTableReader"/>); any other table is text.
/// </summary>
public static class DocumentExtractor
{
    private static readonly HashSet<string> Perspectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "Samhälle", "Medborgare", "Ekonomi", "Verksamhet", "Medarbetare", "Kund", "Process", "Utveckling",
    };

    private static readonly HashSet<string> ActivityHeaderWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "vad", "aktivitet", "aktiviteter", "ansvarig", "genomförande", "slutfört", "status", "kommentar", "nämndmål", "strategiskt", "område",
    };

    public static ExtractionResult Extract(ReadDocument document)
    {
        var metadata = MetadataReader.Read(document);
        var result = new ExtractionResult(metadata, PlainText(document.Blocks));
        var passages = new PassageBuilder(result.Passages);
        var headings = new List<(int Level, string Text)>();
        (int Level, string Text)? perspective = null;
        string? caption = null;
        string? section = null;
        passages.StartSection(metadata.Title ?? string.Empty);

        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading when IsBrokenTableHeader(heading.Text):
                case ParagraphBlock paragraph when IsBrokenTableHeader(paragraph.Text):
                    var under = section ?? "(utan rubrik)";
                    result.Problems.Add($"Tabellen under '{under}' är uppbruten (en cell per rad, som i text från PDF) och lästes inte som tabell; texten finns kvar som avsnitt.");
                    passages.Add(block is HeadingBlock h ? h.Text : ((ParagraphBlock)block).Text);
                    break;

                case HeadingBlock heading:
                    headings.RemoveAll(x => x.Level >= heading.Level);
                    headings.Add((heading.Level, heading.Text));
                    if (Perspectives.Contains(heading.Text.Trim()))
                    {
                        perspective = (heading.Level, heading.Text.Trim());
                    }
                    else if (perspective is { } p && heading.Level < p.Level)
                    {
                        perspective = null;
                    }

                    passages.StartSection(string.Join(" › ", headings.Select(x => x.Text)));
                    caption = heading.Text;
                    section = IsBrokenTableHeader(heading.Text, minimum: 1) ? section : heading.Text;
                    break;

                case ParagraphBlock paragraph:
                    passages.Add(paragraph.Text);
                    caption = CaptionOf(paragraph.Text) ?? (headings.Count > 0 ? headings[^1].Text : null);

                    break;

                case TableBlock table:
                    var context = new TableContext(caption, string.Join(" › ", headings.Select(x => x.Text)), perspective?.Text, metadata.Year);
                    ReadTable(table, context, result, passages);
                    caption = null;
                    break;
            }
        }

        passages.Flush();
        return result;
    }

    private static void ReadTable(TableBlock table, TableContext context, ExtractionResult result, PassageBuilder passages)
    {
        var activities = ActivityTableReader.TryRead(table.Rows, context, result.Activities.Count + 1, result.Problems);
        if (activities is not null)
        {
            result.Activities.AddRange(activities);
        }
        else if (!YearTableReader.TryRead(table.Rows, context, result) && !FigureTableReader.TryRead(table.Rows, context, result))
        {
            passages.Add(TableCells.AsText(table.Rows));
        }
    }

    /// <summary>
    /// The line of a paragraph that names the table below it: the last line, or in a block of up to three short
    /// lines (a title block) the last that is no sentence. A sentence ("Tabellen visar ...", "... enligt nedan:") or an
    /// organisation's name is no caption; then the heading above names the table.
    /// </summary>
    private static string? CaptionOf(string paragraph)
    {
        var lines = paragraph.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var candidates = lines.Count <= 3 ? Enumerable.Reverse(lines) : lines.TakeLast(1);
        return candidates.FirstOrDefault(l => l.Length <= 150 && l.Any(char.IsLetter) && l[^1] is not ('.' or ':' or ';') && !MetadataReader.IsOrganisation(l));
    }

    /// <summary>"Vad Aktivitet Ansvarig Genomförande" on one line with no cells: a table header broken up by a PDF extraction.</summary>
    private static bool IsBrokenTableHeader(string text, int minimum = 3)
    {
        var words = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var known = words.Count(w => ActivityHeaderWords.Contains(w.Trim(',', ':')));
        return words.Length <= 8 && known >= minimum && known >= words.Length * 0.75;
    }

    private static string PlainText(IEnumerable<DocumentBlock> blocks)
    {
        var sb = new StringBuilder();
        foreach (var block in blocks)
        {
            sb.AppendLine(block switch
            {
                HeadingBlock h => h.Text,
                ParagraphBlock p => p.Text,
                TableBlock t => string.Join('\n', t.Rows.Select(r => string.Join(' ', r.Select(c => HtmlText.ToSingleLine(c))))),
                _ => string.Empty,
            });
        }

        return sb.ToString();
    }
}
