namespace Assistant.Bot.Knowledge.Reading;

/// <summary>
/// A grid of cells (a CSV file, a worksheet) as blocks: empty rows separate parts; a part whose rows hold one
/// cell each is text (its first short line a heading), any other part is a table.
/// </summary>
public static class SheetBlocks
{
    public static IEnumerable<DocumentBlock> From(IReadOnlyList<IReadOnlyList<string>> rows, int headingLevel)
    {
        var part = new List<IReadOnlyList<string>>();
        foreach (var row in rows.Append([]))
        {
            if (row.All(c => string.IsNullOrWhiteSpace(c)))
            {
                foreach (var block in Part(part, headingLevel))
                {
                    yield return block;
                }

                part.Clear();
            }
            else
            {
                part.Add(row);
            }
        }
    }

    private static IEnumerable<DocumentBlock> Part(List<IReadOnlyList<string>> part, int headingLevel)
    {
        if (part.Count == 0)
        {
            yield break;
        }

        if (part.Any(r => r.Count(c => !string.IsNullOrWhiteSpace(c)) > 1))
        {
            var width = part.Max(r => r.Count);
            yield return new TableBlock([.. part.Select(r => (IReadOnlyList<string>)[.. r, .. Enumerable.Repeat(string.Empty, width - r.Count)])]);
            yield break;
        }

        var lines = part.Select(r => r.First(c => !string.IsNullOrWhiteSpace(c)).Trim()).ToList();
        var first = 0;
        if (TextShape.IsHeadingLike(lines[0]))
        {
            yield return new HeadingBlock(headingLevel, HtmlText.Clean(lines[0]));
            first = 1;
        }

        if (lines.Count > first)
        {
            yield return new ParagraphBlock(string.Join('\n', lines.Skip(first).Select(HtmlText.Clean)));
        }
    }
}
