namespace Assistant.Tests.Reports;

/// <summary>
/// The real seed documents, reached as ../shared/seeds from the repository root (or from a folder above it, so a git
/// worktree nested one level deeper finds them too). Tests skip with a clear message where they are absent.
/// </summary>
internal static class SeedFiles
{
    public static string Find(string pattern)
    {
        var root = RepositoryRoot();
        for (var dir = new DirectoryInfo(root).Parent; dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(seeds))
            {
                var match = Directory.GetFiles(seeds, pattern).Order(StringComparer.Ordinal).FirstOrDefault();
                if (match is not null)
                {
                    return match;
                }
            }
        }

        Assert.Skip($"Seed {pattern} not found in ../shared/seeds above {root}: the seed acceptance test needs the shared seeds beside the repository.");
        return string.Empty;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Assistant.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Assistant.sln not found above " + AppContext.BaseDirectory);
    }
}
