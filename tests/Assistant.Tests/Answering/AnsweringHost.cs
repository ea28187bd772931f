using Assistant.Bot.Plans;
using Assistant.Bot.Answering;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Clock;
using Assistant.Bot.Storage;
using Assistant.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Answering;

/// <summary>The answering services as the app wires them (AddAnswering), on a fresh SQLite database and a fake clock.</summary>
public sealed class AnsweringHost : IAsyncDisposable
{
    private AnsweringHost(ServiceProvider services, AssistantDbContext db, FakeTimeProvider time)
    {
        Services = services;
        Db = db;
        Time = time;
    }

    public ServiceProvider Services { get; }

    /// <summary>A context on the same database, for the test to write knowledge.</summary>
    public AssistantDbContext Db { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<AnsweringHost> CreateAsync(int freshnessSeconds = 5)
    {
        var db = await TestDatabase.CreateSqliteAsync();
        var connection = db.Database.GetConnectionString();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Answering:FreshnessCheckSeconds"] = freshnessSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 9, 16, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(time)
            .AddClock(configuration)
            .AddDbContext<AssistantDbContext, SqliteAssistantDbContext>(o => o.UseSqlite(connection))
            .AddAnswering(configuration)
            .AddScoped<Bot.Conversation.ChatResponder>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new AnsweringHost(services, db, time);
    }

    public async Task SeedAsync()
    {
        Db.Documents.AddRange(SampleKnowledge.Documents.Select(d => new Bot.Plans.KnowledgeDocument
        {
            Title = d.Title, Organisation = d.Organisation, Year = d.Year, Kind = d.Kind, SourceFile = d.SourceFile, ContentHash = d.ContentHash,
        }));
        await Db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var ids = await Db.Documents.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(TestContext.Current.CancellationToken);
        Db.Forecasts.AddRange(SampleKnowledge.Forecasts().Select(f => { f.Id = 0; f.DocumentId = ids[f.DocumentId - 1]; return f; }));
        Db.Activities.AddRange(SampleKnowledge.Activities().Select(a => { a.Id = 0; a.DocumentId = ids[a.DocumentId - 1]; return a; }));
        Db.Passages.AddRange(SampleKnowledge.Passages().Select(p => { p.Id = 0; p.DocumentId = ids[p.DocumentId - 1]; return p; }));
        await Db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Db.DisposeAsync();
    }
}
