using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assistant.Bot.Plans;

/// <summary>The plan activities' tables, reached as properties of the context.</summary>
public static class ActivityEntities
{
    extension(AssistantDbContext db)
    {
        public DbSet<PlanActivity> Activities => db.Set<PlanActivity>();

        public DbSet<StatusChange> StatusChanges => db.Set<StatusChange>();
    }
}

internal sealed class PlanActivityConfiguration : IEntityTypeConfiguration<PlanActivity>
{
    public void Configure(EntityTypeBuilder<PlanActivity> e)
    {
        e.ToTable("activities");
        e.HasOne(a => a.Document).WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(a => a.ExternalKey).IsUnique();
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        e.Ignore(a => a.Deadline);
        e.Property(a => a.TableName).HasMaxLength(PlanActivity.TableNameMaxLength);
        e.HasMany(a => a.History).WithOne(h => h.Activity).HasForeignKey(h => h.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> e)
    {
        e.ToTable("status_changes");
        e.Property(s => s.From).HasConversion<string>().HasMaxLength(32);
        e.Property(s => s.To).HasConversion<string>().HasMaxLength(32);
        e.Property(s => s.Channel).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(s => s.SubmissionKey).IsUnique();
        e.HasIndex(s => new { s.ActivityId, s.At });
    }
}
