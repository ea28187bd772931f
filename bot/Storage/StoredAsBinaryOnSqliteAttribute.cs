namespace Assistant.Bot.Storage;

/// <summary>
/// On a DateTimeOffset property of an entity: on SQLite the column holds the binary form (a number), because SQLite
/// cannot compare or order DateTimeOffset text; PostgreSQL keeps its native type. Applied by
/// <see cref="AssistantDbContext"/>, which alone knows the provider, so an entity's configuration need not.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class StoredAsBinaryOnSqliteAttribute : Attribute;
