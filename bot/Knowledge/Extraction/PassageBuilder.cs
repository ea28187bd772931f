using System.Text;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// Narrative text cut into passages for full-text search: the paragraphs under one heading path, in pieces of at
/// most about <see cref="MaxLength"/> characters cut between paragraphs (a longer paragraph is a piece of its own). A
/// paragraph that introduces what follows ("Vi rekommenderar att:", "De fyra målen är:") stays with it: a cut falls
/// before it, never between it and its list.
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
        var introStart = -1;
        foreach (var paragraph in _paragraphs)
        {
            if (text.Length > 0 && introStart != 0 && text.Length + paragraph.Length > MaxLength)
            {
                // The piece ends with an introduction ("... att:"): it begins the next piece, before what it introduces.
                var intro = introStart > 0 ? text.ToString(introStart, text.Length - introStart) : null;
                Emit(intro is null ? text.ToString() : text.ToString(0, introStart).TrimEnd());
                text.Clear();
                text.Append(intro);
            }

            introStart = -1;
            if (paragraph.EndsWith(':'))
            {
                introStart = text.Length == 0 ? 0 : text.Length + 2;
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
