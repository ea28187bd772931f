using System.Text.RegularExpressions;
using Assistant.Bot.Plans;

namespace Assistant.Bot.StatusUpdates.Chat;

/// <summary>The words people use for each status, Swedish and English, as one whole-word pattern (longest first).</summary>
public static partial class StatusWords
{
    private static readonly (string Phrase, ActivityStatus Status)[] Phrases =
    [
        ("ej påbörjad", ActivityStatus.NotStarted), ("ej påbörjat", ActivityStatus.NotStarted), ("inte påbörjad", ActivityStatus.NotStarted),
        ("inte påbörjat", ActivityStatus.NotStarted), ("inte startad", ActivityStatus.NotStarted), ("inte startat", ActivityStatus.NotStarted),
        ("ej startad", ActivityStatus.NotStarted), ("ej startat", ActivityStatus.NotStarted), ("not started", ActivityStatus.NotStarted),
        ("uppstart", ActivityStatus.StartingUp), ("i uppstart", ActivityStatus.StartingUp), ("startar upp", ActivityStatus.StartingUp),
        ("starting up", ActivityStatus.StartingUp),
        ("pågår", ActivityStatus.InProgress), ("pågående", ActivityStatus.InProgress), ("påbörjad", ActivityStatus.InProgress),
        ("påbörjat", ActivityStatus.InProgress), ("på gång", ActivityStatus.InProgress), ("igång", ActivityStatus.InProgress),
        ("in progress", ActivityStatus.InProgress), ("ongoing", ActivityStatus.InProgress), ("underway", ActivityStatus.InProgress),
        ("started", ActivityStatus.InProgress),
        ("kvarstår", ActivityStatus.Remains), ("försenad", ActivityStatus.Remains), ("försenat", ActivityStatus.Remains),
        ("remains", ActivityStatus.Remains), ("delayed", ActivityStatus.Remains),
        ("klart", ActivityStatus.Done), ("klar", ActivityStatus.Done), ("klara", ActivityStatus.Done), ("färdig", ActivityStatus.Done),
        ("färdigt", ActivityStatus.Done), ("slutfört", ActivityStatus.Done), ("slutförd", ActivityStatus.Done), ("genomförd", ActivityStatus.Done),
        ("genomfört", ActivityStatus.Done), ("done", ActivityStatus.Done), ("finished", ActivityStatus.Done), ("completed", ActivityStatus.Done),
        ("complete", ActivityStatus.Done),
    ];

    private static readonly Regex Pattern = new(
        @"(?<![\p{L}\p{N}])(?:" + string.Join('|', Phrases.Select(p => p.Phrase).OrderByDescending(p => p.Length).Select(Regex.Escape)) + @")(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>Every status phrase in the text, in order.</summary>
    public static IEnumerable<(int Index, int Length, ActivityStatus Status)> Find(string text) =>
        Pattern.Matches(text).Select(m => (m.Index, m.Length, Phrases.First(p => string.Equals(p.Phrase, m.Value, StringComparison.OrdinalIgnoreCase)).Status));

    /// <summary>True when the text starts with a status phrase (after "är"/"is"); gives the phrase's length.</summary>
    public static bool StartsWithStatus(string text, out ActivityStatus status, out int length)
    {
        var lead = LeadingCopula().Match(text);
        var rest = text[lead.Length..];
        var first = Find(rest).FirstOrDefault();
        status = first.Status;
        length = lead.Length + first.Index + first.Length;
        return first.Length > 0 && first.Index == 0;
    }

    [GeneratedRegex(@"^\s*(?:(?:är|is|nu|now|till|to|as|som)\s+)*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingCopula();
}
