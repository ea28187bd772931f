using System.Diagnostics;
using System.Text;

namespace Assistant.Tests.Reliability;

/// <summary>
/// The real bot executable (Assistant.Bot.dll beside the tests) as a child process in a working folder, which can be
/// killed with SIGKILL (Process.Kill) the moment a condition holds, as a crash would end it.
/// </summary>
internal static class ChildBot
{
    public sealed record Run(int? ExitCode, bool Killed, string Output, TimeSpan Elapsed);

    public static async Task<Run> RunAsync(string folder, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, Func<bool>? killWhen = null)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Assistant.Bot.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("Microsoft", StringComparison.OrdinalIgnoreCase) || k.StartsWith("OTEL_", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(key);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["Knowledge__LoadSamples"] = "false";
        info.Environment["Urls"] = "http://127.0.0.1:0";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var output = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var killed = false;
        while (!process.HasExited && watch.Elapsed < timeout)
        {
            if (killWhen?.Invoke() == true)
            {
                process.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flush, as a crash
                killed = true;
                break;
            }

            await Task.Delay(5);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            killed = true;
        }

        await process.WaitForExitAsync();
        lock (output)
        {
            return new Run(killed ? null : process.ExitCode, killed, output.ToString(), watch.Elapsed);
        }
    }
}
