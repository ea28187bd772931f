using Assistant.Bot.Channel;
using Assistant.Bot.Clock;
using Assistant.Bot.Conversation;
using Assistant.Bot.Reminders;
using Assistant.Bot.Reminders.Hosting;
using Assistant.Bot.Storage;
using Assistant.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Reminders;

/// <summary>
/// The reminders as the app wires them (AddReminders), on a real database, a fake clock and a recording messenger.
/// Several harnesses on one database are several app instances.
/// </summary>
internal sealed class ReminderHarness : IAsyncDisposable
{
    public static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    private ReminderHarness(ServiceProvider services, FakeTimeProvider time, RecordingMessenger messenger)
    {
        Services = services;
        Time = time;
        Messenger = messenger;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public RecordingMessenger Messenger { get; }

    public ReminderRunner Runner => Services.GetRequiredService<ReminderRunner>();

    /// <param name="database">A migrated database (its connection string is reused).</param>
    /// <param name="configure">Last changes to the services (e.g. a fake Graph behind the app's HttpClients).</param>
    public static ReminderHarness Create(AssistantDbContext database, IDictionary<string, string?> settings, FakeTimeProvider? time = null, RecordingMessenger? messenger = null, Action<IServiceCollection>? configure = null)
    {
        time ??= new FakeTimeProvider(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        messenger ??= new RecordingMessenger(time);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddClock(configuration);
        var connectionString = database.Database.GetConnectionString();
        if (database is PostgresAssistantDbContext)
        {
            services.AddDbContext<AssistantDbContext, PostgresAssistantDbContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            services.AddDbContext<AssistantDbContext, SqliteAssistantDbContext>(o => o.UseSqlite(connectionString));
        }

        services.AddReminders(configuration, isWebHost: false);
        services.AddSingleton<IProactiveMessenger>(messenger);
        configure?.Invoke(services);
        return new ReminderHarness(services.BuildServiceProvider(validateScopes: true), time, messenger);
    }

    /// <summary>Sets the clock to a local Stockholm time.</summary>
    public void SetLocal(DateOnly date, int hour, int minute = 0)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        Time.SetUtcNow(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Stockholm), TimeSpan.Zero));
    }

    public static DateTime LocalOf(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Stockholm).DateTime;

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>A conversation reference for each user (Teams id "29:{id}", personal chat "a:{id}").</summary>
    public static async Task SeedReferencesAsync(AssistantDbContext db, params string[] aadObjectIds)
    {
        foreach (var id in aadObjectIds)
        {
            db.ConversationReferences.Add(new ConversationReferenceRecord
            {
                UserId = $"29:{id}",
                AadObjectId = id,
                UserName = $"User {id[..4]}",
                TenantId = "tenant-1",
                ChannelId = "msteams",
                ServiceUrl = "https://smba.example/teams/",
                ConversationId = $"a:{id}",
                ConversationType = "personal",
                BotId = "28:bot",
                Locale = "sv-SE",
            });
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    public static UserRef User(string aadObjectId, string name = "Test Person") => new($"29:{aadObjectId}", aadObjectId, name, "tenant-1");

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
