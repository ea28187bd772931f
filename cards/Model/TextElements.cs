namespace Assistant.Cards.Model;

/// <summary>Text with the Adaptive Cards markdown subset. Escape user text with Markdown.Escape (Assistant.Cards.Text).</summary>
public sealed record TextBlock(string Text) : AdaptiveElement
{
    public TextColor? Color { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public bool? IsSubtle { get; init; }

    public FontType? FontType { get; init; }

    public bool? Wrap { get; init; }

    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public TextBlockStyle? Style { get; init; }
}

/// <summary>Runs of differently formatted text. TextRuns are never read as markdown.</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : AdaptiveElement
{
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

public sealed record TextRun(string Text)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public TextColor? Color { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }

    public bool? Strikethrough { get; init; }

    public bool? Highlight { get; init; }

    public bool? Underline { get; init; }

    public FontType? FontType { get; init; }

    public AdaptiveAction? SelectAction { get; init; }
}

/// <summary>Title/value pairs; values accept markdown, so escape user text.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : AdaptiveElement;

public sealed record Fact(string Title, string Value);

public sealed record Image(Uri Url) : AdaptiveElement
{
    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }

    public ImageStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public AdaptiveAction? SelectAction { get; init; }
}
