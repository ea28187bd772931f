using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Assistant.Tests.Storage;

/// <summary>
/// The model the features' entity configurations build is exactly the one the migrations were made from, for both
/// providers (as `dotnet ef migrations has-pending-model-changes` checks): a configuration moved or changed without a
/// migration fails here, not on a production database.
/// </summary>
public sealed class ModelSnapshotTests
{
    [Fact]
    public void Sqlite_model_has_no_changes_the_migrations_lack()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void Postgres_model_has_no_changes_the_migrations_lack()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
