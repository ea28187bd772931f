using Assistant.Cards.Model;
using Assistant.Cards.Text;

namespace Assistant.Cards.Building;

/// <summary>The pieces every card is made of, so all cards look alike.</summary>
public static class CardParts
{
    /// <summary>A full-width card. No "lang": the official renderer's check of it is stateful (a global regex) and
    /// rejects every second card, and Teams takes the language from the client anyway.</summary>
    /// <remarks>The fallback text (also the message summary) is capped at <see cref="MaxSummaryLength"/> characters.</remarks>
    public static AdaptiveCard Card(CardTexts texts, IReadOnlyList<AdaptiveElement> body, string fallbackText, IReadOnlyList<AdaptiveAction>? actions = null) => new()
    {
        Body = body,
        Actions = actions is { Count: > 0 } ? actions : null,
        FallbackText = CardFormat.Shorten(fallbackText, MaxSummaryLength),
        MsTeams = new TeamsCardProperties(),
    };

    public const int MaxSummaryLength = 600;

    /// <summary>Our own wording (not user text): markdown is kept.</summary>
    public static TextBlock Heading(string text, TextColor? color = null) =>
        new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true, Style = TextBlockStyle.Heading, Color = color };

    public static TextBlock Paragraph(string text, bool subtle = false) =>
        new(text) { Wrap = true, IsSubtle = subtle ? true : null };

    /// <summary>User text (a title, a comment): escaped so it shows as written.</summary>
    public static TextBlock UserText(string? text, bool bold = false, bool subtle = false) =>
        new(Markdown.Escape(text)) { Wrap = true, Weight = bold ? TextWeight.Bolder : null, IsSubtle = subtle ? true : null };

    /// <summary>
    /// Our text of several lines (** bold kept, the rest escaped) as one text block a line, so each line stays a line
    /// whatever a host makes of a line break inside Markdown. None for no text.
    /// </summary>
    public static IEnumerable<TextBlock> Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => new TextBlock(Markdown.EscapeKeepingBold(line)) { Wrap = true, Spacing = Spacing.Small });

    /// <summary>The status word in its colour (Klart green, Pågår yellow, Kvarstår red, Uppstart subtle).</summary>
    public static TextBlock Status(StatusStyle? status, CardTexts texts) => status is null
        ? new TextBlock(texts.NoStatus) { IsSubtle = true, Wrap = true }
        : new TextBlock(status.Word(texts.Language))
        {
            Color = status.Color == TextColor.Default ? null : status.Color,
            Weight = TextWeight.Bolder,
            IsSubtle = status.Subtle ? true : null,
            Wrap = true,
        };

    public static TextBlock OverdueMarker(CardTexts texts) =>
        new(texts.Overdue) { Color = TextColor.Attention, Weight = TextWeight.Bolder, Wrap = true };

    public static Column AutoColumn(params AdaptiveElement[] items) =>
        new(items) { Width = ColumnWidth.Auto, VerticalContentAlignment = VerticalAlignment.Center };

    public static Column StretchColumn(params AdaptiveElement[] items) =>
        new(items) { Width = ColumnWidth.Stretch, VerticalContentAlignment = VerticalAlignment.Center };

    /// <summary>A table with a header row; every cell is a TextBlock (cells are already escaped by the caller where needed).</summary>
    public static Table Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<AdaptiveElement>> rows, IReadOnlyList<int>? weights = null)
    {
        var columns = headers.Select((_, i) => new TableColumnDefinition(weights?[i] ?? 1)).ToList();
        var header = new TableRow(headers.Select(h => new TableCell([new TextBlock(h) { Weight = TextWeight.Bolder, Wrap = true }])).ToList());
        var body = rows.Select(r => new TableRow(r.Select(cell => new TableCell([cell])).ToList()));
        return new Table(columns, [header, .. body]) { FirstRowAsHeader = true, ShowGridLines = true };
    }

    public static TextBlock Cell(string text, bool user = true, HorizontalAlignment? alignment = null) =>
        new(user ? Markdown.Escape(text) : text) { Wrap = true, HorizontalAlignment = alignment };
}
