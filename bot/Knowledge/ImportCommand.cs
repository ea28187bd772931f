using Assistant.Bot.Cli;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Knowledge.Reading;
using Assistant.Bot.Knowledge.Upload;

namespace Assistant.Bot.Knowledge;

/// <summary>
/// `import [--dry-run] PATH...`: files or folders (searched recursively for supported files; README files are skipped).
/// Per document a summary line and what changed (<see cref="ImportPreviewText"/>) on stdout; problems and notes
/// indented on stderr. Exit 1 when any file failed, the others are still imported. With --dry-run the same summary
/// says what the import would do, and nothing is written.
/// </summary>
public sealed class ImportCommand(IDocumentImporter importer, ImportLogWriter log) : ICommand
{
    public string Verb => "import";

    public async Task<int> RunAsync(CommandArguments arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var dryRun = arguments.Has("dry-run");
        var paths = arguments.Positional.ToList();
        if (arguments.Get("dry-run") is { } first && !string.Equals(first, "true", StringComparison.OrdinalIgnoreCase))
        {
            paths.Insert(0, first); // "--dry-run FILE": the parser took the file for the flag's value
        }

        if (paths.Count == 0)
        {
            throw new CommandLineException("Användning: import [--dry-run] SÖKVÄG... (filer eller mappar). Usage: import [--dry-run] PATH... (files or folders).");
        }

        var failed = false;
        foreach (var path in paths)
        {
            var files = Files(path);
            if (files is null)
            {
                await stdout.WriteLineAsync(ImportResult.Failure(path, "filen eller mappen finns inte").Summary());
                failed = true;
                continue;
            }

            if (files.Count == 0)
            {
                await stderr.WriteLineAsync($"{path}: inga dokument att importera ({string.Join(", ", DocumentReaders.Extensions)})");
            }

            foreach (var file in files)
            {
                var result = dryRun
                    ? await importer.PreviewFileAsync(file, cancellationToken)
                    : await importer.ImportFileAsync(file, cancellationToken);
                if (!dryRun && result.Outcome is ImportOutcome.Imported or ImportOutcome.Replaced)
                {
                    // Every import is logged: who (the shell's user), when, which file and its SHA-256.
                    var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(file, cancellationToken)));
                    await log.AddAsync(Path.GetFileName(file), sha, Environment.UserName, null, ImportLogWriter.CommandLine, result.Summary(), cancellationToken);
                }

                foreach (var line in ImportPreviewText.Lines(result))
                {
                    await stdout.WriteLineAsync(line);
                }

                failed |= result.Failed;
                foreach (var line in (result.Failed ? [] : result.Problems).Select(p => "  - " + p).Concat(result.Notes.Skip(result.Outcome == ImportOutcome.Duplicate ? 1 : 0).Select(n => "  · " + n)))
                {
                    await stderr.WriteLineAsync(line);
                }
            }
        }

        return failed ? 1 : 0;
    }

    /// <summary>The file itself, or a folder's supported files in name order; null when the path does not exist.</summary>
    private static List<string>? Files(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            return null;
        }

        return [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => DocumentReaders.IsSupported(f) && !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
    }
}
