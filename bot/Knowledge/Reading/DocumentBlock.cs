namespace Assistant.Bot.Knowledge.Reading;

/// <summary>One piece of a document as its reader saw it: the neutral form every format is turned into.</summary>
public abstract record DocumentBlock;

/// <summary>A heading; level 1 is the top.</summary>
public sealed record HeadingBlock(int Level, string Text) : DocumentBlock;

/// <summary>Running text; list items and hard line breaks are kept as lines.</summary>
public sealed record ParagraphBlock(string Text) : DocumentBlock;

/// <summary>A table as rows of raw cells (cells may still hold inline HTML, see <see cref="HtmlText"/>).</summary>
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;

/// <summary>What a reader made of a file: the blocks, the normalised text the content hash is taken of, and a title the file's own properties name.</summary>
public sealed record ReadDocument(IReadOnlyList<DocumentBlock> Blocks, string CanonicalText, string? TitleHint = null);
