namespace Assistant.Bot.Cli;

/// <summary>
/// A command-line verb that needs neither the database nor the bot's other settings (e.g. `package`, which needs only
/// MicrosoftAppId): the host does not migrate the database for it nor check the whole configuration first, so it runs
/// on a workstation that has neither the production database nor its secrets. It checks what it uses itself.
/// </summary>
public interface IStandaloneCommand : ICommand;
