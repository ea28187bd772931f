using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace Assistant.Bot.Reminders.Hosting;

/// <summary>
/// Hangfire's log provider is process-global (LogProvider), but the ILoggerFactory behind it belongs to one host:
/// once that host is disposed (a restart in process, a test host) every Hangfire object created afterwards would fail
/// in its constructor asking a disposed factory for a logger. This provider answers with a silent logger then.
/// </summary>
public sealed class HangfireLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggers);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
