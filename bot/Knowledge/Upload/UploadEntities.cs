using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assistant.Bot.Knowledge.Upload;

/// <summary>The upload's tables (pending uploads, the import log), reached as properties of the context.</summary>
public static class UploadEntities
{
    extension(AssistantDbContext db)
    {
        public DbSet<PendingUpload> PendingUploads => db.Set<PendingUpload>();

        public DbSet<ImportLogEntry> ImportLog => db.Set<ImportLogEntry>();
    }
}

internal sealed class PendingUploadConfiguration : IEntityTypeConfiguration<PendingUpload>
{
    public void Configure(EntityTypeBuilder<PendingUpload> e)
    {
        e.ToTable("pending_uploads");
        e.Property(u => u.State).HasConversion<string>().HasMaxLength(16);
        e.Property(u => u.FileName).HasMaxLength(260);
        e.Property(u => u.Sha256).HasMaxLength(64);
        e.HasIndex(u => u.UploadedAt);
    }
}

internal sealed class ImportLogEntryConfiguration : IEntityTypeConfiguration<ImportLogEntry>
{
    public void Configure(EntityTypeBuilder<ImportLogEntry> e)
    {
        e.ToTable("import_log");
        e.Property(l => l.FileName).HasMaxLength(260);
        e.Property(l => l.Sha256).HasMaxLength(64);
        e.Property(l => l.Channel).HasMaxLength(16);
        e.HasIndex(l => l.ImportedAt);
    }
}
