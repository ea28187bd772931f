using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Assistant.Bot.Storage;

/// <summary>
/// The one database of the bot. Provider-specific subclasses (<see cref="SqliteAssistantDbContext"/>,
/// <see cref="PostgresAssistantDbContext"/>) carry their own migrations; code depends on this type. It knows no feature:
/// each feature owns its entities and their <see cref="IEntityTypeConfiguration{TEntity}"/> (table, keys, indexes,
/// conversions), applied here from the assembly, and reaches its tables with <c>Set&lt;T&gt;()</c> (the features offer
/// that as a property of the context, e.g. <c>db.Activities</c>, next to their configurations).
/// </summary>
public abstract class AssistantDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AssistantDbContext).Assembly);
        if (!Database.IsSqlite())
        {
            return;
        }

        foreach (var entity in modelBuilder.Model.GetEntityTypes().ToList())
        {
            foreach (var property in entity.GetProperties().Where(p => p.PropertyInfo?.IsDefined(typeof(StoredAsBinaryOnSqliteAttribute), inherit: false) == true).ToList())
            {
                modelBuilder.Entity(entity.ClrType).Property(property.Name).HasConversion(new DateTimeOffsetToBinaryConverter());
            }
        }
    }
}
