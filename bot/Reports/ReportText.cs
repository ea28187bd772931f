using System.Globalization;
using Assistant.Bot.Plans;

namespace Assistant.Bot.Reports;

/// <summary>The Swedish words and number/date forms every report format shares.</summary>
internal static class ReportText
{
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public const string Title = "Uppföljning";
    public const string NoPerspective = "Utan perspektiv";
    public const string NoGoal = "Utan nämndmål";

    /// <summary>Column headings of the activity tables, in order.</summary>
    public static readonly IReadOnlyList<string> ActivityColumns =
        ["Nr", "Aktivitet", "Slutfört", "Ansvarig", "Status", "Kommentar", "Rapporterad av"];

    public static string Perspective(string? name) => name ?? NoPerspective;

    public static string Goal(string? name) => name ?? NoGoal;

    /// <summary>"31 augusti 2024".</summary>
    public static string LongDate(DateOnly day) => day.ToString("d MMMM yyyy", Swedish);

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The wall-clock time of a local instant (the report model's times are local: <see cref="ReportBuilder"/> converts
    /// them with the Clock), "2024-09-03 14:05".</summary>
    public static string DateTime(DateTimeOffset local) => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"1 527" (sv-SE groups with a no-break space).</summary>
    public static string Number(int value) => value.ToString("N0", Swedish);

    /// <summary>"64,2 %".</summary>
    public static string Percent(int part, int total) =>
        total == 0 ? "0 %" : (100.0 * part / total).ToString("0.0", Swedish) + " %";

    public static string Owners(IReadOnlyList<string> owners) => string.Join(", ", owners);

    public static string Deadline(ActivityRow row) => row.Deadline ?? (row.LastDay is { } day ? Date(day) : string.Empty);

    /// <summary>"Anna Berg 2024-09-03" or "import 2026-11-23".</summary>
    public static string Reported(ActivityRow row) =>
        row.ReportedAt is { } at ? $"{row.ReportedBy} {at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : row.ReportedBy;

    public static string Channel(StatusChannel? channel) => channel switch
    {
        StatusChannel.Import => "import",
        StatusChannel.Card => "kort",
        StatusChannel.Chat => "chatt",
        StatusChannel.Web => "webb",
        _ => string.Empty,
    };

    /// <summary>
    /// Text as XML 1.0 can carry it (Office files are XML): control characters that text extracted from PDF or Word may
    /// hold (form feeds, bells) are dropped, tabs and line breaks kept; a lone surrogate becomes U+FFFD.
    /// </summary>
    public static string XmlSafe(string text)
    {
        if (text.All(c => c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uFFFE' && !char.IsSurrogate(c))))
        {
            return text;
        }

        var safe = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                safe.Append('\uFFFD');
            }
            else if (c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uFFFE'))
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    public static string YesNo(bool value) => value ? "Ja" : "Nej";

    /// <summary>"Social- och omsorgsnämnden · plan 2024 · källa 003.txt".</summary>
    public static string PlanLine(PlanReport plan)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(plan.Organisation))
        {
            parts.Add(plan.Organisation);
        }

        if (!string.IsNullOrWhiteSpace(plan.Period))
        {
            parts.Add(plan.Period);
        }
        else if (plan.Year is { } year)
        {
            parts.Add(year.ToString(CultureInfo.InvariantCulture));
        }

        parts.Add($"plan-id {plan.DocumentId}");
        parts.Add($"källa {plan.SourceFile}");
        return string.Join(" · ", parts);
    }
}
