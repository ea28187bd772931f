using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Assistant.Bot.Storage;

/// <summary>Used by `dotnet ef migrations add` only; the running app configures contexts in <see cref="StorageServiceCollectionExtensions"/>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAssistantDbContext>
{
    public SqliteAssistantDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAssistantDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAssistantDbContext>
{
    public PostgresAssistantDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAssistantDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
