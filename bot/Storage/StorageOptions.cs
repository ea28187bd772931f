using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Sqlite (default, embedded) or Postgres.</summary>
    [Required]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Hangfire's schema on PostgreSQL.</summary>
    public string HangfireSchema { get; set; } = "hangfire";
}

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
