using Assistant.Bot.Plans;
namespace Assistant.Bot.Knowledge;

/// <summary>A narrative passage for full-text search: the text under a heading path.</summary>
public sealed class Passage
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public KnowledgeDocument? Document { get; set; }

    /// <summary>Order within the document.</summary>
    public int Ordinal { get; set; }

    /// <summary>Headings from the document's top down to this passage, joined with " › ".</summary>
    public required string HeadingPath { get; set; }

    public required string Text { get; set; }
}
