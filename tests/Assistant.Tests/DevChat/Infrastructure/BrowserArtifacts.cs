namespace Assistant.Tests.DevChat.Infrastructure;

/// <summary>Where the browser tests keep their screenshots: TestResults/webchat-e2e/RUN at the repository root.</summary>
internal static class BrowserArtifacts
{
    public static string NewRunFolder(string name)
    {
        var root = RepositoryRoot() ?? Path.GetTempPath();
        var folder = Path.Combine(root, "TestResults", "webchat-e2e", $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Assistant.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
