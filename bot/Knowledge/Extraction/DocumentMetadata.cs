using Assistant.Bot.Plans;
namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>
/// What a document says about itself. <see cref="Title"/> is null when it names no title of its own; <see cref="Period"/>
/// and <see cref="Year"/> come from the title, <see cref="Provenance"/> (author, date, the period the text states, the
/// forecast's maker and reach) from the text.
/// </summary>
public sealed record DocumentMetadata(string? Title, string? Organisation, string? Municipality, string? Period, int? Year, DocumentKind Kind, Provenance? Provenance = null)
{
    /// <summary>Where the document comes from; <see cref="Extraction.Provenance.None"/> when nothing was read.</summary>
    public Provenance From => Provenance ?? Extraction.Provenance.None;
}
