using Assistant.Bot.Cli;
using Assistant.Bot.Storage;

namespace Assistant.Bot.Knowledge;

/// <summary>`export --format json [--out FILE]`: the whole knowledge base as JSON (see <see cref="KnowledgeExport"/>) on stdout or to a file.</summary>
public sealed class ExportCommand(AssistantDbContext db) : ICommand
{
    public string Verb => "export";

    public async Task<int> RunAsync(CommandArguments arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var format = arguments.Get("format") ?? "json";
        if (!string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            throw new CommandLineException($"Formatet '{format}' stöds inte; använd --format json. Format '{format}' is not supported; use --format json.");
        }

        if (arguments.Get("out") is { Length: > 0 } path)
        {
            await using var file = File.Create(path);
            await KnowledgeExport.WriteJsonAsync(db, file, cancellationToken);
            return 0;
        }

        using var buffer = new MemoryStream();
        await KnowledgeExport.WriteJsonAsync(db, buffer, cancellationToken);
        await stdout.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        await stdout.FlushAsync(cancellationToken);
        return 0;
    }
}
