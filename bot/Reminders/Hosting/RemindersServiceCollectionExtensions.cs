using Assistant.Bot.Cli;
using Assistant.Bot.Conversation;
using Assistant.Bot.People;
using Assistant.Bot.Plans;
using Assistant.Bot.Reminders.Chat;
using Assistant.Bot.Reminders.Dispatch;
using Assistant.Bot.Reminders.Planning;
using Assistant.Bot.StatusUpdates;
using Assistant.Bot.Storage;
using Assistant.Bot.Telemetry;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Bot.Reminders.Hosting;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// Reminders, the owner directory and status recording. Hangfire (storage, server, recurring job) only in the web
    /// host: PostgreSQL storage in its own schema when Storage:Provider=Postgres, in-memory storage otherwise.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration, bool isWebHost)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AdminApiOptions>().Bind(configuration)
            .Validate(o => string.IsNullOrEmpty(o.AdminApiKey) || o.AdminApiKey.Length >= AdminApiOptions.MinKeyLength,
                $"AdminApiKey must be at least {AdminApiOptions.MinKeyLength} characters (e.g. openssl rand -base64 32), or unset to close the admin paths outside Development.")
            .ValidateOnStart();
        services.AddOwnerDirectory(configuration);
        services.AddStatusRecording();
        services.AddAssistantMetrics();
        services.AddSingleton<ReminderMetrics>();
        services.AddScoped<ReminderPlanner>();
        services.AddScoped<ReminderOutbox>();
        services.AddScoped<ConversationLocator>();
        services.AddScoped<DispatchMessageFactory>();
        services.AddSingleton<DispatchRateGate>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddSingleton<ReminderRunner>();
        services.AddScoped<ReminderJob>();
        services.AddScoped<ICommand, RemindCommand>();
        services.AddScoped<IChatHandler, SnoozeChatHandler>();
        services.AddSingleton<AdminRequests>();

        if (isWebHost)
        {
            AddHangfire(services, configuration);
        }

        return services;
    }

    public static WebApplication MapReminders(this WebApplication app)
    {
        app.MapReminderAdmin();
        var admins = app.Services.GetRequiredService<AdminRequests>();
        var development = app.Environment.IsDevelopment();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new DashboardAuthorization(admins)],
            // Outside Development nothing can be triggered or deleted without the admin key itself.
            IsReadOnlyFunc = context => !development && !admins.HasAdminKey(context.GetHttpContext()),
            DisplayStorageConnectionString = false,
            AppPath = null,
        });
        return app;
    }

    private static void AddHangfire(IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        services.AddHangfire((provider, config) =>
        {
            config.UseLogProvider(new HangfireLogProvider(provider.GetRequiredService<ILoggerFactory>()));
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (storage.Provider == StorageProvider.Postgres)
            {
                var connectionString = StorageServiceCollectionExtensions.ConnectionString(configuration, storage.Provider);
                config.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(connectionString),
                    new PostgreSqlStorageOptions { SchemaName = storage.HangfireSchema, PrepareSchemaIfNecessary = true });
            }
            else
            {
                config.UseInMemoryStorage();
            }
        });
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = 2;
            o.ShutdownTimeout = TimeSpan.FromSeconds(5);
        });
        services.AddHostedService<ReminderJobRegistration>();
    }
}
