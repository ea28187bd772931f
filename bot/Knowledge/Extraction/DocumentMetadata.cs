using Assistant.Bot.Plans;
namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>What a document says about itself. <see cref="Title"/> is null when it names no title of its own.</summary>
public sealed record DocumentMetadata(string? Title, string? Organisation, string? Municipality, string? Period, int? Year, DocumentKind Kind);
