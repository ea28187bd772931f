using Microsoft.EntityFrameworkCore;

namespace Assistant.Bot.Storage;

/// <summary>SQLite: the embedded default. Migrations in Storage/Migrations/Sqlite.</summary>
public sealed class SqliteAssistantDbContext(DbContextOptions<SqliteAssistantDbContext> options) : AssistantDbContext(options);

/// <summary>PostgreSQL: production and scale-out. Migrations in Storage/Migrations/Postgres.</summary>
public sealed class PostgresAssistantDbContext(DbContextOptions<PostgresAssistantDbContext> options) : AssistantDbContext(options);
