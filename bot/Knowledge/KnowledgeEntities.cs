using Assistant.Bot.Plans;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assistant.Bot.Knowledge;

/// <summary>The plan documents' tables, reached as properties of the context.</summary>
public static class KnowledgeEntities
{
    extension(AssistantDbContext db)
    {
        public DbSet<KnowledgeDocument> Documents => db.Set<KnowledgeDocument>();

        public DbSet<ForecastValue> Forecasts => db.Set<ForecastValue>();

        public DbSet<KeyFigure> Figures => db.Set<KeyFigure>();

        public DbSet<Passage> Passages => db.Set<Passage>();
    }
}

internal sealed class KnowledgeDocumentConfiguration : IEntityTypeConfiguration<KnowledgeDocument>
{
    public void Configure(EntityTypeBuilder<KnowledgeDocument> e)
    {
        e.ToTable("documents");
        e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(d => d.Author).HasMaxLength(200);
        e.Property(d => d.CommissionedBy).HasMaxLength(200);
        e.Property(d => d.ForecastBy).HasMaxLength(200);
        e.HasIndex(d => d.ContentHash).IsUnique();
        e.HasIndex(d => d.SourceFile);
        e.HasIndex(d => d.PlanKey);
    }
}

internal sealed class ForecastValueConfiguration : IEntityTypeConfiguration<ForecastValue>
{
    public void Configure(EntityTypeBuilder<ForecastValue> e)
    {
        e.ToTable("forecasts");
        e.Property(f => f.Value).HasPrecision(18, 4);
        e.HasOne(f => f.Document).WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(f => new { f.DocumentId, f.Measure, f.Group, f.Year }).IsUnique();
    }
}

internal sealed class KeyFigureConfiguration : IEntityTypeConfiguration<KeyFigure>
{
    public void Configure(EntityTypeBuilder<KeyFigure> e)
    {
        e.ToTable("figures");
        e.Property(f => f.Value).HasPrecision(18, 4);
        e.HasOne(f => f.Document).WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PassageConfiguration : IEntityTypeConfiguration<Passage>
{
    public void Configure(EntityTypeBuilder<Passage> e)
    {
        e.ToTable("passages");
        e.HasOne(p => p.Document).WithMany().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
