namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>Where a table stands in its document: the caption above it, the heading path, the perspective heading, the plan year.</summary>
public sealed record TableContext(string? Caption, string HeadingPath, string? Perspective, int? PlanYear)
{
    /// <summary>How problems name the table: its caption, else its heading.</summary>
    public string Name => Short(Caption ?? (HeadingPath.Length > 0 ? HeadingPath : "(utan rubrik)"));

    /// <summary>The table's own title, as an activity keeps it: its caption, else the last heading above it; null when neither.</summary>
    public string? Title => Caption ?? (HeadingPath.Length > 0 ? HeadingPath.Split(" › ")[^1] : null);

    /// <summary>A label cut to about 60 characters for messages.</summary>
    public static string Short(string text) => text.Length <= 60 ? text : text[..57].TrimEnd() + "…";
}
