namespace Assistant.Bot.Cli;

/// <summary>
/// The verbs of the bot executable (README.md, "Command line"): import, export, ask, remind, report, package.
/// Each verb is one <see cref="ICommand"/> registered in DI.
/// </summary>
public static class CommandLine
{
    public static string? VerbOf(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal) ? args[0] : null;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var verb = VerbOf(args)!;
        await using var scope = services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<ICommand>().FirstOrDefault(c => string.Equals(c.Verb, verb, StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            var known = string.Join(", ", scope.ServiceProvider.GetServices<ICommand>().Select(c => c.Verb).Order());
            await stderr.WriteLineAsync($"Unknown command '{verb}'. Known: {known}.");
            return 2;
        }

        try
        {
            return await command.RunAsync(CommandArguments.Parse(args[1..]), stdout, stderr, cancellationToken);
        }
        catch (CommandLineException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return 2;
        }
    }
}

/// <summary>One verb of the command line.</summary>
public interface ICommand
{
    string Verb { get; }

    Task<int> RunAsync(CommandArguments arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken);
}

/// <summary>A usage error: printed as it is, exit code 2.</summary>
public sealed class CommandLineException(string message) : Exception(message);
