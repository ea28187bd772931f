using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assistant.Bot.Reminders;

/// <summary>The reminders' tables (the outbox, snoozes), reached as properties of the context.</summary>
public static class ReminderEntities
{
    extension(AssistantDbContext db)
    {
        public DbSet<ReminderDispatch> ReminderDispatches => db.Set<ReminderDispatch>();

        public DbSet<ReminderSnooze> ReminderSnoozes => db.Set<ReminderSnooze>();
    }
}

internal sealed class ReminderDispatchConfiguration : IEntityTypeConfiguration<ReminderDispatch>
{
    public void Configure(EntityTypeBuilder<ReminderDispatch> e)
    {
        e.ToTable("reminder_dispatches");
        e.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(r => new { r.OwnerKey, r.WindowKey }).IsUnique();
        e.HasIndex(r => r.State);
    }
}

internal sealed class ReminderSnoozeConfiguration : IEntityTypeConfiguration<ReminderSnooze>
{
    public void Configure(EntityTypeBuilder<ReminderSnooze> e)
    {
        e.ToTable("reminder_snoozes");
        e.HasIndex(s => new { s.UserKey, s.Until });
    }
}
