using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Knowledge.Reading;
using Assistant.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Knowledge.Samples;

/// <summary>
/// Loads the project's sample documents (samples/) when the web host starts on an empty knowledge base and
/// `Knowledge:LoadSamples` is true. Runs after the database migrator (registered after it). The command-line
/// verbs never start hosted services, so they never load samples.
/// </summary>
public sealed partial class SampleLoader(IServiceScopeFactory scopes, IOptions<KnowledgeOptions> options, ILogger<SampleLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadSamples)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssistantDbContext>();
        if (await db.Documents.AnyAsync(cancellationToken))
        {
            return;
        }

        var folder = Path.GetFullPath(options.Value.SamplesPath, AppContext.BaseDirectory);
        if (!Directory.Exists(folder))
        {
            LogNoSamples(logger, folder);
            return;
        }

        var importer = scope.ServiceProvider.GetRequiredService<IDocumentImporter>();
        foreach (var file in Directory.EnumerateFiles(folder).Where(DocumentReaders.IsSupported).Order(StringComparer.Ordinal))
        {
            var result = await importer.ImportFileAsync(file, cancellationToken);
            if (result.Failed)
            {
                LogSampleFailed(logger, result.Summary());
            }
            else
            {
                LogSample(logger, result.Summary());
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Sample document: {Summary}")]
    private static partial void LogSample(ILogger logger, string summary);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Sample document not loaded: {Summary}")]
    private static partial void LogSampleFailed(ILogger logger, string summary);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Knowledge:LoadSamples is on but the samples folder {Folder} does not exist")]
    private static partial void LogNoSamples(ILogger logger, string folder);
}
