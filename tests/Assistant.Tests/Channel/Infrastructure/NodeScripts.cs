using System.Diagnostics;
using System.Text;

namespace Assistant.Tests.Channel.Infrastructure;

/// <summary>
/// Runs the interop scripts of tests/node against the official npm packages. Without node or tests/node/node_modules
/// the tests skip locally and fail when CI=true (run `npm ci` in tests/node first).
/// </summary>
internal static class NodeScripts
{
    public static string Directory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Assistant.sln")))
            {
                dir = dir.Parent;
            }

            return dir is null ? string.Empty : Path.Combine(dir.FullName, "tests", "node");
        }
    }

    /// <summary>Skips (locally) or fails (CI) when node or the npm packages are missing.</summary>
    public static void EnsureAvailable()
    {
        string? missing = null;
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "botframework-connector")))
        {
            missing = $"{Path.Combine(Directory, "node_modules")} is missing (run `npm ci` in tests/node)";
        }
        else if (FindNode() is null)
        {
            missing = "node is not on PATH";
        }

        if (missing is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"The interop checks need Node.js here: {missing}.");
        }

        Assert.Skip($"Node.js interop skipped: {missing}.");
    }

    /// <summary>Runs a script to its end with the given stdin; returns stdout (fails the test on a non-zero exit).</summary>
    public static async Task<string> RunAsync(string script, IEnumerable<string> arguments, string? stdin = null, TimeSpan? timeout = null)
    {
        using var process = Start(script, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(cancel.Token);
        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"node {script} exited {process.ExitCode}: {await stderr}\n{output}");
        return output;
    }

    /// <summary>Starts a long-running script (a server); lines of its stdout are collected as they come.</summary>
    public static Process Start(string script, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(FindNode()!)
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info)!;
    }

    private static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "node"))
            .FirstOrDefault(File.Exists);
}
