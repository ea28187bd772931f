using Assistant.Bot.Knowledge.Reading;

namespace Assistant.Bot.Knowledge.Extraction;

/// <summary>What a column of an activity table holds, known from its header.</summary>
public enum ActivityColumn
{
    Other,
    Title,
    Goal,
    Perspective,
    Owner,
    Deadline,
    Period,
    Status,
    Comment,
}

/// <summary>
/// Recognises an activity table by its header row: a column of activities (Aktivitet, Åtagande/utvecklingsaktivitet,
/// Åtgärd) and at least one of Ansvarig, Status, Slutfört, Genomförande, Kommentar, Nämndmål, Vad, Strategiskt område.
/// </summary>
public sealed class ActivityColumns
{
    private ActivityColumns(ActivityColumn[] roles, string[] headers)
    {
        Roles = roles;
        Headers = headers;
    }

    public IReadOnlyList<ActivityColumn> Roles { get; }

    public IReadOnlyList<string> Headers { get; }

    public int IndexOf(ActivityColumn role) => Array.IndexOf((ActivityColumn[])Roles, role);

    public bool Has(ActivityColumn role) => IndexOf(role) >= 0;

    /// <summary>The header row's roles, or null when the row is not the header of an activity table.</summary>
    public static ActivityColumns? Recognise(IReadOnlyList<string> row)
    {
        var headers = row.Select(c => HtmlText.ToSingleLine(c)).ToArray();
        var roles = new ActivityColumn[headers.Length];
        for (var i = 0; i < headers.Length; i++)
        {
            var role = RoleOf(headers[i]);
            // The first column of a role wins; "Genomförande" is the deadline only where there is no "Slutfört".
            roles[i] = role != ActivityColumn.Other && Array.IndexOf(roles, role, 0, i) >= 0 ? ActivityColumn.Other : role;
        }

        if (!roles.Contains(ActivityColumn.Deadline) && Array.IndexOf(roles, ActivityColumn.Period) is var p and >= 0)
        {
            roles[p] = ActivityColumn.Deadline;
        }

        var known = roles.Count(r => r is not ActivityColumn.Other and not ActivityColumn.Title);
        return roles.Contains(ActivityColumn.Title) && known >= 1 ? new ActivityColumns(roles, headers) : null;
    }

    /// <summary>True when <paramref name="row"/> repeats this header (tables split by page breaks repeat it).</summary>
    public bool IsRepeatedBy(IReadOnlyList<string> row) =>
        row.Select(c => HtmlText.ToSingleLine(c)).Where(c => c.Length > 0).SequenceEqual(Headers.Where(h => h.Length > 0), StringComparer.OrdinalIgnoreCase);

    private static ActivityColumn RoleOf(string header)
    {
        var h = header.Trim().TrimEnd(':').ToLowerInvariant();
        // "Strategiskt område" may carry a long subtitle in the same cell (000: "... Kommunövergripande styrdokument ...").
        if (h.StartsWith("strategiskt område", StringComparison.Ordinal) || h is "perspektiv" or "område" or "fokusområde" or "målområde")
        {
            return ActivityColumn.Perspective;
        }

        if (h.Length == 0 || h.Length > 60)
        {
            return ActivityColumn.Other;
        }

        return h switch
        {
            "aktivitet" or "aktiviteter" or "åtgärd" or "åtgärder" or "insats" or "insatser" or "activity" => ActivityColumn.Title,
            _ when h.EndsWith("aktivitet", StringComparison.Ordinal) || h.EndsWith("aktiviteter", StringComparison.Ordinal) => ActivityColumn.Title,
            "nämndmål" or "mål" or "vad" or "delmål" or "mål/uppdrag" or "uppdrag" or "goal" => ActivityColumn.Goal,
            "ansvarig" or "ansvariga" or "ansvar" or "owner" or "owners" or "responsible" => ActivityColumn.Owner,
            "slutfört" or "slutförd" or "klart" or "klart senast" or "klar senast" or "tidplan" or "tidsplan" or "deadline" or "när" or "klart till" => ActivityColumn.Deadline,
            "genomförande" or "period" or "genomförs" or "tid" => ActivityColumn.Period,
            "status" or "läge" => ActivityColumn.Status,
            "kommentar" or "kommentarer" or "comment" or "comments" => ActivityColumn.Comment,
            _ => ActivityColumn.Other,
        };
    }
}
