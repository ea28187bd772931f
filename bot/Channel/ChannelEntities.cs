using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assistant.Bot.Channel;

/// <summary>The channel's tables (conversation references, processed activity ids), reached as properties of the context.</summary>
public static class ChannelEntities
{
    extension(AssistantDbContext db)
    {
        public DbSet<ConversationReferenceRecord> ConversationReferences => db.Set<ConversationReferenceRecord>();

        public DbSet<ProcessedActivity> ProcessedActivities => db.Set<ProcessedActivity>();
    }
}

internal sealed class ConversationReferenceRecordConfiguration : IEntityTypeConfiguration<ConversationReferenceRecord>
{
    public void Configure(EntityTypeBuilder<ConversationReferenceRecord> e)
    {
        e.ToTable("conversation_references");
        e.HasIndex(c => new { c.UserId, c.ConversationId }).IsUnique();
        e.HasIndex(c => c.AadObjectId);
    }
}

internal sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivity>
{
    public void Configure(EntityTypeBuilder<ProcessedActivity> e)
    {
        e.ToTable("processed_activities");
        e.HasKey(p => p.Key);
        e.HasIndex(p => p.ReceivedAt);
    }
}
