using Assistant.Bot.Knowledge;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Knowledge.Samples;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static Assistant.Tests.Knowledge.KnowledgeTestFiles;

namespace Assistant.Tests.Knowledge;

/// <summary>The project's own sample documents: they import cleanly, and the loader fills only an empty database.</summary>
public sealed class SampleTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public void The_samples_are_copied_beside_the_application()
    {
        var copied = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples")).Select(Path.GetFileName).Order();
        Assert.Equal(Directory.GetFiles(SamplesFolder).Select(Path.GetFileName).Order(), copied);
    }

    [Theory]
    [InlineData("personal-och-kompetensforsorjningsplan-2021.md", 126, 5, 0)]
    [InlineData("uppfoljning-verksamhetsplan-2024.txt", 0, 11, 0)]
    [InlineData("personalrapport-2015.csv", 0, 0, 18)]
    public void Each_sample_reads_without_a_problem(string file, int forecasts, int activities, int figures)
    {
        var result = Extract(file, File.ReadAllBytes(Path.Combine(SamplesFolder, file)));

        Assert.Empty(result.Problems);
        Assert.Equal((forecasts, activities, figures), (result.Forecasts.Count, result.Activities.Count, result.Figures.Count));
        Assert.NotNull(result.Metadata.Title);
        Assert.All(result.Activities, a => Assert.NotEmpty(a.Owners));
    }

    [Fact]
    public async Task The_loader_fills_an_empty_database_once_and_not_when_switched_off()
    {
        var path = Path.Combine(Path.GetTempPath(), $"assistant-samples-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection()
            .AddDbContext<AssistantDbContext, SqliteAssistantDbContext>(o => o.UseSqlite($"Data Source={path}"))
            .AddSingleton(TimeProvider.System)
            .AddLogging()
            .AddScoped<IDocumentImporter, DocumentImporter>()
            .BuildServiceProvider();
        await DatabaseMigrator.MigrateAsync(services, Ct);
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        SampleLoader Loader(bool load) => new(scopes, Options.Create(new KnowledgeOptions { LoadSamples = load, SamplesPath = SamplesFolder }), NullLogger<SampleLoader>.Instance);

        await Loader(load: false).StartAsync(Ct);
        Assert.Equal(0, await CountAsync(services));

        await Loader(load: true).StartAsync(Ct);
        Assert.Equal(3, await CountAsync(services));

        await Loader(load: true).StartAsync(Ct);
        Assert.Equal(3, await CountAsync(services));
    }

    private static async Task<int> CountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AssistantDbContext>().Documents.CountAsync(Ct);
    }
}
