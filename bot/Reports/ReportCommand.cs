using System.Globalization;
using System.Text;
using Assistant.Bot.Cli;
using Assistant.Bot.Clock;
using Assistant.Bot.Reports.Writers;

namespace Assistant.Bot.Reports;

/// <summary>
/// `report [--plan ID] [--as-of YYYY-MM-DD] [--since YYYY-MM-DD] [--format md|csv|docx|xlsx] [--out FILE]`:
/// Markdown on stdout by default; docx and xlsx need --out. Exit 2 for bad input (nothing written).
/// </summary>
internal sealed class ReportCommand(IReportBuilder builder, IEnumerable<IReportWriter> writers, ILocalClock clock) : ICommand
{
    public string Verb => "report";

    public async Task<int> RunAsync(CommandArguments arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (arguments.Positional.Count > 0)
        {
            throw new CommandLineException($"report tar bara flaggor, inte '{arguments.Positional[0]}' / report takes only options. Usage: report [--plan ID] [--as-of YYYY-MM-DD] [--since YYYY-MM-DD] [--format md|csv|docx|xlsx] [--out FILE]");
        }

        var writer = Writer(arguments.Get("format"));
        var plan = PlanId(arguments);
        var asOf = arguments.GetDate("as-of") ?? clock.Today;
        var since = arguments.GetDate("since");
        if (since > asOf)
        {
            throw new CommandLineException($"--since ({ReportText.Date(since.Value)}) är efter --as-of ({ReportText.Date(asOf)}) / --since is after --as-of.");
        }

        var outPath = OutPath(arguments, writer);
        var report = await builder.BuildAsync(new ReportRequest(plan is { } id ? [id] : null, asOf, since), cancellationToken);
        if (report is null)
        {
            await stderr.WriteLineAsync(await UnknownPlanMessageAsync(plan!.Value, cancellationToken));
            return 2;
        }

        using var buffer = new MemoryStream();
        await writer.WriteAsync(report, buffer, cancellationToken);
        if (outPath is null)
        {
            // Text on the terminal: no BOM (that is for Excel opening a file).
            await stdout.WriteAsync(new UTF8Encoding(false).GetString(buffer.ToArray()).TrimStart('\uFEFF'));
            return 0;
        }

        await File.WriteAllBytesAsync(outPath, buffer.ToArray(), cancellationToken);
        await stdout.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Skrev {outPath}: {report.Plans.Count} plan(er), {report.ActivityCount} aktiviteter, status per {ReportText.Date(asOf)} / wrote the report."));
        return 0;
    }

    private IReportWriter Writer(string? format)
    {
        var wanted = (format ?? "md").Trim().ToLowerInvariant() switch
        {
            "md" or "markdown" => ReportFormat.Markdown,
            "csv" => ReportFormat.Csv,
            "docx" or "word" => ReportFormat.Docx,
            "xlsx" or "excel" => ReportFormat.Xlsx,
            _ => throw new CommandLineException($"--format ska vara md, csv, docx eller xlsx, inte '{format}' / --format must be md, csv, docx or xlsx."),
        };
        return writers.Single(w => w.Format == wanted);
    }

    private static int? PlanId(CommandArguments arguments)
    {
        if (!arguments.Has("plan"))
        {
            return null;
        }

        var text = arguments.Get("plan");
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new CommandLineException($"--plan ska vara ett plan-id (ett heltal), inte '{text}' / --plan needs a plan id. Utan --plan kommer alla planer med.");
    }

    private static string? OutPath(CommandArguments arguments, IReportWriter writer)
    {
        if (!arguments.Has("out"))
        {
            return writer.IsBinary
                ? throw new CommandLineException($"--format {writer.Extension.TrimStart('.')} skriver en fil: ange --out FIL, t.ex. --out uppfoljning{writer.Extension} / a {writer.Extension} report needs --out FILE.")
                : null;
        }

        var path = arguments.Get("out");
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CommandLineException("--out behöver ett filnamn / --out needs a file name.");
        }

        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new CommandLineException($"--out {path} är en mapp; ange en fil / is a folder, give a file.");
        }

        var directory = Path.GetDirectoryName(full);
        return directory is not null && !Directory.Exists(directory)
            ? throw new CommandLineException($"Mappen {directory} finns inte / the folder does not exist.")
            : full;
    }

    private async Task<string> UnknownPlanMessageAsync(int id, CancellationToken cancellationToken)
    {
        var plans = await builder.ListPlansAsync(cancellationToken);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Det finns ingen plan med id {id} / no plan with id {id}.");
        if (plans.Count == 0)
        {
            return text.Append(" Inga planer med aktiviteter är importerade än (kör import först) / no plans imported yet.").ToString();
        }

        text.AppendLine(" Planer / plans:");
        foreach (var plan in plans)
        {
            var year = plan.Year is { } y ? $", {y}" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"  --plan {plan.Id}  {plan.Title}{year} ({plan.ActivityCount} aktiviteter)");
        }

        return text.ToString().TrimEnd();
    }
}
