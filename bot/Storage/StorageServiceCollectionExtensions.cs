using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The database: SQLite file by default, PostgreSQL by `Storage:Provider=Postgres`.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var connectionString = ConnectionString(configuration, options.Provider);

        // Pooled: a turn leases an initialised context instead of building one (and resolving EF's internal services)
        // per request. The contexts keep no state of their own, as pooling requires.
        if (options.Provider == StorageProvider.Postgres)
        {
            services.AddDbContextPool<AssistantDbContext, PostgresAssistantDbContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            services.AddDbContextPool<AssistantDbContext, SqliteAssistantDbContext>(o => o.UseSqlite(connectionString));
        }

        services.AddHostedService<DatabaseMigrator>();
        return services;
    }

    /// <summary>`ConnectionStrings:Assistant`, or for SQLite a file beside the working directory.</summary>
    public static string ConnectionString(IConfiguration configuration, StorageProvider provider)
    {
        var configured = configuration.GetConnectionString("Assistant");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        return provider == StorageProvider.Sqlite
            ? "Data Source=assistant.db"
            : throw new InvalidOperationException("ConnectionStrings:Assistant is required when Storage:Provider is Postgres.");
    }
}
