namespace Assistant.Tests.Architecture;

/// <summary>The repository's source files, read from the checkout the tests were built from.</summary>
internal static class SourceTree
{
    /// <summary>The folder holding Assistant.sln, found upwards from the test binaries.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Assistant.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Assistant.sln above {AppContext.BaseDirectory}: the architecture tests read the sources of the checkout.");
    }

    /// <summary>Files under the folder (relative to the root, '/'-separated), skipping build output.</summary>
    public static IEnumerable<string> Files(string folder, string pattern = "*") =>
        Directory.EnumerateFiles(Path.Combine(Root(), folder), pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root(), f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    public static string Read(string relative) => File.ReadAllText(Path.Combine(Root(), relative));
}
