using Assistant.Bot.Cli;
using Assistant.Bot.Conversation;
using Assistant.Bot.Knowledge.Import;
using Assistant.Bot.Knowledge.Samples;

namespace Assistant.Bot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>The importer, the `import` and `export` verbs, and the sample loader (call after AddStorage).</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IDocumentImporter, DocumentImporter>();
        services.AddScoped<Upload.ImportLogWriter>();
        services.AddScoped<IChatHandler, Upload.DocumentUploadChatHandler>();
        services.AddScoped<ICardActionHandler, Upload.DocumentUploadActions>();
        services.AddHttpClient(Upload.DocumentUploadChatHandler.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(60));
        services.AddScoped<ICommand, ImportCommand>();
        services.AddScoped<ICommand, ExportCommand>();
        services.AddHostedService<SampleLoader>();
        return services;
    }
}
