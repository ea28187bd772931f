using Assistant.Bot.Cli;

namespace Assistant.Bot.Hosting;

/// <summary>
/// A command-line verb that never touches the database (e.g. `package`): the host does not migrate or even open the
/// database for it, so it runs on a workstation that cannot reach the production database.
/// </summary>
public interface ICommandWithoutDatabase : ICommand;
