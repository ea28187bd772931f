using Assistant.Bot.Plans;
using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Benchmarks;

/// <summary>The seeds (../shared/seeds beside the repository) imported by the real importer, and synthetic copies of them.</summary>
public static class SeedKnowledge
{
    public static async Task<KnowledgeSnapshot> LoadAsync(int copies)
    {
        var seeds = FindSeeds() ?? throw new DirectoryNotFoundException("../shared/seeds was not found above the repository: the benchmark answers over the seeds.");
        var path = Path.Combine(Path.GetTempPath(), $"assistant-bench-{Guid.NewGuid():N}.db");
        await using var db = new SqliteAssistantDbContext(new DbContextOptionsBuilder<SqliteAssistantDbContext>().UseSqlite($"Data Source={path}").Options);
        await db.Database.MigrateAsync();
        var importer = new DocumentImporter(db, TimeProvider.System, NullLogger<DocumentImporter>.Instance);
        foreach (var file in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            await importer.ImportFileAsync(file, CancellationToken.None);
        }

        var one = await KnowledgeLoader.LoadAsync(db, CancellationToken.None);
        return copies <= 1 ? one : Scale(one, copies);
    }

    /// <summary>The knowledge with every document copied <paramref name="copies"/> times (new ids, same content).</summary>
    public static KnowledgeSnapshot Scale(KnowledgeSnapshot one, int copies)
    {
        var documents = new List<KnowledgeDocument>();
        var forecasts = new List<ForecastValue>();
        var figures = new List<KeyFigure>();
        var activities = new List<PlanActivity>();
        var passages = new List<Passage>();
        var idStep = one.Documents.Keys.Max() + 1;
        var (forecastId, figureId, activityId, passageId) = (0, 0, 0, 0);
        for (var copy = 0; copy < copies; copy++)
        {
            var offset = copy * idStep;
            documents.AddRange(one.Documents.Values.Select(d => new KnowledgeDocument
            {
                Id = d.Id + offset, Title = copy == 0 ? d.Title : $"{d.Title} (kopia {copy})", Organisation = d.Organisation, Year = d.Year,
                Kind = d.Kind, SourceFile = d.SourceFile, ContentHash = d.ContentHash + copy,
            }));
            forecasts.AddRange(one.Forecasts.Select(f => new ForecastValue { Id = ++forecastId, DocumentId = f.DocumentId + offset, Measure = f.Measure, Group = f.Group, Year = f.Year, Value = f.Value, Table = f.Table }));
            figures.AddRange(one.Figures.Select(f => new KeyFigure { Id = ++figureId, DocumentId = f.DocumentId + offset, Table = f.Table, Row = f.Row, Column = f.Column, Year = f.Year, Value = f.Value, Unit = f.Unit, RawText = f.RawText }));
            activities.AddRange(one.Activities.Select(a => new PlanActivity
            {
                Id = ++activityId, DocumentId = a.DocumentId + offset, ExternalKey = a.ExternalKey + copy, Ordinal = a.Ordinal, Title = a.Title,
                Description = a.Description, Goal = a.Goal, Owners = a.Owners, OwnerKeys = a.OwnerKeys, Deadline = a.Deadline, Status = a.Status,
                StatusRaw = a.StatusRaw, Comment = a.Comment,
            }));
            passages.AddRange(one.Passages.Select(p => new Passage { Id = ++passageId, DocumentId = p.DocumentId + offset, Ordinal = p.Ordinal, HeadingPath = p.HeadingPath, Text = p.Text }));
        }

        return KnowledgeSnapshot.Create(documents, forecasts, figures, activities, passages);
    }

    private static string? FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        return null;
    }
}
