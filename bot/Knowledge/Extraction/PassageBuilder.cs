using System.Text;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// Narrative text cut into passages for full-text search: the paragraphs under one heading path, in pieces of at
/// most about <see cref="MaxLength"/> characters cut between paragraphs (a longer paragraph is a piece of its own). A
/// paragraph that introduces what follows ("Vi rekommenderar att:", "De fyra målen är:") stays with it: a cut falls
/// before it, never between it and its list. A paragraph that continues the sentence before it (the previous one ends
/// without a full stop and this one begins in lower case: "... Rapportering" / "med utvecklingsförslag sker i september")
/// is a page or column break inside a sentence: it is joined to it, so no cut falls inside the sentence.
/// </summary>
public sealed class PassageBuilder(List<Passage> passages)
{
    public const int MaxLength = 1500;
    private const int MinLetters = 15;

    private readonly List<string> _paragraphs = [];
    private string _headingPath = string.Empty;

    public void Add(string paragraph)
    {
        var text = paragraph.Trim();
        if (text.Length == 0)
        {
            return;
        }

        if (_paragraphs.Count > 0 && ContinuesSentence(_paragraphs[^1], text))
        {
            _paragraphs[^1] += " " + text;
            return;
        }

        _paragraphs.Add(text);
    }

    /// <summary>Whether a paragraph goes on with the sentence the previous one left open: the previous ends in a letter
    /// (no full stop, colon or list mark) and this one begins with a lower-case letter.</summary>
    public static bool ContinuesSentence(string previous, string next) =>
        previous.Length > 0 && char.IsLetter(previous[^1]) && next.Length > 0 && char.IsLower(next[0]);

    /// <summary>A paragraph that introduces what follows: it ends in a colon ("Vi rekommenderar att:"), or in a semicolon
    /// when it is no list item itself ("Studien pekar på olika utvecklingsområden som presenteras kort nedan;").</summary>
    public static bool IsIntroduction(string paragraph) =>
        paragraph.EndsWith(':') || (paragraph.EndsWith(';') && paragraph[0] is not ('-' or '•' or '–' or '*') && !char.IsDigit(paragraph[0]));

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
            if (IsIntroduction(paragraph))
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
