using System.Diagnostics;

namespace Assistant.Tests.Manifest;

/// <summary>
/// Node.js and the npm packages of tests/node (the official implementations we check against). Where either is
/// missing the test skips, unless CI=true, where it fails.
/// </summary>
public static class NodeTool
{
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>tests/node of this repository, with node_modules installed; skips or fails otherwise.</summary>
    public static string RequireTestsNode()
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "tests", "node");
        string? missing = null;
        if (FindOnPath("node") is null)
        {
            missing = "node is not installed";
        }
        else if (!Directory.Exists(Path.Combine(folder, "node_modules", "@microsoft", "app-manifest")))
        {
            missing = $"{folder}/node_modules is absent (run npm ci in tests/node)";
        }

        if (missing is not null)
        {
            if (Required)
            {
                Assert.Fail($"Node checks are required in CI but {missing}.");
            }

            Assert.Skip($"Node checks skipped: {missing}.");
        }

        return folder;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
