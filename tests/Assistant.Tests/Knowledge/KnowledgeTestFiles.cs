using Assistant.Bot.Knowledge.Extraction;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Knowledge.Reading;
using Assistant.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Tests.Knowledge;

/// <summary>Where the seeds and samples are, and short-hands to read, extract and import in tests.</summary>
public static class KnowledgeTestFiles
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Assistant.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Assistant.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SamplesFolder => Path.Combine(RepositoryRoot, "samples");

    /// <summary>The seed file whose name starts with <paramref name="prefix"/> ("003"); skips the test when the seeds are absent.</summary>
    public static string Seed(string prefix)
    {
        var folder = SeedsFolder();
        if (folder is null)
        {
            Assert.Skip($"The seed documents are absent: no shared/seeds beside the repository ({RepositoryRoot}) or above it; the acceptance tests need ../shared/seeds.");
        }

        return Directory.GetFiles(folder, prefix + "_*.txt").SingleOrDefault()
            ?? throw new FileNotFoundException($"no seed {prefix}_*.txt in {folder}");
    }

    /// <summary>../shared/seeds from the repository root; a git worktree (wt/NAME) looks further up.</summary>
    private static string? SeedsFolder()
    {
        for (var dir = Directory.GetParent(RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static ExtractionResult ExtractText(string text, string name = "test.txt") =>
        DocumentExtractor.Extract(DocumentReaders.Read(name, System.Text.Encoding.UTF8.GetBytes(text)));

    public static ExtractionResult Extract(string name, byte[] content) => DocumentExtractor.Extract(DocumentReaders.Read(name, content));

    public static DocumentImporter Importer(AssistantDbContext db, TimeProvider? time = null) =>
        new(db, time ?? TimeProvider.System, NullLogger<DocumentImporter>.Instance);

    /// <summary>Rows of a tab-separated text, for table readers.</summary>
    public static List<IReadOnlyList<string>> Rows(params string[] lines) => [.. lines.Select(l => (IReadOnlyList<string>)l.Split('\t'))];
}
