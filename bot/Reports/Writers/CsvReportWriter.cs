using System.Globalization;
using System.Text;

namespace Assistant.Bot.Reports.Writers;

/// <summary>
/// One row per activity, for Excel and scripts. RFC 4180 quoting and CRLF line ends, but with ';' as the separator:
/// Swedish Excel uses the comma as decimal mark and splits on ';' (its list separator), so a file opened by double-click
/// lands in columns. UTF-8 with a BOM so Excel reads å, ä, ö right. Text that starts like a formula (=, +, -, @) gets a
/// leading apostrophe so Excel shows it as text instead of running it.
/// </summary>
internal sealed class CsvReportWriter : IReportWriter
{
    public const char Separator = ';';

    public static readonly IReadOnlyList<string> Columns =
    [
        "Plan-id", "Plan", "Perspektiv", "Nämndmål", "Nr", "Aktivitet", "Slutfört", "Sista dag", "Ansvarig",
        "Status", "Kommentar", "Rapporterad av", "Rapporterad", "Kanal", "Försenad", "Ändrad sedan",
    ];

    public ReportFormat Format => ReportFormat.Csv;

    public bool IsBinary => false;

    public string Extension => ".csv";

    public async Task WriteAsync(Report report, Stream output, CancellationToken cancellationToken)
    {
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(Render(report))).ToArray();
        await output.WriteAsync(bytes, cancellationToken);
    }

    /// <summary>The CSV text without the BOM.</summary>
    public static string Render(Report report)
    {
        var csv = new StringBuilder();
        Line(csv, Columns);
        foreach (var plan in report.Plans)
        {
            foreach (var a in plan.Activities)
            {
                Line(csv,
                [
                    plan.DocumentId.ToString(CultureInfo.InvariantCulture),
                    plan.Title,
                    ReportText.Perspective(a.Perspective),
                    ReportText.Goal(a.Goal),
                    a.Number.ToString(CultureInfo.InvariantCulture),
                    a.ReportText,
                    a.Deadline ?? string.Empty,
                    a.LastDay is { } day ? ReportText.Date(day) : string.Empty,
                    ReportText.Owners(a.Owners),
                    a.StatusText,
                    a.Comment ?? string.Empty,
                    a.ReportedBy,
                    a.ReportedAt is { } at ? ReportText.DateTime(at) : string.Empty,
                    ReportText.Channel(a.Channel),
                    ReportText.YesNo(a.Overdue),
                    report.Since is null ? string.Empty : ReportText.YesNo(a.ChangedSince),
                ]);
            }
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                csv.Append(Separator);
            }

            csv.Append(Field(field));
            first = false;
        }

        csv.Append("\r\n");
    }

    /// <summary>One field, quoted when it holds the separator, a quote, a line break or edge spaces.</summary>
    internal static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        var quote = value.AsSpan().IndexOfAny([Separator, '"', '\r', '\n', ',']) >= 0
            || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
