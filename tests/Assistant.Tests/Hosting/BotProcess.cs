using System.Diagnostics;
using System.Text;

namespace Assistant.Tests.Hosting;

/// <summary>
/// Runs the real bot executable (Assistant.Bot.dll, copied beside the tests) in a child process, in a fresh working
/// folder with its own SQLite file, and collects its exit code and output. A process still running at the timeout
/// is killed and reported as such.
/// <para>
/// The one process runner of the tests, for what only the executable shows: a refused production start-up (exit code,
/// stderr), the standard hosting variables honoured, command-line verbs as an operator runs them, a crash (SIGKILL
/// mid-run). Everything else hosts the bot in process with <see cref="Infrastructure.TestApp"/>, which is seconds faster.
/// </para>
/// </summary>
public static class BotProcess
{
    public sealed record Result(int? ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
    {
        public bool TimedOut => ExitCode is null;

        /// <summary>Ended by the runner (timeout, stop condition, killWhen) rather than by itself.</summary>
        public bool Killed => ExitCode is null;

        /// <summary>stdout, then stderr.</summary>
        public string Output => Stdout + Stderr;

        public override string ToString() => $"exit {ExitCode?.ToString() ?? "none (killed at timeout)"} after {Elapsed.TotalSeconds:F1} s\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
    }

    /// <param name="environment">Variables on top of the defaults.</param>
    /// <param name="stopWhenStdoutContains">Ends the process (killed, exit code null) as soon as its output shows this.</param>
    /// <param name="stop">Ends the process (killed, exit code null) when cancelled.</param>
    /// <param name="unset">Variables removed after the defaults (e.g. Urls, to see the standard ones honoured).</param>
    /// <param name="killWhen">Polled every few milliseconds: SIGKILL (no shutdown, no flush, as a crash) the moment it holds.</param>
    public static async Task<Result> RunAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, string? workingDirectory = null, string? stopWhenStdoutContains = null, CancellationTokenSource? stop = null, IReadOnlyCollection<string>? unset = null, Func<bool>? killWhen = null)
    {
        var folder = workingDirectory ?? Directory.CreateTempSubdirectory("assistant-proc-").FullName;
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Assistant.Bot.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // A quiet, isolated instance: its own database, a free port, no sample import, no inherited bot settings.
        info.Environment["ConnectionStrings__Assistant"] = $"Data Source={Path.Combine(folder, "assistant.db")}";
        info.Environment["Urls"] = "http://127.0.0.1:0";
        info.Environment["Knowledge__LoadSamples"] = "false";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("Microsoft", StringComparison.OrdinalIgnoreCase) || k.StartsWith("OTEL_", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        foreach (var key in unset ?? [])
        {
            info.Environment.Remove(key);
        }

        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stop?.Token ?? CancellationToken.None);
        cts.CancelAfter(timeout);
        process.OutputDataReceived += (_, e) =>
        {
            lock (stdout)
            {
                stdout.AppendLine(e.Data);
                if (stopWhenStdoutContains is not null && e.Data?.Contains(stopWhenStdoutContains, StringComparison.Ordinal) == true)
                {
                    cts.Cancel();
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var watcher = killWhen is null ? Task.CompletedTask : Task.Run(async () =>
        {
            while (!process.HasExited && !cts.IsCancellationRequested)
            {
                if (killWhen())
                {
                    process.Kill(entireProcessTree: true);
                    await cts.CancelAsync();
                    return;
                }

                await Task.Delay(5, CancellationToken.None);
            }
        });
        int? exitCode;
        try
        {
            await process.WaitForExitAsync(cts.Token);
            exitCode = process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            exitCode = null;
        }

        // Drains the redirected streams before the output is read.
        await process.WaitForExitAsync();
        await watcher;
        lock (stdout)
        {
            lock (stderr)
            {
                return new Result(exitCode, stdout.ToString(), stderr.ToString(), watch.Elapsed);
            }
        }
    }
}
