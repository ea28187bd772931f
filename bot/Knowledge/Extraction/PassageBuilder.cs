using System.Text;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// Narrative text cut into passages for full-text search: the paragraphs under one heading path, in pieces of at
/// most about <see cref="MaxLength"/> characters cut between paragraphs (a longer paragraph is a piece of its own).
/// </summary>
public sealed class PassageBuilder(List<Passage> passages)
{
    public const int MaxLength = 1500;
    private const int MinLetters = 15;

    private readonly List<string> _paragraphs = [];
    private string _headingPath = string.Empty;

    public void Add(string paragraph)
    {
        if (paragraph.Trim().Length > 0)
        {
            _paragraphs.Add(paragraph.Trim());
        }
    }

    /// <summary>Ends the current passage and starts one under a new heading path.</summary>
    public void StartSection(string headingPath)
    {
        Flush();
        _headingPath = headingPath;
    }

    public void Flush()
    {
        var text = new StringBuilder();
        foreach (var paragraph in _paragraphs)
        {
            if (text.Length > 0 && text.Length + paragraph.Length > MaxLength)
            {
                Emit(text.ToString());
                text.Clear();
            }

            text.Append(text.Length > 0 ? "\n\n" : string.Empty).Append(paragraph);
        }

        Emit(text.ToString());
        _paragraphs.Clear();
    }

    private void Emit(string text)
    {
        if (text.Count(char.IsLetter) >= MinLetters)
        {
            passages.Add(new Passage { Ordinal = passages.Count + 1, HeadingPath = _headingPath, Text = text });
        }
    }
}
