namespace Assistant.Bot.Channel;

/// <summary>
/// Values from a request (channel ids, tenant ids, key ids, names, comments) made safe for a structured log value:
/// control characters (CR, LF, escape sequences ...) become spaces, so a value can never forge a log line in a text
/// sink, and a value is cut at <see cref="MaxLength"/> characters.
/// </summary>
public static class LogText
{
    public const int MaxLength = 200;

    public static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Length > MaxLength ? value[..MaxLength] + "…" : value;
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = IsUnsafe(source[i]) ? ' ' : source[i];
            }
        });
    }

    // Control characters, and the Unicode line and paragraph separators some viewers break lines on.
    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';
}
