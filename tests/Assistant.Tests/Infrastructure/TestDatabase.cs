using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Tests.Infrastructure;

/// <summary>Fresh, migrated databases of either provider, for tests that must pass on both.</summary>
public static class TestDatabase
{
    public static async Task<AssistantDbContext> CreateSqliteAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"assistant-test-{Guid.NewGuid():N}.db");
        var context = new SqliteAssistantDbContext(new DbContextOptionsBuilder<SqliteAssistantDbContext>().UseSqlite($"Data Source={path}").Options);
        await context.Database.MigrateAsync();
        return context;
    }

    public static async Task<AssistantDbContext> CreatePostgresAsync(PostgresServer server)
    {
        var connectionString = await server.CreateDatabaseAsync();
        var context = new PostgresAssistantDbContext(new DbContextOptionsBuilder<PostgresAssistantDbContext>().UseNpgsql(connectionString).Options);
        await context.Database.MigrateAsync();
        return context;
    }

    /// <summary>A new context on the same database as <paramref name="context"/> (to read what another unit of work wrote).</summary>
    public static AssistantDbContext Reopen(AssistantDbContext context) => context switch
    {
        SqliteAssistantDbContext => new SqliteAssistantDbContext(new DbContextOptionsBuilder<SqliteAssistantDbContext>().UseSqlite(context.Database.GetConnectionString()).Options),
        PostgresAssistantDbContext => new PostgresAssistantDbContext(new DbContextOptionsBuilder<PostgresAssistantDbContext>().UseNpgsql(context.Database.GetConnectionString()).Options),
        _ => throw new ArgumentException("unknown provider", nameof(context)),
    };
}
