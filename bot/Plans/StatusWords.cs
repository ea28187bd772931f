using System.Text.RegularExpressions;
using Assistant.Cards.Text;

namespace Assistant.Bot.Plans;

/// <summary>
/// The status words, Swedish and English, in one place: the canonical word a status is shown with
/// (<see cref="Word"/>, the cards' table), the phrases people write in chat (<see cref="Find"/>), and the stems a
/// plan's status cell starts with (<see cref="ParseCell"/>). A chat message is searched for whole phrases anywhere
/// ("Tillsyn är klar nu"); a cell is read from its start, so "Fortsätter från 2015" or "Ej klar, se kommentar" count.
/// </summary>
public static partial class StatusWords
{
    /// <summary>Klart, Pågår, Kvarstår, Uppstart, Ej påbörjad / Done, In progress, Remains, Starting up, Not started.</summary>
    public static string Word(ActivityStatus status, CardLanguage language) => StatusStyle.FromCode((int)status).Word(language);

    // Phrases written in chat, matched as whole words (longest first).
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

    // Stems a status cell starts with, checked in order: the negated forms before the words they contain
    // ("ej påbörjad" before "påbörjad", "ej klar" before "klar").
    private static readonly (string Prefix, ActivityStatus Status)[] CellStems =
    [
        ("ej påbörja", ActivityStatus.NotStarted),
        ("inte påbörja", ActivityStatus.NotStarted),
        ("ej start", ActivityStatus.NotStarted),
        ("inte start", ActivityStatus.NotStarted),
        ("ej klar", ActivityStatus.Remains),
        ("inte klar", ActivityStatus.Remains),
        ("ej genomför", ActivityStatus.Remains),
        ("ej slutför", ActivityStatus.Remains),
        ("not started", ActivityStatus.NotStarted),
        ("kvarstå", ActivityStatus.Remains),
        ("försenad", ActivityStatus.Remains),
        ("remains", ActivityStatus.Remains),
        ("overdue", ActivityStatus.Remains),
        ("klar", ActivityStatus.Done),
        ("genomför", ActivityStatus.Done),
        ("slutför", ActivityStatus.Done),
        ("avslutad", ActivityStatus.Done),
        ("färdig", ActivityStatus.Done),
        ("done", ActivityStatus.Done),
        ("complete", ActivityStatus.Done),
        ("pågå", ActivityStatus.InProgress),
        ("påbörja", ActivityStatus.InProgress),
        ("fortsätt", ActivityStatus.InProgress),
        ("fortgår", ActivityStatus.InProgress),
        ("in progress", ActivityStatus.InProgress),
        ("ongoing", ActivityStatus.InProgress),
        ("uppstart", ActivityStatus.StartingUp),
        ("startar", ActivityStatus.StartingUp),
        ("starting", ActivityStatus.StartingUp),
    ];

    /// <summary>The status a plan's status cell (plain text) names, or null when it names none the municipality uses.</summary>
    public static ActivityStatus? ParseCell(string? text)
    {
        var t = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (t.Length == 0)
        {
            return null;
        }

        foreach (var (prefix, status) in CellStems)
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                return status;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:(?:är|is|nu|now|till|to|as|som)\s+)*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingCopula();
}
