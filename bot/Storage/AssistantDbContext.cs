using Assistant.Bot.Plans;
using Assistant.Bot.Channel;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Knowledge.Upload;
using Assistant.Bot.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Assistant.Bot.Storage;

/// <summary>
/// The one database of the bot. Provider-specific subclasses (<see cref="SqliteAssistantDbContext"/>,
/// <see cref="PostgresAssistantDbContext"/>) carry their own migrations; code depends on this type.
/// </summary>
public abstract class AssistantDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<KnowledgeDocument> Documents => Set<KnowledgeDocument>();

    public DbSet<ForecastValue> Forecasts => Set<ForecastValue>();

    public DbSet<KeyFigure> Figures => Set<KeyFigure>();

    public DbSet<Passage> Passages => Set<Passage>();

    public DbSet<PlanActivity> Activities => Set<PlanActivity>();

    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();

    public DbSet<ConversationReferenceRecord> ConversationReferences => Set<ConversationReferenceRecord>();

    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();

    public DbSet<ReminderDispatch> ReminderDispatches => Set<ReminderDispatch>();

    public DbSet<ReminderSnooze> ReminderSnoozes => Set<ReminderSnooze>();

    public DbSet<PendingUpload> PendingUploads => Set<PendingUpload>();

    public DbSet<ImportLogEntry> ImportLog => Set<ImportLogEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KnowledgeDocument>(e =>
        {
            e.ToTable("documents");
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
            e.HasIndex(d => d.ContentHash).IsUnique();
            e.HasIndex(d => d.SourceFile);
            e.HasIndex(d => d.PlanKey);
        });

        modelBuilder.Entity<ForecastValue>(e =>
        {
            e.ToTable("forecasts");
            e.Property(f => f.Value).HasPrecision(18, 4);
            e.HasOne(f => f.Document).WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(f => new { f.DocumentId, f.Measure, f.Group, f.Year }).IsUnique();
        });

        modelBuilder.Entity<KeyFigure>(e =>
        {
            e.ToTable("figures");
            e.Property(f => f.Value).HasPrecision(18, 4);
            e.HasOne(f => f.Document).WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Passage>(e =>
        {
            e.ToTable("passages");
            e.HasOne(p => p.Document).WithMany().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PlanActivity>(e =>
        {
            e.ToTable("activities");
            e.HasOne(a => a.Document).WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(a => a.ExternalKey).IsUnique();
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
            e.Ignore(a => a.Deadline);
            e.HasMany(a => a.History).WithOne(h => h.Activity).HasForeignKey(h => h.ActivityId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<StatusChange>(e =>
        {
            e.ToTable("status_changes");
            e.Property(s => s.From).HasConversion<string>().HasMaxLength(32);
            e.Property(s => s.To).HasConversion<string>().HasMaxLength(32);
            e.Property(s => s.Channel).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(s => s.SubmissionKey).IsUnique();
            e.HasIndex(s => new { s.ActivityId, s.At });
        });

        modelBuilder.Entity<ConversationReferenceRecord>(e =>
        {
            e.ToTable("conversation_references");
            e.HasIndex(c => new { c.UserId, c.ConversationId }).IsUnique();
            e.HasIndex(c => c.AadObjectId);
        });

        modelBuilder.Entity<ProcessedActivity>(e =>
        {
            e.ToTable("processed_activities");
            e.HasKey(p => p.Key);
            e.HasIndex(p => p.ReceivedAt);
        });

        modelBuilder.Entity<ReminderDispatch>(e =>
        {
            e.ToTable("reminder_dispatches");
            e.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(r => new { r.OwnerKey, r.WindowKey }).IsUnique();
            e.HasIndex(r => r.State);
            if (Database.IsSqlite())
            {
                // SQLite cannot compare DateTimeOffset text; the lease is claimed by an UPDATE ... WHERE LockedUntil < now.
                e.Property(r => r.LockedUntil).HasConversion(new DateTimeOffsetToBinaryConverter());
            }
        });

        modelBuilder.Entity<ReminderSnooze>(e =>
        {
            e.ToTable("reminder_snoozes");
            e.HasIndex(s => new { s.UserKey, s.Until });
        });

        modelBuilder.Entity<PendingUpload>(e =>
        {
            e.ToTable("pending_uploads");
            e.Property(u => u.State).HasConversion<string>().HasMaxLength(16);
            e.Property(u => u.FileName).HasMaxLength(260);
            e.Property(u => u.Sha256).HasMaxLength(64);
            e.HasIndex(u => u.UploadedAt);
        });

        modelBuilder.Entity<ImportLogEntry>(e =>
        {
            e.ToTable("import_log");
            e.Property(l => l.FileName).HasMaxLength(260);
            e.Property(l => l.Sha256).HasMaxLength(64);
            e.Property(l => l.Channel).HasMaxLength(16);
            e.HasIndex(l => l.ImportedAt);
            if (Database.IsSqlite())
            {
                // SQLite cannot order DateTimeOffset text; "the latest import" orders by this column.
                e.Property(l => l.ImportedAt).HasConversion(new DateTimeOffsetToBinaryConverter());
            }
        });
    }
}
