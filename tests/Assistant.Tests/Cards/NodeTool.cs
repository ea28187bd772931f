using System.Diagnostics;

namespace Assistant.Tests.Cards;

/// <summary>Runs a node script of tests/node (or another folder) and captures its output.</summary>
internal static class NodeTool
{
    public sealed record Result(int ExitCode, string Output);

    public static string RepositoryRoot()
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

    /// <summary>Skips the test when node or tests/node/node_modules is missing, unless CI=true (then it fails).</summary>
    public static void SkipUnlessAvailable(string root)
    {
        var modules = Path.Combine(root, "tests", "node", "node_modules");
        var reason = FindNode() is null ? "node is not on the PATH"
            : !Directory.Exists(Path.Combine(modules, "adaptivecards")) || !Directory.Exists(Path.Combine(modules, "markdown-it"))
                ? "tests/node/node_modules is missing or stale (run npm ci in tests/node)"
            : null;
        if (reason is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI=true but {reason}.");
        }

        Assert.Skip(reason + ".");
    }

    public static async Task<Result> RunAsync(string workingDirectory, string script, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo(FindNode() ?? "node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_PATH"] = Path.Combine(root, "tests", "node", "node_modules");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, (await output) + (await error));
    }

    private static string? FindNode()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "node.exe" } : ["node"];
        var paths = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return paths.SelectMany(p => names.Select(n => Path.Combine(p, n))).FirstOrDefault(File.Exists);
    }
}
